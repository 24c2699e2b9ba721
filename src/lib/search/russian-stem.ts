/**
 * The Snowball stemmer for Russian (snowballstem.org/algorithms/russian), for queries. Pagefind
 * 1.6 folds «й» to «и» before its own Russian stemmer runs, so that stemmer no longer sees the
 * endings «-ой», «-ый», «-ий»: «региональной» is indexed as «регионально», «региональный» as
 * «региональны» and «региональная» as «региональн». Each is a prefix of the next, so a query
 * stemmed here, with «й» intact, to «региональн» finds all three as Pagefind matches the start of
 * words (docs/translation.md). No package on the registry offers this stemmer alone: the ports
 * found bundle every language (870 KB) or a framework.
 */

const VOWELS = /[аеиоуыэюя]/;

// Each list is tried longest ending first. Endings of the first group of a class must follow а or я.
const PERFECTIVE_GERUND: [string[], string[]] = [
	['вшись', 'вши', 'в'],
	['ившись', 'ывшись', 'ивши', 'ывши', 'ив', 'ыв'],
];
const ADJECTIVE = [
	'ими',
	'ыми',
	'его',
	'ого',
	'ему',
	'ому',
	'ее',
	'ие',
	'ые',
	'ое',
	'ей',
	'ий',
	'ый',
	'ой',
	'ем',
	'им',
	'ым',
	'ом',
	'их',
	'ых',
	'ую',
	'юю',
	'ая',
	'яя',
	'ою',
	'ею',
];
const PARTICIPLE: [string[], string[]] = [
	['ем', 'нн', 'вш', 'ющ', 'щ'],
	['ивш', 'ывш', 'ующ'],
];
const REFLEXIVE = ['ся', 'сь'];
const VERB: [string[], string[]] = [
	['ете', 'йте', 'ешь', 'нно', 'ла', 'на', 'ли', 'ем', 'ло', 'но', 'ет', 'ют', 'ны', 'ть', 'й', 'л', 'н'],
	[
		'ейте',
		'уйте',
		'ила',
		'ыла',
		'ена',
		'ите',
		'или',
		'ыли',
		'ило',
		'ыло',
		'ено',
		'ует',
		'уют',
		'ены',
		'ить',
		'ыть',
		'ишь',
		'ей',
		'уй',
		'ил',
		'ыл',
		'им',
		'ым',
		'ен',
		'ят',
		'ит',
		'ыт',
		'ую',
		'ю',
	],
];
const NOUN = [
	'иями',
	'ями',
	'ами',
	'ией',
	'иям',
	'ием',
	'иях',
	'ев',
	'ов',
	'ие',
	'ье',
	'еи',
	'ии',
	'ей',
	'ой',
	'ий',
	'ям',
	'ем',
	'ам',
	'ом',
	'ах',
	'ях',
	'ию',
	'ью',
	'ия',
	'ья',
	'а',
	'е',
	'и',
	'й',
	'о',
	'у',
	'ы',
	'ь',
	'ю',
	'я',
];
const SUPERLATIVE = ['ейше', 'ейш'];
const DERIVATIONAL = ['ость', 'ост'];

const byLength = (list: string[]) => [...list].sort((a, b) => b.length - a.length);

/** The longest ending of `list` that `word` has at or after `from`, if any. */
function ending(word: string, from: number, list: string[]): string | undefined {
	return byLength(list).find((e) => word.endsWith(e) && word.length - e.length >= from);
}

/** An ending of a class whose first group must follow а or я: its length to remove, or 0. */
function grouped(word: string, from: number, [afterA, free]: [string[], string[]]): number {
	const candidates = [...afterA.map((e) => ({ e, needsA: true })), ...free.map((e) => ({ e, needsA: false }))].sort(
		(a, b) => b.e.length - a.e.length,
	);
	for (const { e, needsA } of candidates) {
		if (!word.endsWith(e) || word.length - e.length < from) continue;
		if (needsA) {
			const before = word[word.length - e.length - 1];
			if ((before === 'а' || before === 'я') && word.length - e.length - 1 >= from) return e.length;
			continue;
		}
		return e.length;
	}
	return 0;
}

/** The start of RV (after the first vowel) and of R2, as indexes into the word. */
function regions(word: string): { rv: number; r2: number } {
	const first = word.search(VOWELS);
	const rv = first < 0 ? word.length : first + 1;
	const r = (start: number) => {
		for (let i = start + 1; i < word.length; i++) if (VOWELS.test(word[i - 1]!) && !VOWELS.test(word[i]!)) return i + 1;
		return word.length;
	};
	const r1 = r(0);
	return { rv, r2: r(r1) };
}

/** The stem of a lower-case Russian word. */
export function russianStem(input: string): string {
	let word = input.toLowerCase().replaceAll('ё', 'е');
	const { rv, r2 } = regions(word);
	if (rv >= word.length) return word;
	const cut = (n: number) => {
		word = word.slice(0, word.length - n);
	};
	// Step 1.
	const gerund = grouped(word, rv, PERFECTIVE_GERUND);
	if (gerund) cut(gerund);
	else {
		const reflexive = ending(word, rv, REFLEXIVE);
		if (reflexive) cut(reflexive.length);
		const adjective = ending(word, rv, ADJECTIVE);
		if (adjective) {
			cut(adjective.length);
			const participle = grouped(word, rv, PARTICIPLE);
			if (participle) cut(participle);
		} else {
			const verb = grouped(word, rv, VERB);
			if (verb) cut(verb);
			else {
				const noun = ending(word, rv, NOUN);
				if (noun) cut(noun.length);
			}
		}
	}
	// Step 2.
	if (word.endsWith('и') && word.length - 1 >= rv) cut(1);
	// Step 3.
	const derivational = ending(word, Math.max(r2, rv), DERIVATIONAL);
	if (derivational) cut(derivational.length);
	// Step 4.
	if (word.endsWith('нн') && word.length - 2 >= rv) cut(1);
	else {
		const superlative = ending(word, rv, SUPERLATIVE);
		if (superlative) {
			cut(superlative.length);
			if (word.endsWith('нн') && word.length - 2 >= rv) cut(1);
		} else if (word.endsWith('ь') && word.length - 1 >= rv) cut(1);
	}
	return word;
}

/** A Russian query as Pagefind is given it: each Cyrillic word as its stem, which Pagefind matches as the start of every form it indexed. */
export function russianQuery(query: string): string {
	return query.replace(/[а-яё]+/giu, (word) => russianStem(word));
}
