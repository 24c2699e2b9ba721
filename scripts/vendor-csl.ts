// Copies the CSL project's styles and locales that the editions cite with from Debian's packages
// (citation-style-language-styles, -locales) into vendor/csl/, byte for byte. Run after
// installing a newer package, then read the diff: npm run vendor:csl
import { copyFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const DEBIAN = '/usr/share/citation-style-language';
const VENDOR = join(import.meta.dirname, '..', 'vendor', 'csl');

for (const file of readdirSync(VENDOR).filter((f) => /\.(csl|xml)$/.test(f))) {
	copyFileSync(join(DEBIAN, file.endsWith('.xml') ? 'locales' : 'styles', file), join(VENDOR, file));
	console.log(`vendor/csl/${file}`);
}
