import { describe, expect, it } from 'vitest';
import { diffSummaries } from './baseline-diff.ts';
import { readChartJs } from './chart-library.ts';
import { renderHtml } from './html.ts';
import { renderMarkdown } from './markdown.ts';
import { reportInput } from './report-input.ts';
import { resultsFixture } from './results.fixture.ts';
import { REPORT } from './strings.ts';

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

  it('gives the decision metrics, the calibration table and the figures per author', () => {
    const markdown = renderMarkdown(input);
    expect(markdown).toContain('| Câu trả lời dẫn sai thủ tục (càng thấp càng tốt) | `wrong_answer_rate` | 66.7 % |');
    expect(markdown).toContain('| Trả lời đúng thủ tục khi cần trả lời | `answered_right` | 50.0 % |');
    expect(markdown).toContain('| Khi hỏi lại, các lựa chọn có thủ tục đúng | `choices_hit` | không đo |');
    // Answers: fee and docs at 0.9 (one right), human at 0.3 (wrong).
    expect(markdown).toContain('| 0.2–0.4 | 1 | 0.0 % | 0.30 |');
    expect(markdown).toContain('| 0.8–1.0 | 2 | 50.0 % | 0.90 |');
    expect(markdown).toContain('| lan | 2 | 50.0 % | 50.0 % | 50.0 % | 0.0 % | không đo | 100.0 % |');
    expect(markdown).not.toContain(REPORT.heldOut);
  });

  it('shows held-out authors in their own labelled section, never among the development authors', () => {
    const held = reportInput(results, null, ['minh', 'absent']);
    const markdown = renderMarkdown(held);
    const [development = '', heldOut = ''] = markdown.split(`## ${REPORT.heldOut}`);
    expect(development).toContain('| lan | 2 |');
    expect(development).not.toContain('| minh |');
    expect(heldOut).toContain('| minh | 2 | không đo | không đo | 100.0 % | 0.0 % | không đo | 50.0 % |');
    expect(heldOut).toContain(`| absent | ${REPORT.noItems} | – |`);
    expect(heldOut).toContain(`**${REPORT.calibration} — minh**`);
    const html = renderHtml(held, '/* chart */');
    expect(html).toContain(`<h2>${REPORT.heldOut}</h2>`);
    expect(html).toContain('<th scope="row">minh</th>');
    // Labelling changes no figure.
    expect(held.results.summary).toEqual(input.results.summary);
  });
});
