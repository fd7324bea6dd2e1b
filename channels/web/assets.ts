import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

/**
 * The browser code, bundled in memory by esbuild from client/*.ts on first use (about 50 ms),
 * so `npm start` needs no build step and nothing generated lives in the repository.
 */
export interface Asset {
  body: Buffer;
  contentType: string;
  etag: string;
}

export type AssetName = 'widget.js' | 'page.js' | 'page.css';

const clientDir = fileURLToPath(new URL('./client/', import.meta.url));

function asset(body: Buffer | string, contentType: string): Asset {
  const buffer = Buffer.isBuffer(body) ? body : Buffer.from(body);
  return { body: buffer, contentType, etag: `"${createHash('sha256').update(buffer).digest('base64url').slice(0, 22)}"` };
}

export async function buildAssets(): Promise<Map<AssetName, Asset>> {
  const esbuild = await import('esbuild');
  const result = await esbuild.build({
    entryPoints: { widget: `${clientDir}widget.ts`, page: `${clientDir}page.ts` },
    bundle: true,
    minify: true,
    format: 'iife',
    target: ['es2020', 'chrome90', 'safari15', 'firefox90'],
    write: false,
    outdir: 'out',
    legalComments: 'none',
    logLevel: 'silent',
  });
  const assets = new Map<AssetName, Asset>();
  for (const file of result.outputFiles) {
    const name = file.path.endsWith('widget.js') ? 'widget.js' : 'page.js';
    assets.set(name, asset(Buffer.from(file.contents), 'text/javascript; charset=utf-8'));
  }
  assets.set('page.css', asset(await readFile(`${clientDir}page.css`), 'text/css; charset=utf-8'));
  return assets;
}

/** Raw and gzipped size of the embeddable widget, for the benchmark and the size test. */
export function bundleSize(widget: Asset): { raw: number; gzip: number } {
  return { raw: widget.body.length, gzip: gzipSync(widget.body, { level: 9 }).length };
}
