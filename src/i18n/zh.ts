import type { Translation } from '../lib/i18n/messages';

/** 简体中文: the Chinese edition's UI strings; a key left out shows in English. */
export default {} satisfies Translation;
