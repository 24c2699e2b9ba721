declare namespace App {
	interface Locals {
		/** The current page's links, addresses and breadcrumbs (src/lib/page-frame.ts). */
		frame: import('./lib/page-frame').PageFrame;
	}
}
