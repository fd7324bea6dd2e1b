import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { repoRoot } from './browser.ts';

/**
 * A government portal at its worst, on another origin: global CSS that unsets everything and
 * shrinks all text, Chart.js drawing on the page, and a home-made "framework" that defines an
 * AMD loader, extends built-in prototypes and keeps re-rendering its own part of the DOM.
 */
const hostileCss = `
* { all: unset; font-size: 2px !important; }
html, body { display: block !important; }
div, button, section, textarea { color: #f0f !important; background: #0f0 !important; line-height: 0 !important; }
#chart-box { display: block; width: 300px; height: 150px; }
canvas { display: block; }
`;

const framework = `
window.define = function () { throw new Error('AMD define called by a bundle that should be isolated'); };
window.define.amd = {};
Object.defineProperty(Array.prototype, 'shuffle', { value: function () { return this; }, enumerable: true, configurable: true });
window.h = function () { return 'host h'; };
window.t = 'host t';
var app = document.getElementById('app');
var ticks = 0;
setInterval(function () { ticks++; app.innerHTML = '<p>Cổng thông tin điện tử — lần vẽ ' + ticks + '</p>'; }, 100);
new window.Chart(document.getElementById('chart'), { type: 'bar', data: { labels: ['Hồ sơ', 'Đúng hạn'], datasets: [{ label: 'Hồ sơ', data: [12, 19] }] }, options: { animation: false } });
`;

export async function serveHostilePortal(widgetOrigin: string): Promise<{ url: string; close(): Promise<void> }> {
  const chartJs = await readFile(path.join(repoRoot, 'node_modules/chart.js/dist/chart.umd.min.js'));
  const page = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Cổng thông tin</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/hostile.css">
<script src="/chart.umd.min.js"></script>
</head><body><h1>Cổng thông tin điện tử tỉnh</h1><div id="app"></div><div id="chart-box"><canvas id="chart"></canvas></div>
<script src="/framework.js"></script>
<script src="${widgetOrigin}/assets/widget.js" defer></script>
</body></html>`;
  const files: Record<string, [string, string | Buffer]> = {
    '/': ['text/html; charset=utf-8', page],
    '/hostile.css': ['text/css', hostileCss],
    '/framework.js': ['text/javascript', framework],
    '/chart.umd.min.js': ['text/javascript', chartJs],
  };
  const server: Server = createServer((req, res) => {
    const file = files[req.url ?? '/'];
    if (!file) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, {
      'Content-Type': file[0],
      // The portal allows the widget's origin for scripts and API calls, nothing inline.
      'Content-Security-Policy': `default-src 'self'; script-src 'self' ${widgetOrigin}; connect-src 'self' ${widgetOrigin}; style-src 'self'; img-src 'self' data:`,
    });
    res.end(file[1]);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    // "localhost" rather than 127.0.0.1: a different origin from the widget's server.
    url: `http://localhost:${port}/`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
