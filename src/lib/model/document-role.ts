import type { Translator } from '../i18n';

/**
 * How a document stands to an organization, for the organization's list of documents: its kind,
 * and, where the organization only works under it (`guides`) rather than being a party, that too.
 */
export function documentRole(
	doc: { data: { kind: string; parties: { organizations: { id: string }[] }; guides: { id: string }[] } },
	organization: string,
	t: Translator,
): string {
	const kind = t.enumLabel('documentKind', doc.data.kind);
	const party = doc.data.parties.organizations.some((r) => r.id === organization);
	return !party && doc.data.guides.some((r) => r.id === organization) ? t('org.documents.guides', { kind }) : kind;
}
