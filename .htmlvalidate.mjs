// html-validate: the recommended rules, less style preferences that do not affect validity or
// accessibility, each with its reason.
export default {
	extends: ['html-validate:recommended'],
	rules: {
		// Astro writes void elements as <br>, HTML's own form; <br/> is only a preference.
		'void-style': 'off',
		// Whitespace at line ends is invisible in the output and harmless.
		'no-trailing-whitespace': 'off',
		// Astro writes boolean and empty attributes bare (data-pagefind-body); both forms are valid.
		'attribute-boolean-style': 'off',
		'attribute-empty-style': 'off',
		// Titles carry the page's own title and the site's name on purpose, for tabs and search results.
		'long-title': 'off',
	},
};
