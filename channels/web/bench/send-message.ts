/**
 * `npm run bench:web`: p50/p95 of POST /messages with 50 conversations sending at once over
 * loopback, through the real HTTP app and the real assistant over the sample corpus (PGlite, or
 * PostgreSQL when DATABASE_URL is set), plus the widget bundle's size (raw and gzipped). The
 * assistant's own time per turn is measured too, so a slow request can be placed.
 */
import { performance } from 'node:perf_hooks';
import type { Turn } from '../../../assistant/index.ts';
import { bundleSize } from '../index.ts';
import { serveWebChannel, startRealServices } from '../testing/serve.ts';

const CONVERSATIONS = Number(process.env.BENCH_CONVERSATIONS ?? 50);
const TURNS = Number(process.env.BENCH_TURNS ?? 10);
const QUESTIONS = [
  'lam lai can cuoc mat bao nhieu tien',
  'dang ky khai sinh can giay to gi',
  'dang ky tam tru o dau',
  'cap lai bang lai xe mat bao lau',
  'xin phieu ly lich tu phap',
  'làm căn cước',
  '2',
];
const unlimited = { burst: 1_000_000, perMinute: 1_000_000 };

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

interface Session {
  conversationId: string;
  token: string;
}

/** Every conversation sends its turns one after another; all conversations run at once. */
async function runRound(url: string, sessions: Session[], from: number, to: number, latencies: number[]): Promise<void> {
  await Promise.all(
    sessions.map(async (s, c) => {
      for (let turn = from; turn < to; turn++) {
        const t0 = performance.now();
        const res = await fetch(`${url}/api/v1/conversations/${s.conversationId}/messages`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${s.token}` },
          body: JSON.stringify({ text: QUESTIONS[(c + turn) % QUESTIONS.length], clientMessageId: `bench-${c}-${turn}` }),
        });
        await res.arrayBuffer();
        if (res.status !== 200) throw new Error(`send-message answered ${res.status}`);
        latencies.push(performance.now() - t0);
      }
    }),
  );
}

async function main(): Promise<void> {
  const real = await startRealServices();
  const { services } = real;
  const turnTimes: number[] = [];
  const timedAssistant = {
    ...services.assistant,
    async handleTurn(turn: Turn) {
      const t0 = performance.now();
      try {
        return await services.assistant.handleTurn(turn);
      } finally {
        turnTimes.push(performance.now() - t0);
      }
    },
  };
  const served = await serveWebChannel(
    { ...services, assistant: timedAssistant },
    { rateLimits: { messagesPerConversation: unlimited, requestsPerIp: unlimited, startsPerIp: unlimited } },
  );
  const latencies: number[] = [];
  try {
    const sessions = await Promise.all(
      Array.from({ length: CONVERSATIONS }, async () => (await (await fetch(`${served.url}/api/v1/conversations`, { method: 'POST' })).json()) as Session),
    );
    // One unmeasured round warms up the JIT, the connection pool and the bundles.
    await runRound(served.url, sessions, 0, 1, []);
    turnTimes.length = 0;
    const started = performance.now();
    await runRound(served.url, sessions, 1, TURNS, latencies);
    const elapsed = performance.now() - started;
    const sorted = [...latencies].sort((a, b) => a - b);
    const widget = (await served.channel.assets()).get('widget.js');
    const size = widget ? bundleSize(widget) : { raw: NaN, gzip: NaN };
    const turns = [...turnTimes].sort((a, b) => a - b);
    console.log(`send-message, ${CONVERSATIONS} concurrent conversations × ${TURNS} turns over loopback, real assistant on ${services.database.driver} (${latencies.length} requests, ${(latencies.length / (elapsed / 1000)).toFixed(0)} req/s)`);
    console.log(`  p50 ${percentile(sorted, 50).toFixed(1)} ms   p95 ${percentile(sorted, 95).toFixed(1)} ms   max ${sorted.at(-1)!.toFixed(1)} ms   (target p95 ≤ 100 ms)`);
    console.log(`  of which the assistant's turn: p50 ${percentile(turns, 50).toFixed(1)} ms   p95 ${percentile(turns, 95).toFixed(1)} ms   mean ${(turns.reduce((a, b) => a + b, 0) / turns.length).toFixed(1)} ms`);
    console.log(`widget bundle: ${size.raw} bytes raw, ${size.gzip} bytes gzipped (target ≤ 40 KB gzipped)`);
  } finally {
    await served.close();
    await real.close();
  }
}

await main();
