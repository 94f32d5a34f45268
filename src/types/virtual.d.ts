declare module "virtual:story" {
  const payload: import("../model/payload.ts").CorePayload;
  export default payload;
}

declare module "virtual:story-scenes" {
  const payload: import("../model/payload.ts").ScenePayload;
  export default payload;
}

declare module "virtual:story-notes" {
  const notes: Readonly<Record<string, { notes: string | null; description: string }>>;
  export default notes;
}
