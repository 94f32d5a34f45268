/** The step id in a location hash of the form #step=<id>, or null. Pure. */
export function stepIdFromHash(hash: string): string | null {
  const match = /^#step=([a-z0-9-]+)$/.exec(hash);
  return match ? match[1] : null;
}

/** Keeps #step=<id> current without adding history entries. */
export function writeStepHash(id: string): void {
  const hash = `#step=${id}`;
  if (location.hash !== hash) history.replaceState(history.state, "", `${location.pathname}${location.search}${hash}`);
}
