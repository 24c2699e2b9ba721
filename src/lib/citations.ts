/**
 * Citation syntax in Markdown: `[@key]`, `[@key, p. 12]` or several at once,
 * `[@key, pp. 108–109; @other]`. Keys are bibliography ids: lower-case words joined by hyphens.
 */

export interface Citation {
	key: string;
	/** Page or other locator, as written after the comma ("p. 12"). */
	locator?: string;
}

export interface CitationMatch {
	/** Offset of the opening bracket in the text. */
	start: number;
	/** Offset just past the closing bracket. */
	end: number;
	items: Citation[];
}

const item = String.raw`@[a-z0-9]+(?:-[a-z0-9]+)*(?:\s*,\s*[^\];@]+)?`;
const group = new RegExp(String.raw`\[(${item}(?:\s*;\s*${item})*)\]`, 'g');

export function findCitations(text: string): CitationMatch[] {
	const found: CitationMatch[] = [];
	for (const m of text.matchAll(group)) {
		const items = m[1]!.split(';').map((part): Citation => {
			const [rawKey, ...rest] = part.trim().split(',');
			const locator = rest.join(',').trim();
			const key = rawKey!.trim().slice(1);
			return locator ? { key, locator } : { key };
		});
		found.push({ start: m.index, end: m.index + m[0].length, items });
	}
	return found;
}

/** Every key cited in a Markdown body, in order of first use, fenced code left out. */
export function citedKeys(markdown: string): string[] {
	const prose = markdown.replace(/^(```|~~~)[\s\S]*?^\1/gm, '');
	const keys = new Set<string>();
	for (const match of findCitations(prose)) for (const c of match.items) keys.add(c.key);
	return [...keys];
}
