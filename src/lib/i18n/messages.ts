/**
 * The shape of the dictionaries and how a message is filled in, shared with the browser's scripts
 * (which get only the messages they show, never a dictionary). The shape of the dictionaries: English (src/i18n/en.ts) defines every key; another language
 * is typed against it, key by key, and may leave a key out until it is translated.
 */
import type en from '../../i18n/en';

/** The forms of a message that counts something: CLDR plural categories and exact `=n` matches. */
export type PluralMessage = Partial<Record<Intl.LDMLPluralRule | `=${number}`, string>> & { other: string };
export type Message = string | PluralMessage;

export type UiKey = keyof typeof en;
/** Every key, each a plain string or a plural message as English has it. */
export type Dictionary = { [K in UiKey]: (typeof en)[K] extends string ? string : PluralMessage };
/** A translation: any key of English, of the same kind. */
export type Translation = Partial<Dictionary>;

export const isPlural = (message: Message): message is PluralMessage => typeof message === 'object';

export type Vars = Record<string, string | number>;

/** The plural form of a message for a count: an exact `=n` form first, then the language's category. */
export function pluralForm(message: Exclude<Message, string>, count: number, rules: Intl.PluralRules): string {
	return message[`=${count}`] ?? message[rules.select(count)] ?? message.other;
}

/** `{name}` placeholders filled in; an unknown name is left as written, so the fault shows. */
export function fill(template: string, vars: Vars, number: (n: number) => string = String): string {
	return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
		const value = vars[name];
		if (value === undefined) return whole;
		return typeof value === 'number' ? number(value) : value;
	});
}
