import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../callcenter/index.ts';
import { staffTeams } from '../../callcenter/tables.ts';
import { StaffClient } from '../../callcenter/console/testing/staff-client.ts';
import { openSse } from '../testing/sse-reader.ts';
import { createTestDatabase, type TestDatabase } from '../testing/test-db.ts';
import { waitFor } from '../testing/wait-for.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const PASSWORD = 'mật-khẩu-thử-1234';

/** Starts `npm start` (tsx platform/app/main.ts) on a free port and resolves with its address. */
async function startProcess(databaseUrl: string): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'platform/app/main.ts'], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', SEED_SAMPLE_CORPUS: 'false', REDIS_URL: '', CONSOLE_ROUTING_INTERVAL_MS: '500' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`process did not start:\n${output}`)), 90_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const m = /http:\/\/localhost:(\d+)\//.exec(output);
      if (m) {
        clearTimeout(timer);
        resolve(`http://127.0.0.1:${m[1]}`);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => reject(new Error(`process exited ${code}:\n${output}`)));
  });
  return { url, child };
}

/** A citizen's message reaching process A appears on an agent's screen served by process B, and back. */
describe.skipIf(!process.env.DATABASE_URL)('event bus across two app processes (PostgreSQL LISTEN/NOTIFY)', () => {
  let database: TestDatabase;
  let a: { url: string; child: ChildProcess };
  let b: { url: string; child: ChildProcess };

  beforeAll(async () => {
    database = await createTestDatabase();
    await database.db.insert(staffTeams).values({ name: 'Tổng đài', alwaysOpen: true });
    await createUser(database.db, { email: 'an@motcua.vn', name: 'Nguyễn Văn An', role: 'agent', password: PASSWORD, teams: ['Tổng đài'], skills: ['web'] });
    a = await startProcess(database.url!);
    b = await startProcess(database.url!);
  }, 200_000);
  afterAll(async () => {
    for (const p of [a, b]) {
      if (!p) continue;
      p.child.kill('SIGTERM');
      await once(p.child, 'exit');
    }
    await database?.destroy();
  });

  it('delivers handoffs, citizens’ messages and agents’ replies between processes', async () => {
    const agent = new StaffClient(b.url);
    expect((await agent.login('an@motcua.vn', PASSWORD)).status).toBe(200);
    const agentEvents = await openSse(`${b.url}/console/api/v1/events`, { cookie: agent.cookie });
    await agentEvents.waitFor(1, 'ready');

    const started = (await (await fetch(`${a.url}/api/v1/conversations`, { method: 'POST' })).json()) as { conversationId: string; token: string };
    const auth = { authorization: `Bearer ${started.token}`, 'content-type': 'application/json' };
    const citizenEvents = await openSse(`${a.url}/api/v1/conversations/${started.conversationId}/events?token=${started.token}`);
    const say = (text: string) =>
      fetch(`${a.url}/api/v1/conversations/${started.conversationId}/messages`, { method: 'POST', headers: auth, body: JSON.stringify({ text, clientMessageId: `c-${text.length}-${Date.now()}` }) });

    expect((await say('Tôi muốn gặp nhân viên')).status).toBe(200);
    await agentEvents.waitFor(1, 'conversation.queued', 15_000);
    await agent.json('PUT', '/console/api/v1/me/presence', { presence: 'available' });
    const offered = await agentEvents.waitFor(1, 'conversation.offered', 15_000);
    const handoffId = (JSON.parse(offered[0]!.data) as { handoffId: string }).handoffId;
    await agent.json('POST', `/console/api/v1/conversations/${handoffId}/take`);

    expect((await say('Tôi cần làm giấy khai sinh cho con')).status).toBe(200);
    await waitFor(() => agentEvents.events.find((e) => e.event === 'message.created' && e.data.includes('giấy khai sinh')), 15_000);

    await agent.json('POST', `/console/api/v1/conversations/${handoffId}/messages`, { text: 'Chào chị, tôi hướng dẫn ngay.' });
    const reply = await waitFor(() => citizenEvents.events.find((e) => e.data.includes('tôi hướng dẫn ngay')), 15_000);
    expect(JSON.parse(reply!.data)).toMatchObject({ role: 'agent', author: 'Nguyễn Văn An' });

    // Typing crosses too: the agent on B types, the widget on A shows it; the citizen on A types, the console on B shows it.
    expect((await agent.request('POST', `/console/api/v1/conversations/${handoffId}/typing`, {})).status).toBe(204);
    await citizenEvents.waitFor(1, 'typing', 15_000);
    expect((await fetch(`${a.url}/api/v1/conversations/${started.conversationId}/typing`, { method: 'POST', headers: auth, body: '{}' })).status).toBe(204);
    await agentEvents.waitFor(1, 'conversation.typing', 15_000);
    agentEvents.close();
    citizenEvents.close();
  }, 120_000);
});
