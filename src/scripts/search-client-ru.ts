// The Russian edition's search client: queries go to the index as Snowball stems (src/lib/search/russian-stem.ts).
import strings from 'virtual:search-strings/ru';
import { russianQuery } from '../lib/search/russian-stem';
import { startSearch } from './search-start';

startSearch({ strings, indexQuery: russianQuery });
