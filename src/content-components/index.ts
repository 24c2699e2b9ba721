// The components Markdown and MDX content may use, passed to every rendered entry so that content
// files need no imports. Anything else in content is refused by the checks (names.ts).
import type { CONTENT_COMPONENTS } from './names';

export const contentComponents = {} satisfies Record<(typeof CONTENT_COMPONENTS)[number], unknown>;
