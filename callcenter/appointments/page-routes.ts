import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import type { Router } from 'express';
import { AppError } from '../../platform/http/errors.ts';
import { BOOKING_PAGE } from './page-html.ts';

const clientDir = fileURLToPath(new URL('./client/', import.meta.url));
interface Asset {
  body: Buffer;
  etag: string;
}

/** The page's Preact code, bundled in memory by esbuild on first use (no build step for `npm start`). */
async function buildPageScript(): Promise<Asset> {
  const esbuild = await import('esbuild');
  const result = await esbuild.build({
    entryPoints: [`${clientDir}booking-page.tsx`],
    bundle: true,
    minify: true,
    format: 'iife',
    target: ['es2020', 'chrome90', 'safari15', 'firefox90'],
    jsx: 'automatic',
    jsxImportSource: 'preact',
    write: false,
    legalComments: 'none',
    logLevel: 'silent',
  });
  const body = Buffer.from(result.outputFiles[0]!.contents);
  return { body, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"` };
}

/** GET /appointments/ (the citizens' booking page) and its script. */
export function mountBookingPage(router: Router): void {
  let built: Promise<Asset> | null = null;
  router.get('/', (_req, res) => {
    res.setHeader('Cache-Control', 'no-cache');
    res.type('html').send(BOOKING_PAGE);
  });
  router.get('/assets/:name', async (req, res) => {
    if (req.params.name !== 'booking.js') throw new AppError('not_found', 'Không có tệp này.');
    built ??= buildPageScript().catch((error: unknown) => {
      built = null;
      throw error;
    });
    const asset = await built;
    res.setHeader('Cache-Control', 'no-cache');
    res.setHeader('ETag', asset.etag);
    if (req.get('if-none-match') === asset.etag) {
      res.status(304).end();
      return;
    }
    res.type('text/javascript; charset=utf-8').send(asset.body);
  });
}
