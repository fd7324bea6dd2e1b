import { sql } from 'drizzle-orm';
import type { AddressInfo } from 'node:net';
import { cpus, loadavg } from 'node:os';
import { buildApp } from '../../platform/app/wire.ts';
import { parseEnv } from '../../platform/config/env.ts';
import { createLogger } from '../../platform/logging/logger.ts';
import { openSse, type SseReader } from '../../platform/testing/sse-reader.ts';
import { createTestDatabase } from '../../platform/testing/test-db.ts';
import { waitFor } from '../../platform/testing/wait-for.ts';
import { StaffClient } from '../console/testing/staff-client.ts';
import { createUser } from '../staff/create-user.ts';
import { staffTeams } from '../tables.ts';

/**
 * npm run bench:console — the time from a citizen's message (POST on the web channel) to the
 * agent's screen (the message.created event on the agent's console stream), with 200 open
 * conversations and 20 agents connected, on PostgreSQL. Citizens write at a steady pace.
 */
const CONVERSATIONS = Number(process.env.BENCH_CONVERSATIONS ?? 200);
const AGENTS = Number(process.env.BENCH_AGENTS ?? 20);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const PACE_MS = Number(process.env.BENCH_PACE_MS ?? 4000);
const PASSWORD = 'mật-khẩu-bench-1234';

if (!process.env.DATABASE_URL) {
  console.error('bench:console measures PostgreSQL: set DATABASE_URL (a throwaway database is created on that server).');
  process.exit(2);
}

const sqlAssigned = sql`select count(*)::text as n from handoffs where status = 'assigned'`;
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

// The production pool size (10), not the tests' 4.
const database = await createTestDatabase({ poolSize: 10 });
const app = await buildApp(parseEnv({ ...process.env, LOG_LEVEL: 'silent', SEED_SAMPLE_CORPUS: 'false', REDIS_URL: '', CONSOLE_ROUTING_INTERVAL_MS: '1000' }), createLogger('silent'), { database });
const server = app.http.listen(0, '127.0.0.1');
await new Promise((resolve) => server.once('listening', resolve));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const streams: SseReader[] = [];

try {
  await database.db.insert(staffTeams).values({ name: 'Tổng đài', alwaysOpen: true });
  const perAgent = Math.ceil(CONVERSATIONS / AGENTS);
  const agents: { id: string; client: StaffClient; events: SseReader }[] = [];
  for (let i = 0; i < AGENTS; i++) {
    const email = `agent${i}@bench.vn`;
    const { id } = await createUser(database.db, { email, name: `Cán bộ ${i}`, role: 'agent', password: PASSWORD, teams: ['Tổng đài'], skills: ['web'], maxChats: perAgent });
    const client = new StaffClient(base);
    await client.login(email, PASSWORD);
    const events = await openSse(`${base}/console/api/v1/events`, { cookie: client.cookie });
    streams.push(events);
    agents.push({ id, client, events });
  }

  // Each agent takes whatever is offered to them, as the console's button would.
  const taken = new Set<string>();
  const offerTimers: ReturnType<typeof setInterval>[] = [];
  for (const agent of agents) {
    let handled = 0;
    const timer = setInterval(() => {
      const offers = agent.events.events.filter((e) => e.event === 'conversation.offered').slice(handled);
      handled += offers.length;
      for (const offer of offers) {
        const { handoffId, agentId } = JSON.parse(offer.data) as { handoffId: string; agentId: string };
        if (agentId !== agent.id) continue; // teammates see the offer too; only its agent takes it
        taken.add(handoffId);
        void agent.client.request('POST', `/console/api/v1/conversations/${handoffId}/take`).then(async (r) => {
          if (!r.ok) console.error('take failed', r.status, await r.text());
        });
      }
    }, 50);
    timer.unref();
    offerTimers.push(timer);
    await agent.client.json('PUT', '/console/api/v1/me/presence', { presence: 'available' });
  }

  // Each citizen comes from their own address (behind the loopback proxy), as the web channel's per-IP limits expect.
  const citizens: { conversationId: string; token: string; ip: string }[] = [];
  for (let i = 0; i < CONVERSATIONS; i++) {
    const ip = `10.0.${Math.floor(i / 250)}.${(i % 250) + 1}`;
    const res = await fetch(`${base}/api/v1/conversations`, { method: 'POST', headers: { 'x-forwarded-for': ip } });
    if (!res.ok) throw new Error(`start: ${res.status} ${await res.text()}`);
    citizens.push({ ...((await res.json()) as { conversationId: string; token: string }), ip });
  }
  let sequence = 0;
  const say = async (c: (typeof citizens)[number], text: string) => {
    const res = await fetch(`${base}/api/v1/conversations/${c.conversationId}/messages`, {
      method: 'POST',
      headers: { authorization: `Bearer ${c.token}`, 'content-type': 'application/json', 'x-forwarded-for': c.ip },
      body: JSON.stringify({ text, clientMessageId: `bench-message-${sequence++}` }),
    });
    if (!res.ok) console.error('send failed', res.status, await res.text());
    else await res.arrayBuffer();
  };
  for (let i = 0; i < citizens.length; i += 20) await Promise.all(citizens.slice(i, i + 20).map((c) => say(c, 'Tôi muốn gặp nhân viên')));
  await waitFor(async () => (await database.rows<{ n: string }>(sqlAssigned))[0]!.n === String(CONVERSATIONS), 60_000, 200).catch(async (error: unknown) => {
    console.error(await database.rows(sql`select status, count(*) from handoffs group by status`), taken.size);
    throw error;
  });
  console.log(`${CONVERSATIONS} conversations assigned to ${AGENTS} agents; measuring for ${SECONDS} s at one message per conversation every ${PACE_MS / 1000} s`);

  for (const timer of offerTimers) clearInterval(timer); // the bench's own timers would compete with the server it measures

  // Every event on any agent stream is matched to its send time by a marker in the text; one timer
  // reads all streams (the bench shares the server's event loop, so its own work must stay small).
  const sentAt = new Map<string, number>();
  const latencies: number[] = [];
  const read = agents.map(() => 0);
  const reader = setInterval(() => {
    const now = performance.now();
    agents.forEach((agent, a) => {
      const events = agent.events.events;
      for (; read[a]! < events.length; read[a]!++) {
        const e = events[read[a]!]!;
        if (e.event !== 'message.created') continue;
        const marker = /bench#(\d+)/.exec(e.data)?.[1];
        const t0 = marker ? sentAt.get(marker) : undefined;
        if (t0 !== undefined) {
          latencies.push(now - t0);
          sentAt.delete(marker!);
        }
      }
    });
  }, 2);
  reader.unref();
  let markers = 0;
  const end = performance.now() + SECONDS * 1000;
  await Promise.all(
    citizens.map(async (c, i) => {
      await new Promise((r) => setTimeout(r, (i / citizens.length) * PACE_MS));
      while (performance.now() < end) {
        const marker = String(markers++);
        sentAt.set(marker, performance.now());
        await say(c, `Cho tôi hỏi thêm về hồ sơ bench#${marker}`);
        await new Promise((r) => setTimeout(r, PACE_MS));
      }
    }),
  );
  await new Promise((r) => setTimeout(r, 1000));
  const sorted = [...latencies].sort((a, b) => a - b);
  console.log(`messages: ${markers}, delivered to an agent screen: ${sorted.length}, lost: ${sentAt.size}`);
  console.log(`machine: ${cpus().length} cores, load average ${loadavg().map((l) => l.toFixed(1)).join(' / ')} (1 / 5 / 15 min)`);
  console.log(`citizen message → agent screen: p50 ${percentile(sorted, 50).toFixed(1)} ms, p95 ${percentile(sorted, 95).toFixed(1)} ms, max ${sorted.at(-1)!.toFixed(1)} ms (target p95 ≤ 250 ms)`);
} finally {
  for (const s of streams) s.close();
  await app.shutdown(server);
  await database.destroy();
}

