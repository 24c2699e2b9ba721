/**
 * An Atom 1.0 feed (RFC 4287) of the entries most recently changed: the reference's sections,
 * profiles, events and editor's notes, newest first, a fixed number of them so the feed does not
 * grow with the site. Each entry is dated by the instant (UTC) of the last commit that changed its
 * file, so entries changed on one day stay apart and the same history gives the same feed.
 */
import { toIsoString, type PartialDate } from '../model/partial-date';
import { escapeXml } from './xml';

export interface FeedEntry {
	title: string;
	url: string;
	/** RFC 3339, UTC. */
	updated: string;
	summary: string;
}

/** How many entries the feed lists. */
export const FEED_SIZE = 50;

/** A day as the start of it, UTC: the feed's date where no entry has one. */
const dayStart = (date: PartialDate) => `${toIsoString(date)}T00:00:00Z`;

export function atomFeed(
	feed: {
		title: string;
		url: string;
		self: string;
		author: string;
		fallback: PartialDate;
		/** BCP 47 tag of the feed's text. */ lang: string;
	},
	entries: FeedEntry[],
): string {
	const latest = entries
		.toSorted((a, b) => (a.updated === b.updated ? (a.url < b.url ? -1 : 1) : a.updated < b.updated ? 1 : -1))
		.slice(0, FEED_SIZE);
	const updated = latest[0]?.updated ?? dayStart(feed.fallback);
	return [
		'<?xml version="1.0" encoding="utf-8"?>',
		`<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(feed.lang)}">`,
		`  <title>${escapeXml(feed.title)}</title>`,
		`  <id>${escapeXml(feed.url)}</id>`,
		`  <link rel="alternate" type="text/html" href="${escapeXml(feed.url)}"/>`,
		`  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.self)}"/>`,
		`  <updated>${updated}</updated>`,
		`  <author><name>${escapeXml(feed.author)}</name></author>`,
		...latest.map((e) =>
			[
				'  <entry>',
				`    <title>${escapeXml(e.title)}</title>`,
				`    <id>${escapeXml(e.url)}</id>`,
				`    <link rel="alternate" type="text/html" href="${escapeXml(e.url)}"/>`,
				`    <updated>${e.updated}</updated>`,
				`    <summary>${escapeXml(e.summary)}</summary>`,
				'  </entry>',
			].join('\n'),
		),
		'</feed>',
		'',
	].join('\n');
}
