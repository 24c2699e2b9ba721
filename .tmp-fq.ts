import { launch } from './tests/helpers/browser.ts';
import { measureFirstQueries } from './tests/helpers/first-query.ts';
const b = await launch();
const t = performance.now();
for (const q of await measureFirstQueries(b, process.argv[2]!)) console.log(q.query, (q.bytes / 1024).toFixed(1), q.requests, JSON.stringify(q.byKind));
console.log(Math.round(performance.now() - t), 'ms');
await b.close();
