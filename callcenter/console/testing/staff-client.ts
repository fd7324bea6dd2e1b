import type { ServedApp } from '../../../platform/testing/serve-app.ts';
import { createUser, type NewUser } from '../../staff/create-user.ts';

/** Settings the console's tests serve the app with (platform/testing/serve-app.ts): no corpus, fast routing. */
export const CONSOLE_TEST_SETTINGS: Record<string, string> = { SEED_SAMPLE_CORPUS: 'false', CONSOLE_ROUTING_INTERVAL_MS: '300' };

export const TEST_PASSWORD = 'mật-khẩu-thử-1234';

/** A staff account in the served app's database (an agent unless the role says otherwise). */
export async function addStaff(served: Pick<ServedApp, 'database'>, user: Partial<NewUser> & { email: string }): Promise<{ id: string; email: string; password: string }> {
  const { id } = await createUser(served.database.db, { name: user.email.split('@')[0]!, role: 'agent', password: TEST_PASSWORD, ...user });
  return { id, email: user.email, password: TEST_PASSWORD };
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
