import { createHash } from 'node:crypto';

/**
 * The only inline script on the site: it loads the search client on the first focus of a search
 * box (or at once on the search page), so a reader who never searches loads no JavaScript at all.
 * The client's address is in the script element's data-src, which the build makes relative; the
 * text itself never changes, so one CSP hash allows it on every page.
 */
export const SEARCH_BOOTSTRAP =
	"(()=>{const s=document.currentScript,l=()=>{if(l.d)return;l.d=1;const e=document.createElement('script');e.src=s.dataset.src;document.head.append(e)};" +
	"document.querySelector('form[data-search=page]')?l():document.addEventListener('focusin',e=>{e.target.matches&&e.target.matches('input[type=search]')&&l()})})()";

/** The CSP source that allows exactly this script. */
export const SEARCH_BOOTSTRAP_HASH = `'sha256-${createHash('sha256').update(SEARCH_BOOTSTRAP).digest('base64')}'`;
