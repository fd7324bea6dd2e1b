import { fork, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveApp, testTokenKey, type ServedApp } from '../../platform/testing/serve-app.ts';
import { createTestDatabase, type TestDatabase } from '../../platform/testing/test-db.ts';
import { waitFor } from '../../platform/testing/wait-for.ts';
import { startZaloPeer, type ZaloPeer } from '../zalo/testing/zalo-server.ts';

/**
 * The deployed shape on PostgreSQL + Redis: the web process acknowledges signed webhooks and
 * enqueues; `platform/app/worker.ts` processes run the jobs. A worker is SIGKILLed while its send
 * is in flight (Zalo has the reply, the answer never came back); a second worker takes the
 * stalled job over, asks Zalo whether the part arrived, and the citizen has exactly one reply.
 */
const live = Boolean(process.env.DATABASE_URL && process.env.REDIS_URL);
const WORKER = fileURLToPath(new URL('../../platform/app/worker.ts', import.meta.url));

let database: TestDatabase;
let zalo: ZaloPeer;
let served: ServedApp;
let settings: Record<string, string>;
const workers: ChildProcess[] = [];

beforeAll(async () => {
  if (!live) return;
  database = await createTestDatabase();
  zalo = await startZaloPeer();
  const pair = zalo.issuePair();
  settings = {
    RUN_JOBS: 'false', // the web process only enqueues, as in docker compose
    REDIS_URL: process.env.REDIS_URL!,
    // Job ids (channels.inbound.<event id>) repeat across databases sharing one Redis.
    JOBS_REDIS_PREFIX: `killed-${randomBytes(4).toString('hex')}`,
    ...zalo.appSettings(pair),
    CHANNEL_TOKEN_KEY: testTokenKey(),
  };
  served = await serveApp(settings, { database });
}, 120_000);

afterAll(async () => {
  for (const worker of workers) worker.kill('SIGKILL');
  await served?.close();
  await zalo?.close();
  await database?.destroy();
});

function startWorker(): ChildProcess {
  const worker = fork(WORKER, [], {
    execArgv: ['--import', 'tsx'],
    env: { ...process.env, ...settings, NODE_ENV: 'test', RUN_JOBS: 'true', DATABASE_URL: database.url!, LOG_LEVEL: 'silent' },
    stdio: 'ignore',
  });
  workers.push(worker);
  return worker;
}

const outboxTo = (userId: string) =>
  served.app.services.database.rows<{ status: string; parts_sent: number }>(sql`select status, parts_sent from channel_outbox where address = ${userId}`);

describe.skipIf(!live)('a worker process killed mid-send (PostgreSQL + Redis, BullMQ)', () => {
  it('the citizen gets exactly one reply once a second worker resumes the jobs', async () => {
    const userId = 'u-killed-worker';
    zalo.holdAnswers(true);
    const signed = zalo.sign(zalo.textEvent(userId, 'làm lại căn cước mất bao nhiêu tiền', 'killed-1'));
    const ack = await fetch(`${served.url}/webhooks/zalo`, { method: 'POST', headers: signed.headers, body: signed.body });
    expect(ack.status).toBe(200);

    const first = startWorker();
    // The reply reached Zalo and the worker waits for the answer: the send is in flight.
    await waitFor(() => zalo.sent.some((m) => m.userId === userId), 120_000, 50);
    const exited = new Promise((resolve) => first.once('exit', resolve));
    first.kill('SIGKILL');
    await exited;
    expect(await outboxTo(userId)).toEqual([{ status: 'sending', parts_sent: 0 }]);

    zalo.holdAnswers(false); // a resend would now be answered, and counted
    startWorker();
    // BullMQ hands the stalled job over once the dead worker's lock lapses; the send lease lapses after it.
    const row = await waitFor(async () => {
      const [found] = await outboxTo(userId);
      return found?.status === 'sent' ? found : null;
    }, 240_000, 250);
    expect(row).toEqual({ status: 'sent', parts_sent: 1 });
    expect(zalo.sent.filter((m) => m.userId === userId)).toHaveLength(1);
    const [turns] = await served.app.services.database.rows<{ asked: number; answered: number }>(sql`
      select count(*) filter (where role = 'citizen')::int as asked, count(*) filter (where role = 'assistant')::int as answered
      from messages where conversation_id = (select conversation_id from channel_contacts where address = ${userId})`);
    expect(turns).toEqual({ asked: 1, answered: 1 });
  }, 400_000);
});
