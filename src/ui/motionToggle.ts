// The "Animations on/off" button. The choice persists (localStorage) and wins over the system's
// reduced-motion setting; CSS reads html[data-motion="off"] to drop its transitions too.
import { reducedMotion, setAnimations } from "../motion/tween.ts";
import { strings } from "./strings.ts";

const KEY = "maghreb-story:animations";

function stored(): boolean | null {
  try {
    const v = localStorage.getItem(KEY);
    return v === "on" ? true : v === "off" ? false : null;
  } catch {
    return null; // storage blocked (private mode, sandboxed embed): follow the system setting
  }
}

/** `target` carries data-motion: <html> on our own page, the shadow root's wrapper when embedded. */
export function setupMotionToggle(button: HTMLButtonElement, target: HTMLElement = document.documentElement): void {
  const apply = (on: boolean | null) => {
    setAnimations(on);
    const off = reducedMotion();
    // No attribute means "on". Only "off" matters to the CSS, and any write restyles the whole page, so
    // the start-up write (motion allowed, no attribute yet) is skipped.
    const value = off ? "off" : "on";
    if ((target.dataset.motion ?? "on") !== value) target.dataset.motion = value;
    button.setAttribute("aria-pressed", String(!off));
    button.textContent = off ? strings.animationsOff : strings.animationsOn;
  };
  apply(stored());
  button.addEventListener("click", () => {
    const on = reducedMotion(); // currently off -> turn on, and the reverse
    try {
      localStorage.setItem(KEY, on ? "on" : "off");
    } catch {
      /* the choice still holds for this visit */
    }
    apply(on);
  });
}
