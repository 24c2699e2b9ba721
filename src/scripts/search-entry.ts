// Entry of the search client, bundled by src/integrations/site-build.ts as a classic script:
// module scripts do not run on pages opened from disk.
import { attachSearchBoxes } from './search';

attachSearchBoxes();
