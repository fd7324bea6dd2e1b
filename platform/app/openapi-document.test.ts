import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveApp, type ServedApp } from '../testing/serve-app.ts';

interface Doc {
  paths: Record<string, { servers?: { url: string }[]; get?: { responses: Record<string, unknown> } }>;
  components: { securitySchemes: Record<string, unknown> };
}

/** The main OpenAPI document (/api/v1/openapi.json) also documents the operational endpoints, at the root. */
describe('main OpenAPI document', () => {
  let served: ServedApp;
  beforeAll(async () => {
    served = await serveApp({ SEED_SAMPLE_CORPUS: 'false', METRICS_TOKEN: 'secret-token-for-test' });
  });
  afterAll(() => served?.close());

  it('documents /healthz, /readyz and /metrics as they answer', async () => {
    const doc = (await (await fetch(`${served.url}/api/v1/openapi.json`)).json()) as Doc;
    for (const path of ['/healthz', '/readyz', '/metrics']) expect(doc.paths[path]?.servers).toEqual([{ url: '/' }]);
    expect(doc.components.securitySchemes).toHaveProperty('metricsToken');
    expect(Object.keys(doc.paths['/readyz']!.get!.responses)).toEqual(['200', '503']);
    // What the document says is what the endpoints do.
    expect(await (await fetch(`${served.url}/healthz`)).json()).toEqual({ status: 'ok' });
    const ready = (await (await fetch(`${served.url}/readyz`)).json()) as { status: string; checks: Record<string, string> };
    expect(ready).toEqual({ status: 'ready', checks: { database: 'ok' } });
    expect((await fetch(`${served.url}/metrics`)).status).toBe(401);
    expect((await fetch(`${served.url}/metrics`, { headers: { authorization: 'Bearer secret-token-for-test' } })).status).toBe(200);
  });
});
