declare module "archieml" {
  /** Parses ArchieML text into plain objects. It has no error channel: bad structure is ignored. */
  const archieml: { load(text: string, options?: { comments?: boolean }): Record<string, unknown> };
  export default archieml;
}
