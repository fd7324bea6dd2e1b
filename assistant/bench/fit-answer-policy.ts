import { fileURLToPath } from 'node:url';
import { loadDataset } from '../../evals/index.ts';
// An offline tool, like the other benches: it builds the real retriever and reuses the confidence model's fitter.
// eslint-disable-next-line @typescript-eslint/no-restricted-imports
import { fitLogistic, sigmoid } from '../../knowledge/bench/fit-logistic.ts';
// eslint-disable-next-line @typescript-eslint/no-restricted-imports
import { createEmbedder, createRetriever } from '../../knowledge/index.ts';
import { embedderConfig } from '../../platform/config/embedder-config.ts';
import { openDatabase } from '../../platform/db/client.ts';
import { loadEnvOrExit } from '../../platform/app/load-env.ts';
import { answerEvidence, type AnswerEvidence } from '../dialogue/answer-evidence.ts';
import { ABSENT_BELOW, answerProbability, ASK_BELOW } from '../dialogue/answer-policy.ts';
import { choose } from '../dialogue/choose-candidate.ts';
import { understand } from '../understand/understand.ts';

/**
 * Refits the answer policy (dialogue/answer-policy.ts) on development items only, over the corpus
 * in the configured database (import the full corpus first, e.g. with `npm run eval -- --corpus`):
 * every single-question item the first turn would answer with a procedure gives its evidence and
 * whether that procedure is acceptable. Out-of-corpus items are split by their number: odd ones
 * fit, even ones only report. Author C's situations are held out and never read.
 * `npm run fit:answer-policy` prints the coefficients and what each threshold would keep.
 * FIT_FEATURES=a,b,… tries other evidence features; FIT_DUMP=<file> writes every example (evidence,
 * right or not, the area the question names) as JSON for analysis.
 */
const DEV = ['dev.jsonl', 'situations-author-a.jsonl', 'situations-author-b.jsonl'];
const OUT_OF_CORPUS = 'out-of-corpus.jsonl';
const FEATURES = (process.env.FIT_FEATURES?.split(',') ?? ['confidence', 'bank', 'bankLead', 'bankMax', 'length', 'centroid', 'centroidLead', 'centroidMax', 'softmax']) as (keyof AnswerEvidence)[];
const dataset = (file: string) => fileURLToPath(new URL(`../../evals/datasets/${file}`, import.meta.url));

const env = loadEnvOrExit();
const database = await openDatabase({ url: env.DATABASE_URL, dataDir: env.DATA_DIR });
const retriever = createRetriever(database, createEmbedder(embedderConfig(env)));

interface Example { evidence: AnswerEvidence; right: boolean; id: string; file: string; text: string; outside?: string }

async function examples(file: string, keep: (id: string) => boolean = () => true): Promise<Example[]> {
  const out: Example[] = [];
  for (const item of (await loadDataset(dataset(file))).cases) {
    const turn = item.turns.length === 1 ? item.turns[0] : undefined;
    if (!turn?.expect || !keep(item.id)) continue;
    const u = understand(turn.text);
    if (u.intent !== 'procedure' || u.code) continue;
    const results = await retriever.search(u.topicText.trim() === '' ? turn.text : u.topicText, { limit: 8 });
    const decision = choose(u.words, results, u.aspects, { typed: u.typed });
    if (decision.kind !== 'found') continue;
    const right = (turn.expect.procedures ?? []).includes(decision.procedure.code);
    out.push({ evidence: answerEvidence(u, decision.procedure, decision.confidence, results), right, id: item.id, file, text: turn.text, outside: results[0]?.outside?.term });
  }
  return out;
}

const number = (id: string) => Number(/(\d+)$/.exec(id)?.[1] ?? 0);
const train = [...(await Promise.all(DEV.map((f) => examples(f)))).flat(), ...(await examples(OUT_OF_CORPUS, (id) => number(id) % 2 === 1))];
const check = await examples(OUT_OF_CORPUS, (id) => number(id) % 2 === 0);
await database.close();
if (process.env.FIT_DUMP) (await import('node:fs')).writeFileSync(process.env.FIT_DUMP, JSON.stringify({ train, check }));

const row = (e: Example) => FEATURES.map((f) => e.evidence[f]);
const weights = fitLogistic(train.map(row), train.map((e) => (e.right ? 1 : 0)));
const fitted = (e: Example) => sigmoid(weights.reduce((sum, w, i) => sum + w * (i === 0 ? 1 : (row(e)[i - 1] as number)), 0));
console.log(`fitted on ${train.length} answers (${train.filter((e) => e.right).length} right); checked on ${check.length} even-numbered out-of-corpus answers`);
console.log(`intercept ${weights[0]?.toFixed(3)}, ${FEATURES.map((f, i) => `${f} ${weights[i + 1]?.toFixed(3)}`).join(', ')}`);
for (const [name, p] of [['fitted', fitted], ['in use', (e: Example) => answerProbability(e.evidence)]] as const) {
  for (const threshold of [ABSENT_BELOW, ASK_BELOW]) {
    const below = train.filter((e) => p(e) < threshold);
    console.log(
      `${name} < ${threshold}: development answers withheld ${below.filter((e) => e.right).length} right, ${below.filter((e) => !e.right).length} wrong;` +
        ` out-of-corpus (even) withheld ${check.filter((e) => p(e) < threshold).length} of ${check.length}`,
    );
  }
}
