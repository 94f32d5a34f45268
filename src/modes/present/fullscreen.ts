// Full screen for the whole page (dialogs still show above it: they are in the top layer).

export const isFullscreen = (): boolean => document.fullscreenElement != null;

export function setFullscreen(on: boolean): void {
  if (on === isFullscreen()) return;
  // A browser may refuse (no user gesture, an iframe without allow="fullscreen"): nothing to do then.
  if (on) document.documentElement.requestFullscreen?.({ navigationUI: "hide" }).catch(() => {});
  else document.exitFullscreen?.().catch(() => {});
}
