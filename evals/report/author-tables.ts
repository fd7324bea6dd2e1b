import type { AuthorSummary } from '../metrics/by-author.ts';
import type { CalibrationBin } from '../metrics/calibration.ts';
import { percent } from './format.ts';
import { groupAuthors } from './held-out.ts';
import type { ReportInput } from './report-input.ts';
import { REPORT } from './strings.ts';

/**
 * The tables both renderers draw for the decision metrics: reliability by confidence, and the
 * key figures per author, development authors and held-out authors in separate sections.
 * Cells are plain text; each renderer escapes them for its own format.
 */
export interface TextTable {
  head: string[];
  rows: string[][];
}

export interface ReportSection {
  title: string;
  note?: string;
  tables: { caption?: string; table: TextTable }[];
}

const AUTHOR_KEYS = ['top1', 'answered_right', 'wrong_answer_rate', 'abstain_rate', 'choices_hit', 'action'] as const;

export function calibrationTableText(bins: readonly CalibrationBin[]): TextTable {
  return {
    head: [REPORT.confidenceBin, REPORT.count, REPORT.right, REPORT.meanConfidence],
    rows: bins.map((b) => [`${b.from.toFixed(1)}–${b.to.toFixed(1)}`, String(b.n), percent(b.right), b.confidence === null ? REPORT.notMeasured : b.confidence.toFixed(2)]),
  };
}

function authorTable(entries: readonly [string, AuthorSummary | null][]): TextTable {
  return {
    head: [REPORT.author, REPORT.count, ...AUTHOR_KEYS],
    rows: entries.map(([author, a]) => (a ? [author, String(a.n), ...AUTHOR_KEYS.map((key) => percent(a[key]))] : [author, REPORT.noItems, ...AUTHOR_KEYS.map(() => '–')])),
  };
}

/** Calibration of all answers, then the development authors, then each held-out author on their own. */
export function decisionSections({ results, heldout }: ReportInput): ReportSection[] {
  const summary = results.summary;
  const groups = groupAuthors(summary, heldout);
  const sections: ReportSection[] = [];
  if (summary.calibration) sections.push({ title: REPORT.calibration, note: REPORT.calibrationNote, tables: [{ table: calibrationTableText(summary.calibration) }] });
  if (groups.development.length > 0) {
    sections.push({
      title: REPORT.byAuthor,
      tables: [{ table: authorTable(groups.development) }, ...groups.development.map(([author, a]) => ({ caption: `${REPORT.calibration} — ${author}`, table: calibrationTableText(a.calibration) }))],
    });
  }
  if (groups.heldout.length > 0) {
    const present = groups.heldout.flatMap(([author, a]) => (a ? [[author, a] as const] : []));
    sections.push({
      title: REPORT.heldOut,
      note: REPORT.heldOutNote,
      tables: [{ table: authorTable(groups.heldout) }, ...present.map(([author, a]) => ({ caption: `${REPORT.calibration} — ${author}`, table: calibrationTableText(a.calibration) }))],
    });
  }
  return sections;
}
