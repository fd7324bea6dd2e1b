import { performance } from 'node:perf_hooks';
import { parentPort, workerData } from 'node:worker_threads';

/**
 * The citizens' side of `npm run bench:web`, in its own thread so that making requests does not
 * take the server's event loop. Each conversation sends its turns one after another, waiting
 * `thinkMs` (uniform between half and one and a half times it) before each; 0 sends at once.
 */
export interface LoadInput {
  url: string;
  sessions: Array<{ conversationId: string; token: string }>;
  questions: string[];
  /** Turn numbers [from, to) each conversation sends; they name the client message ids. */
  from: number;
  to: number;
  thinkMs: number;
}

export interface LoadResult {
  latencies: number[];
  elapsedMs: number;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function generate({ url, sessions, questions, from, to, thinkMs }: LoadInput): Promise<LoadResult> {
  const latencies: number[] = [];
  const started = performance.now();
  await Promise.all(
    sessions.map(async (s, c) => {
      for (let turn = from; turn < to; turn++) {
        if (thinkMs > 0) await pause(thinkMs * (0.5 + Math.random()));
        const t0 = performance.now();
        const res = await fetch(`${url}/api/v1/conversations/${s.conversationId}/messages`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${s.token}` },
          body: JSON.stringify({ text: questions[(c + turn) % questions.length], clientMessageId: `bench-${c}-${turn}` }),
        });
        await res.arrayBuffer();
        if (res.status !== 200) throw new Error(`send-message answered ${res.status}`);
        latencies.push(performance.now() - t0);
      }
    }),
  );
  return { latencies, elapsedMs: performance.now() - started };
}

parentPort?.postMessage(await generate(workerData as LoadInput));
