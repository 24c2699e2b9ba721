/** Small readers for the HTML Astro writes: its attribute quoting is regular enough for these. */

export const ids = (html: string): Set<string> => new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));

export const links = (html: string): string[] => [...html.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) => m[1]!.replaceAll('&amp;', '&'));

export const count = (html: string, pattern: RegExp): number => [...html.matchAll(new RegExp(pattern, 'g'))].length;
