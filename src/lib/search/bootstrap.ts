import { createHash } from 'node:crypto';

/**
 * One of the site's two inline scripts: it loads the search client on the first focus of a search
 * box (or at once on the search page), so a reader who never searches loads no JavaScript at all.
 * The client's address is in the script element's data-src, which the build makes relative; the
 * text itself never changes, so one CSP hash allows it on every page.
 */
export const SEARCH_BOOTSTRAP =
	"(()=>{const s=document.currentScript,l=()=>{if(l.d)return;l.d=1;const e=document.createElement('script');e.src=s.dataset.src;document.head.append(e)};" +
	"document.querySelector('form[data-search=page]')?l():document.addEventListener('focusin',e=>{e.target.matches&&e.target.matches('input[type=search]')&&l()});" +
	// Enter in the header box goes to the search page by navigation, not by submitting the form:
	// Firefox gives every file:// page an origin of its own, so the policy's form-action 'self'
	// blocks the submission from disk. Without script the form still submits, as on the web.
	"document.addEventListener('submit',e=>{const f=e.target;if(f.dataset.search!=='panel')return;e.preventDefault();location.assign(f.action+'?'+new URLSearchParams(new FormData(f)))});" +
	// The theme radios work by CSS alone; this remembers the choice for the next page.
	"const r=document.documentElement,t=r.dataset.theme,c=document.getElementById('theme-'+(t||'auto'));c&&(c.checked=!0);" +
	"document.addEventListener('change',e=>{if(e.target.name!=='theme')return;const v=e.target.value;try{v==='auto'?localStorage.removeItem('theme'):localStorage.setItem('theme',v)}catch(x){}v==='auto'?delete r.dataset.theme:r.dataset.theme=v})})()";

/** Runs in <head>, before the page is drawn, so a remembered theme does not flash the other one first. */
export const THEME_RESTORE = "try{const t=localStorage.getItem('theme');t&&(document.documentElement.dataset.theme=t)}catch(e){}";

const hash = (code: string) => `'sha256-${createHash('sha256').update(code).digest('base64')}'`;

/** The CSP sources that allow exactly these two inline scripts and no other. */
export const INLINE_SCRIPT_HASHES = [hash(SEARCH_BOOTSTRAP), hash(THEME_RESTORE)];
