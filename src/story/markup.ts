/** HTML markup or an entity in story text: the story is plain text (validate.ts and validateCorrections.ts). */
export const MARKUP = /<\/?[a-z!][^>]*>|&#?[a-z0-9]+;/i;
