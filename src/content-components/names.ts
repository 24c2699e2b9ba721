/**
 * The names of the components MDX content may use: the content check refuses any other. None, for
 * now: editor's notes, the one component content used, are entries of their own (content/notes/),
 * written once and shown on every page they concern, so a note cannot be typed into a page again.
 */
export const CONTENT_COMPONENTS = [] as const;
