import type { Translation } from '../lib/i18n/messages';

/** Русский: the Russian edition's UI strings; a key left out shows in English. */
export default {} satisfies Translation;
