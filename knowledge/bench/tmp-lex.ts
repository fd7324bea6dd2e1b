import { expandQuery } from '../text/index.ts';
for (const q of process.argv.slice(2)) console.log(q, JSON.stringify(expandQuery(q).matched));
