// citation-js and the CSL style packages ship no type declarations; these cover what the site uses.
declare module '@citation-js/core' {
	interface Register<T> {
		add(name: string, value: T): void;
		has(name: string): boolean;
		get(name: string): T | undefined;
	}
	export const plugins: {
		config: {
			get(plugin: '@csl'): { templates: Register<unknown>; locales: Register<unknown> };
			get(plugin: '@bibtex'): { format: { checkLabel: boolean; asciiOnly: boolean } };
		};
		output: { format(format: string, data: object[], options?: Record<string, unknown>): unknown };
		input: { chain(data: string, options?: Record<string, unknown>): Record<string, unknown>[] };
	};
}
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
declare module 'style-chicago' {
	const style: object;
	export default style;
}
declare module 'style-mla' {
	const style: object;
	export default style;
}
declare module 'citeproc' {
	/** A CSL style in the engine's parsed form: the XML's elements as nested objects. */
	export interface CslNode {
		name: string;
		attrs: Record<string, string>;
		children: (CslNode | string)[];
	}
	const citeproc: {
		/** Reads a CSL style's XML into the parsed form. */
		parseXml(xml: string): CslNode;
	};
	export default citeproc;
}
