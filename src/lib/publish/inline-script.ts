import { createHash } from 'node:crypto';

/** Runs in <head>, before the page is drawn, so a remembered theme does not flash the other one first. */
export const THEME_RESTORE = "try{const t=localStorage.getItem('theme');t&&(document.documentElement.dataset.theme=t)}catch(e){}";

const hash = (code: string) => `'sha256-${createHash('sha256').update(code).digest('base64')}'`;

/** The CSP source that allows exactly this inline script and no other; every other script is a file of the site. */
export const INLINE_SCRIPT_HASHES = [hash(THEME_RESTORE)];
