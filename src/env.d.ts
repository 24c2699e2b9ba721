import type { PageFrame } from './lib/routing/page-frame';

declare global {
	namespace App {
		interface Locals {
			/** The current page's links, addresses and breadcrumbs (src/lib/routing/page-frame.ts). */
			frame: PageFrame;
		}
	}
}
