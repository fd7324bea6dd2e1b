import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

/**
 * The console's browser code (Preact + TSX in client/), bundled in memory by esbuild on first
 * use, with the same settings as the web widget, so `npm start` needs no build step.
 */
export interface ConsoleAsset {
  body: Buffer;
  contentType: string;
  etag: string;
}

const clientDir = fileURLToPath(new URL('./client/', import.meta.url));

const asset = (body: Buffer, contentType: string): ConsoleAsset => ({
  body,
  contentType,
  etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"`,
});

export async function buildConsoleAssets(): Promise<Map<string, ConsoleAsset>> {
  const esbuild = await import('esbuild');
  const result = await esbuild.build({
    entryPoints: { console: `${clientDir}main.tsx` },
    bundle: true,
    minify: true,
    format: 'iife',
    target: ['es2020', 'chrome90', 'safari15', 'firefox90'],
    jsx: 'automatic',
    jsxImportSource: 'preact',
    write: false,
    outdir: 'out',
    legalComments: 'none',
    logLevel: 'silent',
  });
  const assets = new Map<string, ConsoleAsset>();
  for (const file of result.outputFiles) assets.set('console.js', asset(Buffer.from(file.contents), 'text/javascript; charset=utf-8'));
  assets.set('console.css', asset(await readFile(`${clientDir}console.css`), 'text/css; charset=utf-8'));
  return assets;
}

export const CONSOLE_PAGE = `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Bàn làm việc tổng đài – Một Cửa</title>
<link rel="stylesheet" href="/console/assets/console.css">
</head>
<body>
<div id="app"><main><p>Đang tải…</p></main></div>
<script src="/console/assets/console.js" defer></script>
</body>
</html>
`;
