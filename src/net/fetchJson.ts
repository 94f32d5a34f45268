// Every file the page fetches after the first view (the map's geometry, the later scenes and their data):
// one deadline over the whole download, headers and body, so a stalled body ends as a failure that may
// pass on another try; and the one retry rule, with back-off, for all of them.

export class LoadError extends Error {
  name = "LoadError";
  /** True for a failure that may pass on another try: the network, a 5xx answer, a deadline. */
  readonly transient: boolean;
  constructor(message: string, transient = false) {
    super(message);
    this.transient = transient;
  }
}

/**
 * `work` within `ms`, or a transient LoadError saying `what` did not finish loading (and `onExpire`, to
 * cancel the work). The deadline covers everything `work` waits for, not only the first answer.
 */
export async function withDeadline<T>(work: Promise<T>, ms: number, what: string, onExpire?: () => void): Promise<T> {
  if (!Number.isFinite(ms)) return work;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      onExpire?.();
      reject(new LoadError(`${what} did not finish loading within ${ms / 1000} s`, true));
    }, ms);
  });
  try {
    return await Promise.race([work, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

/** Fetches and parses a JSON file, body and all, within `timeoutMs`; every failure is a LoadError naming `what`. */
export function fetchJson(url: string, what: string, fetcher: typeof fetch = fetch, timeoutMs = Infinity): Promise<unknown> {
  const abort = new AbortController();
  const download = async (): Promise<unknown> => {
    let response: Response;
    try {
      response = await fetcher(url, { signal: abort.signal });
    } catch (error) {
      throw new LoadError(`${what} could not be fetched (${(error as Error).message})`, true);
    }
    if (!response.ok) {
      const status = response.status;
      throw new LoadError(`${what} answered ${status}`, status >= 500 || status === 408 || status === 429);
    }
    try {
      return await response.json();
    } catch (error) {
      // Bad JSON stays bad; a body cut off by the network may arrive whole next time.
      throw new LoadError(`${what} is not valid JSON (truncated?)`, !(error instanceof SyntaxError));
    }
  };
  return withDeadline(download(), timeoutMs, what, () => abort.abort());
}

export interface Retries {
  /** Tries in all, for failures that may pass; others fail at once. */
  attempts?: number;
  /** The wait before the second try; each further wait doubles it. */
  backoffMs?: number;
}

/** `tryOnce` again after a transient failure, waiting longer each time, `attempts` tries in all. */
export async function withRetries<T>(
  tryOnce: () => Promise<T>,
  { attempts = 3, backoffMs = 800 }: Retries = {},
  transient: (error: unknown) => boolean = (error) => error instanceof LoadError && error.transient,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await tryOnce();
    } catch (error) {
      if (!transient(error) || attempt >= attempts) throw error;
      await new Promise((resolve) => setTimeout(resolve, backoffMs * 2 ** (attempt - 1)));
    }
  }
}
