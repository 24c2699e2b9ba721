/**
 * Messages with marked-up words: `… in the <bibliography>bibliography</bibliography>.` A whole
 * sentence is translated, its link or emphasis inside it, as ICU's rich-text messages do, so no
 * sentence is assembled from fragments. Tags are names only, never nested, never attributes.
 */

export type RichPart = { text: string } | { tag: string; text: string };

const TAG = /<([a-z][a-z0-9-]*)>(.*?)<\/\1>/gs;

/** A message split into plain text and tagged runs, in order. */
export function richParts(message: string): RichPart[] {
	const parts: RichPart[] = [];
	let at = 0;
	for (const match of message.matchAll(TAG)) {
		if (match.index > at) parts.push({ text: message.slice(at, match.index) });
		parts.push({ tag: match[1]!, text: match[2]! });
		at = match.index + match[0].length;
	}
	if (at < message.length) parts.push({ text: message.slice(at) });
	return parts;
}

/** The tags a message uses, to check a translation keeps the same ones. */
export function richTags(message: string): string[] {
	return [...message.matchAll(TAG)].map((m) => m[1]!).sort();
}
