import { ACTIONS } from '../metrics/scored-turn.ts';
import { decisionSections, type ReportSection, type TextTable } from './author-tables.ts';
import { chartData } from './chart-data.ts';
import { CHART_SCRIPT } from './chart-script.ts';
import { figure, signedChange } from './format.ts';
import { describeExpectation, HEADLINE, headlineValue, type ReportInput } from './report-input.ts';
import { REPORT_CSS } from './report-css.ts';
import { ACTION_LABELS, describeProblem, METRICS, REPORT } from './strings.ts';

/**
 * A self-contained HTML report: Chart.js and the data are inlined, so the file opens offline,
 * from an artifact download or an e-mail attachment, with no CDN.
 */
export function renderHtml(input: ReportInput, chartJs: string): string {
  const { results } = input;
  const data = { ...chartData(results), latencyLabel: REPORT.turns };
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(REPORT.title)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<main>
<h1>${escape(REPORT.title)}</h1>
<p class="meta">${escape(REPORT.dataset)}: <code>${escape(results.dataset)}</code> · ${escape(REPORT.corpus)}: <code>${escape(results.corpus)}</code> · ${escape(REPORT.createdAt)}: ${escape(results.createdAt)}</p>
<h2>${escape(REPORT.headline)}</h2>
<div class="cards">${HEADLINE.map((key) => card(key, headlineValue(results, key))).join('')}</div>
${input.changes ? baselineSection(input) : ''}
<h2>${escape(REPORT.byTag)}</h2>
<div class="chart"><canvas id="chart-by-tag" role="img" aria-label="${escape(REPORT.byTag)}"></canvas></div>
${decisionSections(input).map(sectionHtml).join('\n')}
<h2>${escape(REPORT.confusion)}</h2>
<p>${escape(REPORT.confusionNote)}</p>
${confusionTable(input)}
<h2>${escape(REPORT.latency)}</h2>
<div class="chart"><canvas id="chart-latency" role="img" aria-label="${escape(REPORT.latency)}"></canvas></div>
${Object.keys(results.summary.peers).length > 0 ? `<h2>${escape(REPORT.peers)}</h2>\n<div class="chart"><canvas id="chart-peers" role="img" aria-label="${escape(REPORT.peers)}"></canvas></div>` : ''}
<h2>${escape(REPORT.failures)}</h2>
${failuresTable(input)}
${results.errors.length > 0 ? `<h2>${escape(REPORT.invalidLines)}</h2><ul>${results.errors.map((e) => `<li>dòng ${e.line}: ${escape(e.message)}</li>`).join('')}</ul>` : ''}
</main>
<script type="application/json" id="chart-data">${jsonForScript(data)}</script>
<script>${chartJs.replace(/<\/script/gi, '<\\/script')}</script>
<script>${CHART_SCRIPT}</script>
</body>
</html>
`;
}

function card(key: string, value: number | null): string {
  return `<div class="card"><div class="value">${escape(figure(key, value))}</div><div class="label">${escape(METRICS[key] ?? key)}</div><code>${escape(key)}</code></div>`;
}

function baselineSection({ changes }: ReportInput): string {
  const all = changes ?? [];
  const regressions = all.filter((c) => c.regression);
  const rows = all
    .filter((c) => c.delta !== 0 && (c.before !== null || c.after !== null))
    .map((c) => `<tr class="${c.regression ? 'worse' : c.improvement ? 'better' : ''}"><td><code>${escape(c.metric)}</code></td><td>${escape(figure(c.metric, c.before))}</td><td>${escape(figure(c.metric, c.after))}</td><td>${escape(signedChange(c.metric, c.delta))}</td></tr>`)
    .join('');
  const headline = regressions.length === 0 ? `<p class="ok">${escape(REPORT.noRegression)}</p>` : `<p class="alert">${escape(REPORT.regressions)}: ${regressions.map((c) => `<code>${escape(c.metric)}</code>`).join(', ')}</p>`;
  return `<h2>${escape(REPORT.baseline)}</h2>${headline}<table><thead><tr><th>${escape(REPORT.metric)}</th><th>${escape(REPORT.before)}</th><th>${escape(REPORT.after)}</th><th>${escape(REPORT.change)}</th></tr></thead><tbody>${rows}</tbody></table>`;
}

function sectionHtml(section: ReportSection): string {
  const tables = section.tables.map(({ caption, table }) => htmlTable(table, caption)).join('');
  return `<h2>${escape(section.title)}</h2>${section.note ? `<p>${escape(section.note)}</p>` : ''}${tables}`;
}

function htmlTable({ head, rows }: TextTable, caption?: string): string {
  const body = rows.map((cells) => `<tr>${cells.map((c, i) => (i === 0 ? `<th scope="row">${escape(c)}</th>` : `<td>${escape(c)}</td>`)).join('')}</tr>`).join('');
  return `<table class="figures">${caption ? `<caption>${escape(caption)}</caption>` : ''}<thead><tr>${head.map((h) => `<th scope="col">${escape(h)}</th>`).join('')}</tr></thead><tbody>${body}</tbody></table>`;
}

function confusionTable({ results }: ReportInput): string {
  const matrix = results.summary.confusion;
  const max = Math.max(1, ...ACTIONS.flatMap((e) => ACTIONS.map((a) => matrix[e][a])));
  const head = `<tr><th></th>${ACTIONS.map((a) => `<th>${escape(ACTION_LABELS[a] ?? a)}</th>`).join('')}</tr>`;
  const rows = ACTIONS.map((expected) => {
    const cells = ACTIONS.map((actual) => {
      const count = matrix[expected][actual];
      const hue = expected === actual ? '46, 139, 87' : '192, 57, 43';
      return `<td style="background: rgba(${hue}, ${(count / max) * 0.6})">${count}</td>`;
    });
    return `<tr><th>${escape(ACTION_LABELS[expected] ?? expected)}</th>${cells.join('')}</tr>`;
  });
  return `<table class="confusion" id="confusion"><thead>${head}</thead><tbody>${rows.join('')}</tbody></table>`;
}

function failuresTable({ results, failures }: ReportInput): string {
  const rows = failures.map(
    (f) => `<tr><td><strong>${escape(f.turn.caseId)}</strong><br><small>dòng ${f.turn.line}, lượt ${f.turn.turnIndex + 1}</small></td><td>${escape(f.turn.question)}</td><td>${escape(describeExpectation(f, results.procedureNames))}</td><td><em>[${escape(f.turn.reply.kind)}]</em> ${escape(shorten(f.turn.reply.text, 600))}</td><td>${f.problems.map((p) => `<div>${escape(describeProblem(p))}</div>`).join('')}</td></tr>`,
  );
  return `<table class="failures"><thead><tr><th></th><th>${escape(REPORT.question)}</th><th>${escape(REPORT.expected)}</th><th>${escape(REPORT.said)}</th><th>${escape(REPORT.problems)}</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

/** Long answers are cut: the failure is usually visible in the first lines. */
function shorten(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** JSON inside a script element: "<" is escaped so that no "</script>" in the data ends it early. */
function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
