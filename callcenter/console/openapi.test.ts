import type { Router } from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveApp, type ServedApp } from '../../platform/testing/serve-app.ts';
import { CONSOLE_TEST_SETTINGS } from './testing/staff-client.ts';

interface Layer {
  route?: { path: string; methods: Record<string, boolean> };
  handle: { stack?: Layer[] };
}

/** Every route the console API mounts, as "METHOD /path/{param}", read from the router itself. */
function mountedRoutes(router: Router): string[] {
  const api = (router.stack as unknown as Layer[]).find((l) => l.handle.stack?.some((x) => x.route))!;
  return api.handle
    .stack!.filter((l) => l.route)
    .flatMap((l) => Object.keys(l.route!.methods).filter((m) => m !== '_all').map((m) => `${m.toUpperCase()} ${l.route!.path.replace(/:(\w+)/g, '{$1}')}`));
}

/** The console's own OpenAPI document (/console/api/v1/openapi.json) lists every console route. */
describe('console OpenAPI', () => {
  let served: ServedApp;
  beforeAll(async () => {
    served = await serveApp(CONSOLE_TEST_SETTINGS);
  });
  afterAll(() => served?.close());

  it('documents every mounted route and method', async () => {
    const doc = (await (await fetch(`${served.url}/console/api/v1/openapi.json`)).json()) as { openapi: string; paths: Record<string, Record<string, unknown>> };
    expect(doc.openapi).toBe('3.1.0');
    const documented = Object.entries(doc.paths).flatMap(([path, item]) => Object.keys(item).filter((k) => k !== 'parameters').map((m) => `${m.toUpperCase()} ${path}`));
    const mounted = mountedRoutes(served.app.console.router);
    expect(mounted.length).toBeGreaterThan(25);
    // Other domains mount their staff routes on the console API and document them in their own documents.
    const elsewhere: string[] = [];
    for (const url of ['/api/v1/complaints-openapi.json', '/forms/openapi.json', '/dossiers/openapi.json']) {
      const other = (await (await fetch(`${served.url}${url}`)).json()) as { paths: Record<string, Record<string, { servers?: { url: string }[] }>> };
      for (const [path, item] of Object.entries(other.paths)) {
        for (const [method, operation] of Object.entries(item)) {
          if (method === 'parameters') continue;
          // A full console path, or an operation served from the console API's base.
          if (path.startsWith('/console/api/v1/')) elsewhere.push(`${method.toUpperCase()} ${path.slice('/console/api/v1'.length)}`);
          else if (operation.servers?.[0]?.url === '/console/api/v1') elsewhere.push(`${method.toUpperCase()} ${path}`);
        }
      }
    }
    expect(mounted.filter((r) => !documented.includes(r) && !elsewhere.includes(r))).toEqual([]);
    expect(documented.filter((r) => !mounted.includes(r))).toEqual([]);
  });
});
