// @ts-check
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import tseslint from 'typescript-eslint';

// The recommended rules of ESLint, typescript-eslint and eslint-plugin-astro, and the few choices
// this codebase makes on top; formatting is Prettier's (.prettierrc), not ESLint's.
export default defineConfig(
	{ ignores: ['dist/', '.astro/', 'node_modules/', 'test-results/', 'screenshots/'] },
	js.configs.recommended,
	tseslint.configs.recommended,
	astro.configs.recommended,
	{
		languageOptions: { globals: { console: 'readonly', process: 'readonly', URL: 'readonly', document: 'readonly', window: 'readonly' } },
		rules: {
			// Unused names are mistakes, except deliberately ignored arguments and rest siblings.
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
			// Type-only imports stay visibly type-only, so scripts run on plain Node's type stripping.
			'@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
			eqeqeq: ['error', 'always'],
		},
	},
);
