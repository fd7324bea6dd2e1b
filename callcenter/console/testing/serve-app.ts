import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { parseEnv } from '../../../platform/config/env.ts';
import { createLogger } from '../../../platform/logging/logger.ts';
import { createTestDatabase, type TestDatabase } from '../../../platform/testing/test-db.ts';
import { buildApp, type App } from '../../../platform/app/wire.ts';
import { createUser, type NewUser } from '../../staff/create-user.ts';

/** The whole app (web channel and console) over a fresh database, on a free loopback port. */
export interface ServedApp {
  url: string;
  app: App;
  database: TestDatabase;
  addUser(user: Partial<NewUser> & { email: string }): Promise<{ id: string; email: string; password: string }>;
  close(): Promise<void>;
}

export async function serveApp(env: Record<string, string> = {}): Promise<ServedApp> {
  const database = await createTestDatabase();
  const logger = createLogger('silent');
  const app = await buildApp(
    parseEnv({ NODE_ENV: 'test', LOG_LEVEL: 'silent', SEED_SAMPLE_CORPUS: 'false', CONSOLE_ROUTING_INTERVAL_MS: '300', ...env }),
    logger,
    { database },
  );
  const server: Server = await new Promise((resolve) => {
    const s = app.http.listen(0, '127.0.0.1', () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    app,
    database,
    async addUser(user) {
      const password = 'mật-khẩu-thử-1234';
      const { id } = await createUser(database.db, { name: user.email.split('@')[0]!, role: 'agent', password, ...user });
      return { id, email: user.email, password };
    },
    async close() {
      await app.shutdown(server);
      await database.destroy().catch(() => undefined);
    },
  };
}

/** A staff member's browser: keeps the session cookie and sends the CSRF token on writes. */
export class StaffClient {
  cookie = '';
  csrf = '';
  constructor(readonly base: string) {}

  async login(email: string, password: string): Promise<Response> {
    const res = await this.request('POST', '/console/api/v1/auth/login', { email, password });
    if (res.ok) {
      this.cookie = (res.headers.get('set-cookie') ?? '').split(';')[0]!;
      this.csrf = ((await res.clone().json()) as { csrfToken: string }).csrfToken;
    }
    return res;
  }

  request(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Response> {
    return fetch(`${this.base}${path}`, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...(this.csrf && method !== 'GET' ? { 'x-csrf-token': this.csrf } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
  }

  async json<T>(method: string, path: string, body?: unknown): Promise<T> {
    const res = await this.request(method, path, body);
    if (!res.ok) throw new Error(`${method} ${path} → ${res.status} ${await res.text()}`);
    return (res.status === 204 ? undefined : await res.json()) as T;
  }
}
