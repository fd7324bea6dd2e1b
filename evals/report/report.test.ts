import { describe, expect, it } from 'vitest';
import { diffSummaries } from './baseline-diff.ts';
import { readChartJs } from './chart-library.ts';
import { renderHtml } from './html.ts';
import { renderMarkdown } from './markdown.ts';
import { reportInput } from './report-input.ts';
import { resultsFixture } from './results.fixture.ts';

describe('report rendering', () => {
  const results = resultsFixture();
  const worse = { ...results.summary, top1: 0 };
  const input = reportInput(results, diffSummaries(results.summary, worse));

  it('writes a self-contained HTML page with Chart.js inlined and no external resources', async () => {
    const chartJs = await readChartJs();
    const html = renderHtml(input, chartJs);
    expect(chartJs.length).toBeGreaterThan(100_000);
    expect(html).toContain(chartJs.slice(0, 200));
    expect(html).not.toMatch(/<(script|link|img)[^>]+(src|href)=/i);
    for (const id of ['chart-by-tag', 'chart-latency', 'chart-peers', 'confusion']) expect(html).toContain(`id="${id}"`);
  });

  it('escapes what the assistant said, so a reply cannot break the page', () => {
    const html = renderHtml(input, '/* chart */');
    expect(html).toContain('Cần &lt;b&gt;tờ khai&lt;/b&gt; &lt;/script&gt;');
    expect(html.match(/<\/script>/g)).toHaveLength(3);
  });

  it('summarises the same run in Markdown, failures and regressions included', () => {
    const markdown = renderMarkdown(input);
    expect(markdown).toContain('| Tìm đúng thủ tục ngay ở vị trí đầu | `top1` | 50.0 % |');
    expect(markdown).toContain('Chỉ số bị giảm: top1');
    expect(markdown).toContain('Đăng ký tạm trú (1.004194)');
    expect(markdown).toContain('| Chuyển cán bộ | 1 | 0 | 0 | 0 |');
    expect(markdown).toContain('| minisearch | 50.0 % | 100.0 % | 0.750 |');
    expect(markdown).toContain('dòng 5: not valid JSON');
  });
});
