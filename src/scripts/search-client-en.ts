// The English edition's search client (src/scripts/search-start.ts).
import strings from 'virtual:search-strings/en';
import { startSearch } from './search-start';

startSearch({ strings, indexQuery: (query) => query });
