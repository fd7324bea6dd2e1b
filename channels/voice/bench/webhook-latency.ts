/**
 * `npm run bench:voice`: how long the voice webhooks take to answer, since callers hear silence
 * meanwhile. 50 scripted Twilio calls in progress at once (BENCH_CALLS) each ask BENCH_TURNS
 * questions by speech. Like a real caller, each listens and speaks between webhooks
 * (BENCH_THINK_MS, 2–6 s by default: a spoken answer alone lasts longer), and the calls start
 * spread over the first think time; BENCH_THINK_MS=0 fires every request back to back instead.
 * The questions are the dev set's, over the corpus in the store, signed as Twilio signs, through
 * the whole app on the database DATABASE_URL names. Prints p50/p95 per webhook kind.
 * Target: speech turns p95 ≤ 300 ms on PostgreSQL with the full corpus (npm run ingest first).
 */
import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { buildApp } from '../../../platform/app/wire.ts';
import { parseEnv } from '../../../platform/config/env.ts';
import { listenHttp } from '../../../platform/http/listen.ts';
import { createLogger } from '../../../platform/logging/logger.ts';
import { twilioCaller } from '../testing/twilio-caller.ts';

const CALLS = Number(process.env.BENCH_CALLS ?? 50);
const TURNS = Number(process.env.BENCH_TURNS ?? 6);
const THINK_MS = Number(process.env.BENCH_THINK_MS ?? 4000);
const TARGET_P95_MS = 300;
/** A caller's pause between two webhooks: THINK_MS on average, between half and one and a half times it. */
const think = () => new Promise((resolve) => setTimeout(resolve, THINK_MS * (0.5 + Math.random())));
const PUBLIC = 'https://motcua.example.vn';
const ACCOUNT = `AC${'f6'.repeat(16)}`;
const TOKEN = 'bench-voice-token';

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! : NaN;
};
const line = (label: string, values: number[]) =>
  `${label.padEnd(18)} n=${String(values.length).padStart(5)}   p50 ${percentile(values, 50).toFixed(1).padStart(7)} ms   p95 ${percentile(values, 95).toFixed(1).padStart(7)} ms`;

const questions = readFileSync(new URL('../../../evals/datasets/dev.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => (JSON.parse(l) as { question: string }).question);

const env = parseEnv({ ...process.env, LOG_LEVEL: 'silent', OPENAI_API_KEY: '', SEED_SAMPLE_CORPUS: process.env.DATABASE_URL ? 'false' : 'true', PUBLIC_BASE_URL: PUBLIC, TWILIO_ACCOUNT_SID: ACCOUNT, TWILIO_AUTH_TOKEN: TOKEN, CONSOLE_ROUTING_INTERVAL_MS: '5000' });
const app = await buildApp(env, createLogger('silent'));
const server: Server = await listenHttp(app.http, 0, '127.0.0.1');
const appUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
try {
  const [row] = await app.services.database.rows<{ n: number }>((await import('drizzle-orm')).sql`select count(*)::int as n from procedures`);
  const procedures = Number(row?.n ?? 0);
  const line2 = { appUrl, publicUrl: PUBLIC, accountSid: ACCOUNT, authToken: TOKEN };
  const timings = { greeting: [] as number[], speech: [] as number[], key: [] as number[] };
  const timed = async (bucket: number[], run: () => Promise<unknown>) => {
    const started = performance.now();
    await run();
    bucket.push(performance.now() - started);
  };
  // Warm up: compile, connect, fill caches.
  const warm = twilioCaller(line2, `+8490${String(Math.floor(Math.random() * 9_000_000) + 1_000_000)}`);
  await warm.dial();
  for (const q of questions.slice(0, 5)) await warm.move({ speech: q });

  let next = 0;
  await Promise.all(
    Array.from({ length: CALLS }, async (_, i) => {
      const caller = twilioCaller(line2, `+8490${String(Math.floor(Math.random() * 9_000_000) + 1_000_000 + i).slice(-7)}`);
      await new Promise((resolve) => setTimeout(resolve, Math.random() * THINK_MS));
      await timed(timings.greeting, () => caller.dial());
      for (let t = 0; t < TURNS; t++) {
        await think();
        const question = questions[next++ % questions.length]!;
        const gather = caller.twiml ? JSON.stringify(caller.twiml) : '';
        if (!gather.includes('"input":"speech dtmf"')) await caller.move({ press: '*' });
        await timed(timings.speech, () => caller.move({ speech: question }));
        // A handoff ends the bench call: in hours the caller is queued, after hours asked for a voicemail.
        if (caller.twiml && /"name":"(Enqueue|Record)"/.test(JSON.stringify(caller.twiml))) break;
        await think();
        await timed(timings.key, () => caller.move({ press: '9' }));
      }
      await caller.hangUp();
    }),
  );
  console.log(`Voice webhook latency: ${CALLS} calls in progress, ${THINK_MS} ms average pause between webhooks, ${procedures} procedures, ${app.services.database.driver}, no language model`);
  console.log(line('greeting', timings.greeting));
  console.log(line('speech turn', timings.speech));
  console.log(line('key (repeat)', timings.key));
  const p95 = percentile(timings.speech, 95);
  console.log(`speech p95 ${p95.toFixed(1)} ms ${p95 <= TARGET_P95_MS ? '≤' : '>'} target ${TARGET_P95_MS} ms${app.services.database.driver === 'pglite' ? ' (target applies to PostgreSQL)' : ''}${procedures < 2000 ? ' — sample corpus only: run npm run ingest for the full corpus' : ''}`);
} finally {
  await app.shutdown(server);
}
