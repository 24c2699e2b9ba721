/**
 * A membership's dates. Where an event of the site records the change (a state's withdrawal),
 * the membership names it (`startedBy`, `endedBy`) and takes its date from there, so the date is
 * typed once, on the event; otherwise the dates typed on the membership stand.
 */
import type { PartialDate } from './partial-date';

interface Dated {
	from?: PartialDate | undefined;
	to?: PartialDate | undefined;
	startedBy?: { id: string } | undefined;
	endedBy?: { id: string } | undefined;
}

/** The membership with `from` and `to` filled in from the events it names. */
export function withEventDates<M extends Dated>(membership: M, dateOf: (event: string) => PartialDate | undefined): M {
	const from = membership.startedBy ? dateOf(membership.startedBy.id) : membership.from;
	const to = membership.endedBy ? dateOf(membership.endedBy.id) : membership.to;
	return { ...membership, ...(from ? { from } : {}), ...(to ? { to } : {}) };
}
