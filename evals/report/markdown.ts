import { ACTIONS } from '../metrics/scored-turn.ts';
import { decisionSections, type TextTable } from './author-tables.ts';
import { figure, percent, signedChange } from './format.ts';
import { describeExpectation, HEADLINE, headlineValue, type ReportInput } from './report-input.ts';
import { ACTION_LABELS, describeProblem, METRICS, REPORT } from './strings.ts';

/** The Markdown summary: the same content as the HTML report, without charts. */
export function renderMarkdown(input: ReportInput): string {
  const { results, failures, changes } = input;
  const s = results.summary;
  const lines: string[] = [
    `# ${REPORT.title}`,
    '',
    `${REPORT.dataset}: \`${results.dataset}\` · ${REPORT.corpus}: \`${results.corpus}\` · ${REPORT.createdAt}: ${results.createdAt}`,
    '',
    `## ${REPORT.headline}`,
    '',
    `| ${REPORT.metric} | | ${REPORT.value} |`,
    '|---|---|---:|',
    ...HEADLINE.map((key) => `| ${METRICS[key]} | \`${key}\` | ${figure(key, headlineValue(results, key))} |`),
    '',
  ];
  if (changes) {
    const regressions = changes.filter((c) => c.regression);
    lines.push(`## ${REPORT.baseline}`, '', regressions.length === 0 ? REPORT.noRegression : `**${REPORT.regressions}: ${regressions.map((c) => c.metric).join(', ')}**`, '');
    lines.push(`| ${REPORT.metric} | ${REPORT.before} | ${REPORT.after} | ${REPORT.change} | |`, '|---|---:|---:|---:|---|');
    for (const c of changes.filter((c) => c.delta !== 0 && (c.before !== null || c.after !== null))) {
      lines.push(`| \`${c.metric}\` | ${figure(c.metric, c.before)} | ${figure(c.metric, c.after)} | ${signedChange(c.metric, c.delta)} | ${c.regression ? '⚠ giảm' : c.improvement ? 'tốt hơn' : ''} |`);
    }
    lines.push('');
  }
  lines.push(`## ${REPORT.byTag}`, '', `| ${REPORT.tag} | ${REPORT.count} | top1 | facts | action |`, '|---|---:|---:|---:|---:|');
  for (const [tag, t] of Object.entries(s.by_tag)) lines.push(`| ${tag} | ${t.n} | ${percent(t.top1)} | ${percent(t.facts)} | ${percent(t.action)} |`);
  for (const section of decisionSections(input)) {
    lines.push('', `## ${section.title}`, '');
    if (section.note) lines.push(section.note, '');
    for (const { caption, table } of section.tables) lines.push(...(caption ? [`**${oneLine(caption)}**`, ''] : []), ...markdownTable(table), '');
  }
  lines.push('', `## ${REPORT.confusion}`, '', REPORT.confusionNote, '', `| | ${ACTIONS.map((a) => ACTION_LABELS[a]).join(' | ')} |`, `|---|${ACTIONS.map(() => '---:').join('|')}|`);
  for (const expected of ACTIONS) lines.push(`| ${ACTION_LABELS[expected]} | ${ACTIONS.map((actual) => s.confusion[expected][actual]).join(' | ')} |`);
  const peers = Object.entries(s.peers);
  if (peers.length > 0) {
    lines.push('', `## ${REPORT.peers}`, '', '| | top1 | recall5 | mrr |', '|---|---:|---:|---:|');
    lines.push(`| ${REPORT.system} | ${percent(s.top1)} | ${percent(s.recall5)} | ${figure('mrr', s.mrr)} |`);
    for (const [name, p] of peers) lines.push(`| ${name} | ${percent(p.top1)} | ${percent(p.recall5)} | ${figure('mrr', p.mrr)} |`);
  }
  lines.push('', `## ${REPORT.failures}`, '');
  for (const f of failures) {
    lines.push(`- **${f.turn.caseId}** (dòng ${f.turn.line}, lượt ${f.turn.turnIndex + 1}) — ${REPORT.question}: “${oneLine(f.turn.question)}”`);
    lines.push(`  - ${REPORT.expected}: ${describeExpectation(f, results.procedureNames)}`);
    lines.push(`  - ${REPORT.said} [${f.turn.reply.kind}]: “${oneLine(f.turn.reply.text, 300)}”`);
    lines.push(`  - ${REPORT.problems}: ${f.problems.map(describeProblem).join(' · ')}`);
  }
  if (results.errors.length > 0) {
    lines.push('', `## ${REPORT.invalidLines}`, '', ...results.errors.map((e) => `- dòng ${e.line}: ${e.message}`));
  }
  return `${lines.join('\n')}\n`;
}

function markdownTable({ head, rows }: TextTable): string[] {
  const row = (cells: readonly string[]) => `| ${cells.map((c) => oneLine(c)).join(' | ')} |`;
  return [row(head), `|---|${head.slice(1).map(() => '---:').join('|')}|`, ...rows.map(row)];
}

function oneLine(text: string, max = 200): string {
  const flat = text.replace(/\s+/g, ' ').replace(/\|/g, '\\|').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
