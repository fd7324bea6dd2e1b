import { openDatabase } from '../../platform/db/client.ts';
import { LocalHashEmbedder } from '../embeddings/index.ts';
import { createRetriever, DEFAULT_WEIGHTS, type FusionWeights } from '../retrieve/index.ts';
import { fuse } from '../retrieve/fuse.ts';
import { loadDevQuestions } from './dev-questions.ts';
import { firstHit } from './quality.ts';

const database = await openDatabase({ dataDir: '/tmp/kb/pgdata' });
const retriever = createRetriever(database, new LocalHashEmbedder());
const questions = await loadDevQuestions();
const evidence: Awaited<ReturnType<typeof retriever.evidence>>[] = [];
for (const q of questions) evidence.push(await retriever.evidence(q.query));
await database.close();
const score = (w: FusionWeights) => {
  let top1 = 0, colloquial = 0, nc = 0, r5 = 0;
  questions.forEach((q, i) => {
    const rank = firstHit(fuse(evidence[i]!, w).slice(0, 5).map((f) => f.code), q.expected);
    if (rank === 1) top1++;
    if (rank) r5++;
    if (q.tags.includes('colloquial')) { nc++; if (rank === 1) colloquial++; }
  });
  return { top1: top1 / questions.length, r5: r5 / questions.length, colloquial: colloquial / nc };
};
console.log('default', score(DEFAULT_WEIGHTS));
const grid = JSON.parse(process.argv[2] ?? '{}') as Record<string, number[]>;
const keys = Object.keys(grid);
const results: Array<[string, ReturnType<typeof score>]> = [];
const walk = (i: number, w: FusionWeights) => {
  if (i === keys.length) { results.push([JSON.stringify(keys.map((k) => w[k as keyof FusionWeights])), score(w)]); return; }
  for (const v of grid[keys[i]!]!) walk(i + 1, { ...w, [keys[i]!]: v });
};
walk(0, DEFAULT_WEIGHTS);
results.sort((a, b) => b[1].top1 - a[1].top1 || b[1].r5 - a[1].r5);
console.log(keys.join(','));
for (const [k, v] of results.slice(0, 15)) console.log(k, v.top1.toFixed(3), v.r5.toFixed(3), v.colloquial.toFixed(3));
if (process.env.SHOW) {
  const w = { ...DEFAULT_WEIGHTS, ...JSON.parse(process.env.SHOW) };
  const names = new Map<string, string>();
  for (const e of evidence) for (const c of e.candidates.values()) names.set(c.code, c.nameFolded);
  questions.forEach((q, i) => {
    const ranked = fuse(evidence[i]!, w);
    if (firstHit(ranked.slice(0, 1).map((f) => f.code), q.expected) === 1) return;
    console.log(`\n${q.id} ${q.query.replace(/\n/g, ' / ')}  [${q.tags.join(',')}]`);
    for (const code of q.expected.slice(0, 2)) {
      const pos = ranked.findIndex((f) => f.code === code);
      const f = ranked[pos];
      console.log(`  want ${code} @${pos + 1} ${names.get(code)?.slice(0, 80) ?? '(not a candidate)'} ${f ? `s=${f.score.toFixed(3)} name=${f.name.score.toFixed(2)}` : ''}`);
    }
    const ev = evidence[i]!;
    const detail = (code: string) => { const v = ev.vector.findIndex((h) => h.code === code); const t = ev.text.findIndex((h) => h.code === code); const c = ev.candidates.get(code); return `v@${v} t@${t} pop=${c ? Math.log1p(c.popularity).toFixed(1) : '-'} lv=${c?.levels.join('/')}`; };
    for (const code of q.expected.slice(0, 1)) console.log(`       ${detail(code)}`);
    for (const f of ranked.slice(0, 2)) console.log(`  got  ${f.code} ${names.get(f.code)?.slice(0, 80)} s=${f.score.toFixed(3)} name=${f.name.score.toFixed(2)} ex=${f.name.exact} ${detail(f.code)}`);
    console.log('  tokens', ev.terms.tokens.join(' '), '| levels', ev.terms.levels.join(','));
  });
}
