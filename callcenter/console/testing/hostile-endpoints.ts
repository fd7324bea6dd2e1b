import fc from 'fast-check';
import type { Db } from '../../../platform/db/client.ts';
import type { HostileEndpoint, ValidRequest } from '../../../platform/testing/hostile-input/types.ts';
import { createUser } from '../../staff/create-user.ts';
import { buildConsoleOpenApi } from '../openapi.ts';
import { StaffClient } from './staff-client.ts';

/**
 * The signed-in console API for the shared hostile-input suite: every documented route, called
 * with an admin's session cookie and CSRF token, on a real queue item and canned reply. The
 * session is opened once per served app (`openConsoleFuzzSession`), before any fuzzing, so the
 * login rate limit the suite itself trips cannot lock it out.
 */
const EMAIL = 'fuzz-admin@motcua.test';
const PASSWORD = 'mật-khẩu-fuzz-1234';
const BRANCH = 'Ba Đình';

interface FuzzSession {
  headers: Record<string, string>;
  handoffId: string;
  cannedId: string;
}
const sessions = new Map<string, FuzzSession>();

/** Creates the admin, signs in, and makes a queue item and a canned reply to aim at. */
export async function openConsoleFuzzSession(base: string, db: Db): Promise<void> {
  await createUser(db, { email: EMAIL, name: 'Fuzz Admin', role: 'admin', password: PASSWORD, branch: BRANCH, teams: ['Fuzz'] });
  const staff = new StaffClient(base);
  const login = await staff.login(EMAIL, PASSWORD);
  if (!login.ok) throw new Error(`fuzz admin could not sign in: ${login.status}`);
  const started = (await (await fetch(`${base}/api/v1/conversations`, { method: 'POST' })).json()) as { conversationId: string; token: string };
  await fetch(`${base}/api/v1/conversations/${started.conversationId}/messages`, {
    method: 'POST',
    headers: { authorization: `Bearer ${started.token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ text: 'Tôi muốn gặp nhân viên', clientMessageId: 'fuzz-console-1' }),
  });
  const work = await staff.json<{ queue: { id: string }[]; inbox: { id: string }[] }>('GET', '/console/api/v1/work');
  const { teams } = await staff.json<{ teams: { id: string }[] }>('GET', '/console/api/v1/canned-replies');
  const canned = await staff.json<{ id: string }>('POST', '/console/api/v1/canned-replies', { teamId: teams[0]!.id, title: 'Chào', shortcut: 'chao', body: 'Chào {ten_cong_dan}.' });
  sessions.set(base, { headers: { cookie: staff.cookie, 'x-csrf-token': staff.csrf }, handoffId: [...work.queue, ...work.inbox][0]!.id, cannedId: canned.id });
}

function prepared(path: string, signedIn = true) {
  return async (base: string): Promise<ValidRequest> => {
    const session = sessions.get(base);
    if (!session) throw new Error('openConsoleFuzzSession(base, db) must run before the console endpoints are fuzzed');
    const params: Record<string, string> = {};
    let concrete = path;
    if (path.includes('{id}')) concrete = concrete.replace('{id}', (params.id = path.startsWith('/canned-replies') ? session.cannedId : session.handoffId));
    if (path.includes('{branch}')) concrete = concrete.replace('{branch}', (params.branch = encodeURIComponent(BRANCH)));
    return { path: `/console/api/v1${concrete}`, headers: signedIn ? session.headers : {}, ...(Object.keys(params).length ? { params } : {}) };
  };
}

const text = fc.oneof(fc.constantFrom('Chào anh/chị', 'Hồ sơ cần bản sao căn cước'), fc.string({ minLength: 1, maxLength: 200 }));
const day = fc.date({ min: new Date('2026-01-01'), max: new Date('2026-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const BODIES: Record<string, fc.Arbitrary<Record<string, unknown>>> = {
  'PUT /me/presence': fc.record({ presence: fc.constantFrom('available', 'busy', 'break', 'offline') }),
  'POST /conversations/{id}/reveal': fc.record({ reason: text }),
  'POST /conversations/{id}/messages': fc.record({ text }),
  'POST /conversations/{id}/notes': fc.record({ text }),
  'POST /conversations/{id}/transfer': fc.record({ teamId: fc.uuid(), note: text }),
  'POST /conversations/{id}/wrap-up': fc.record({ disposition: fc.constantFrom('resolved', 'info_given', 'other'), note: fc.string({ maxLength: 100 }) }),
  'POST /conversations/{id}/assign': fc.record({ agentId: fc.uuid() }),
  'POST /canned-replies': fc.record({ teamId: fc.uuid(), title: text, shortcut: fc.stringMatching(/^[a-z0-9_-]{1,30}$/), body: text }),
  'PUT /canned-replies/{id}': fc.record({ teamId: fc.uuid(), title: text, shortcut: fc.stringMatching(/^[a-z0-9_-]{1,30}$/), body: text }),
  'PUT /hours/{branch}': fc.record({ hours: fc.oneof(fc.constant(null), fc.constantFrom('07:30-17:00', '00:00-24:00', '13:00-21:00')), alwaysOpen: fc.boolean() }),
  'POST /exports': fc.record({ kind: fc.constantFrom('conversations', 'daily_report'), from: day, reason: text }, { requiredKeys: ['kind', 'reason'] }),
};
const QUERIES: Record<string, fc.Arbitrary<Record<string, string>>> = {
  'GET /assist': fc.record({ q: fc.oneof(fc.constantFrom('lệ phí khai sinh', 'làm căn cước cần gì'), fc.string({ minLength: 1, maxLength: 100 })) }),
  'GET /reports/daily': fc.record({ date: day }, { requiredKeys: [] }),
  'GET /admin/audit': fc.record({ limit: fc.integer({ min: 1, max: 500 }).map(String), before: fc.nat().map(String) }, { requiredKeys: [] }),
};

// Deleting the canned reply comes last, so that PUT still finds it; logging out would end the shared session.
const order = (name: string) => (name.startsWith('DELETE') ? 1 : 0);
export const consoleHostileEndpoints: readonly HostileEndpoint[] = Object.entries(buildConsoleOpenApi().paths as Record<string, Record<string, unknown>>)
  .flatMap(([path, item]) => Object.keys(item).filter((k) => k !== 'parameters').map((method) => ({ path, method: method.toUpperCase() as HostileEndpoint['method'] })))
  .filter(({ path }) => path !== '/auth/login' && path !== '/openapi.json')
  .map(({ path, method }): HostileEndpoint => {
    const key = `${method} ${path}`;
    const signedIn = path !== '/auth/logout';
    return {
      name: `${method} /console/api/v1${path}${signedIn ? ' (signed in)' : ''}`,
      method,
      prepare: prepared(path, signedIn),
      ...(method === 'GET' || method === 'DELETE' ? {} : { body: BODIES[key] ?? fc.constant({}) }),
      ...(QUERIES[key] ? { query: QUERIES[key] } : {}),
      ...(path === '/events' ? { stream: true } : {}),
    };
  })
  .sort((a, b) => order(a.name) - order(b.name));
