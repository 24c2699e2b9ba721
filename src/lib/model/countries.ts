/**
 * Countries are stored as ISO 3166-1 alpha-2 codes and named by the runtime's CLDR data, so there
 * is no hand-kept list of names to drift out of date or to translate.
 */

import isoCountries from 'i18n-iso-countries';

const names = new Map<string, Intl.DisplayNames>();

function displayNames(locale: string): Intl.DisplayNames {
	let dn = names.get(locale);
	if (!dn) {
		dn = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
		names.set(locale, dn);
	}
	return dn;
}

/** True for a two-letter code that CLDR knows as a region (so "XX" and "EU"-style typos fail). */
export function isCountryCode(code: string): boolean {
	return /^[A-Z]{2}$/.test(code) && displayNames('en').of(code) !== undefined;
}

export function countryName(code: string, locale = 'en'): string {
	return displayNames(locale).of(code) ?? code;
}

/** The ISO 3166-1 numeric code ("398" for KZ), by which map data names countries. */
export function numericCode(code: string): string | undefined {
	return isoCountries.alpha2ToNumeric(code);
}
