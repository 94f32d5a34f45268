// The longest each text field of the story may be, in characters after trimming (story/README.md lists
// them). Generous against the story as written (its longest passage is under 400 characters, its longest
// graphic title 72), and short enough that no field can push the graphic off the screen: the caption's
// title line reserves the height of the longest title, so one 100,000-character title removed the
// graphic from every step.
export const STEP_MAX: Readonly<Record<string, number>> = { text: 2000, heading: 120, title: 100, description: 1000, notes: 2000 };
export const STORY_MAX: Readonly<Record<string, number>> = { title: 150, byline: 200 };
