declare module "virtual:story" {
  const payload: import("../model/payload.ts").CorePayload;
  export default payload;
}

/** The URL of the diagram's, chart's and timeline's data (ScenePayload as JSON). */
declare module "virtual:story-scenes" {
  const url: string;
  export default url;
}

declare module "virtual:story-notes" {
  const notes: Readonly<Record<string, { notes: string | null; description: string }>>;
  export default notes;
}
