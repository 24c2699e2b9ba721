import type { PageFrame } from './lib/page-frame';

declare global {
	namespace App {
		interface Locals {
			/** The current page's links, addresses and breadcrumbs (src/lib/page-frame.ts). */
			frame: PageFrame;
		}
	}
}
