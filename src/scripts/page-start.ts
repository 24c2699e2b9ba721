// Every page's one script, from a file of its own that the browser keeps between pages: it loads
// the edition's search client on the first focus of a search box (at once on the search page), so
// a reader who never searches runs nothing more; it sends Enter in the header box to the search
// page; and it remembers the theme a reader picks. The client's address is in the script
// element's data-src, and that of the search panel's styles in data-css, which the build writes
// relative to the page.
const script = document.currentScript as HTMLScriptElement;
let loading = false;
function loadClient() {
	if (loading) return;
	loading = true;
	// The panel's styles first, so that results never show unstyled; then the client.
	const styles = document.createElement('link');
	styles.rel = 'stylesheet';
	styles.href = script.dataset['css']!;
	const client = document.createElement('script');
	client.src = script.dataset['src']!;
	styles.onload = styles.onerror = () => document.head.append(client);
	document.head.append(styles);
}
if (document.querySelector('form[data-search=page]')) loadClient();
else
	document.addEventListener('focusin', (event) => {
		if (event.target instanceof Element && event.target.matches('input[type=search]')) loadClient();
	});

// Enter in the header box goes to the search page by navigation, not by submitting the form:
// Firefox gives every file:// page an origin of its own, so the policy's form-action 'self' blocks
// the submission from disk. Without script the form still submits, as on the web.
document.addEventListener('submit', (event) => {
	const form = event.target as HTMLFormElement;
	if (form.dataset['search'] !== 'panel') return;
	event.preventDefault();
	location.assign(`${form.action}?${new URLSearchParams(new FormData(form) as unknown as Record<string, string>)}`);
});

// The theme radios work by CSS alone; this shows the remembered choice and keeps the next one.
const root = document.documentElement;
const current = document.getElementById(`theme-${root.dataset['theme'] ?? 'auto'}`) as HTMLInputElement | null;
if (current) current.checked = true;
document.addEventListener('change', (event) => {
	const input = event.target as HTMLInputElement;
	if (input.name !== 'theme') return;
	try {
		if (input.value === 'auto') localStorage.removeItem('theme');
		else localStorage.setItem('theme', input.value);
	} catch {
		// Storage refused (private mode, a file:// origin): the choice lasts for this page.
	}
	if (input.value === 'auto') delete root.dataset['theme'];
	else root.dataset['theme'] = input.value;
});
