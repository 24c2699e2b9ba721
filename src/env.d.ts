import type { PageFrame } from './lib/routing/page-frame';
import type { Translator } from './lib/i18n';

declare global {
	namespace App {
		interface Locals {
			/** The current page's links, addresses and breadcrumbs (src/lib/routing/page-frame.ts). */
			frame: PageFrame;
			/** The page's strings, numbers, lists and order, in its edition's language (src/lib/i18n/). */
			t: Translator;
		}
	}
}
