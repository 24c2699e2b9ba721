/**
 * The membership matrix: states as rows, the bodies with stated memberships as columns, each
 * cell the standings a source states for that state in that body. Pure; a page of it holds a
 * slice of the bodies (MATRIX_COLUMNS), so no page grows with the number of organizations.
 */

/** Bodies per page of the matrix: a table wider than this does not read on a laptop. */
export const MATRIX_COLUMNS = 6;

export interface MatrixMembership {
	country: string;
	status: string;
	from?: unknown;
	to?: unknown;
	source: { section?: { id: string } | undefined; source?: { id: string } | undefined; locator?: string | undefined };
}

export interface MatrixBody<M extends MatrixMembership = MatrixMembership> {
	id: string;
	name: string;
	memberships: M[];
}

export interface MatrixRow<M extends MatrixMembership> {
	country: string;
	/** One cell per column, in the columns' order: the standings stated, empty where none is. */
	cells: M[][];
}

/** Rows for the given columns: every state any of them lists, by name in the reader's language. */
export function matrixRows<M extends MatrixMembership>(
	columns: MatrixBody<M>[],
	name: (code: string) => string,
	locale = 'en',
): MatrixRow<M>[] {
	const countries = [...new Set(columns.flatMap((c) => c.memberships.map((m) => m.country)))];
	const collator = new Intl.Collator(locale);
	countries.sort((a, b) => collator.compare(name(a), name(b)) || a.localeCompare(b));
	const byColumn = columns.map((c) => Map.groupBy(c.memberships, (m) => m.country));
	return countries.map((country) => ({ country, cells: byColumn.map((groups) => groups.get(country) ?? []) }));
}

/** The organizations that have memberships, in the order the matrix shows them. */
export function matrixBodies<B extends MatrixBody>(organizations: B[]): B[] {
	return organizations.filter((o) => o.memberships.length > 0);
}
