import { fileURLToPath } from 'node:url';
import { PLANTED_ID } from './bad-strings.ts';
import type { CaseOutcome, HostileCase } from './types.ts';

// The checkout's own directory, wherever it lives: a route named /work/ echoed in a 404 is not a leak.
const REPO_ROOT = new RegExp(fileURLToPath(new URL('../../../', import.meta.url)).replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
const INTERNALS = [/\n\s+at [\w.<]/, /\.ts:\d+/, /node_modules/, REPO_ROOT, /PGlite|pg_catalog|syntax error at/i];

/**
 * Sends one case and checks what an outside tester checks: no 5xx, problem+json on errors, no
 * stack trace or internals, no planted personal data echoed back.
 */
export async function sendCase(base: string, c: HostileCase, stream = false): Promise<CaseOutcome | null> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 20_000);
  let res: Response;
  try {
    res = await fetch(base + c.path, { method: c.method, headers: c.headers, body: c.body, signal: controller.signal, redirect: 'manual' });
  } catch (error) {
    clearTimeout(timer);
    // fetch itself refused to send it (an invalid header or URL): the server never saw it.
    if (error instanceof TypeError && !String((error as { cause?: unknown }).cause ?? '').includes('ECONNRESET')) return null;
    return { status: 0, violations: [`no response: ${String((error as { cause?: unknown }).cause ?? error)}`] };
  }
  const violations: string[] = [];
  const type = res.headers.get('content-type') ?? '';
  let text = '';
  if (stream && res.status === 200) {
    controller.abort();
  } else {
    text = await res.text().catch(() => '');
  }
  clearTimeout(timer);
  if (res.status >= 500) violations.push(`status ${res.status}`);
  if (res.status >= 400 && c.method !== 'HEAD') {
    if (!type.startsWith('application/problem+json')) violations.push(`error without problem+json (${type})`);
    else {
      try {
        const problem = JSON.parse(text) as { status?: unknown };
        if (problem.status !== res.status) violations.push('problem status differs from the HTTP status');
      } catch {
        violations.push('problem+json that is not JSON');
      }
    }
  }
  for (const pattern of INTERNALS) if (pattern.test(text)) violations.push(`internals echoed (${pattern})`);
  if (text.includes(PLANTED_ID)) violations.push('personal data echoed');
  return { status: res.status, violations };
}
