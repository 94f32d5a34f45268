// The only gsap import. Every tween in the piece goes through here, so reduced motion is one rule.
// gsap-core without the CSS plugin: every tween here is on plain objects, written out in onUpdate.
// gsap is a chunk of its own, loaded by loadMotion() as the page starts: the first view draws without
// animation, so it does not wait for it. Until it is in, every change lands in one frame.
type Engine = typeof import("gsap/gsap-core").gsap;

let gsap: Engine | null = null;
let loading: Promise<void> | null = null;

/** Loads the tween engine once; a failed load may be tried again (changes simply land without tweens). */
export function loadMotion(): Promise<void> {
  return (loading ??= import("gsap/gsap-core").then(
    (module) => void (gsap = module.gsap),
    (error: unknown) => {
      loading = null;
      throw error;
    },
  ));
}

/** Every tween, running or waiting. */
const allTweens = (): { progress(value: number): unknown; isActive(): boolean }[] => gsap?.globalTimeline.getChildren(true, true, false) ?? [];

export interface Handle {
  kill(): void;
}

const query = typeof matchMedia === "function" ? matchMedia("(prefers-reduced-motion: reduce)") : null;
let choice: boolean | null = null; // the reader's in-page choice, which wins over the system setting

/** True when the reader asked for less motion (system setting or the page's toggle): tweens snap. */
export const reducedMotion = (): boolean => (choice === null ? (query?.matches ?? false) : !choice);

/** Records the reader's in-page choice: true for animations on, false for off, null to follow the system. */
export function setAnimations(on: boolean | null): void {
  choice = on;
  if (!on) allTweens().forEach((t) => t.progress(1));
}

/** The duration to use: the designed one, or none under reduced motion. */
export const duration = (seconds: number): number => (reducedMotion() ? 0 : seconds);

/** Tweens numeric properties of a plain object (or element attributes via onUpdate). */
export function tween<T extends object>(
  target: T,
  to: Partial<Record<keyof T, number>>,
  options: { seconds: number; delay?: number; ease?: string; onUpdate?: () => void },
): Handle {
  const seconds = duration(options.seconds);
  if (seconds === 0 || !gsap) {
    Object.assign(target, to);
    options.onUpdate?.();
    return { kill() {} };
  }
  const t = gsap.to(target, {
    ...to,
    duration: seconds,
    delay: options.delay ?? 0,
    ease: options.ease ?? "power2.inOut",
    onUpdate: options.onUpdate,
    overwrite: "auto",
  });
  return { kill: () => void t.kill() };
}

/** All tweens running now (for tests that check reduced motion). */
export const activeTweens = () => allTweens().filter((t) => t.isActive());

/** For tests: moves every tween to `progress` (1 = its end), as if that much time had passed. */
export function seekAll(progress: number): void {
  for (const t of allTweens()) t.progress(progress);
}

/** For tests: drops every tween. */
export const clearAll = (): void => void gsap?.globalTimeline.clear();

/** For tests: how many tweens exist, running or waiting. */
export const tweenCount = (): number => allTweens().length;
