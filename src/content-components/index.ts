// The components Markdown and MDX content may use, passed to every rendered entry so that content
// files need no imports. Anything else in content is refused by the checks.
import EditorNote from './EditorNote.astro';

export const contentComponents = { EditorNote };
