/** The names of the components MDX content may use: the content check refuses any other. */
export const CONTENT_COMPONENTS = ['EditorNote'] as const;
