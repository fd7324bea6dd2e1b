import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readFlattenedExport, type Procedure } from '../../knowledge/index.ts';
import { createWorkingCalendar } from '../calendar/index.ts';
import type { Aspect } from '../reply.ts';
import { composeAnswer } from './compose-answer.ts';
import { formatDuration, formatVnd } from './format.ts';
import { numbersIn, recordNumbers, recordValues } from './numbers.fixture.ts';
import { T } from './strings.ts';

/**
 * Over the whole national corpus (../shared/data/tthc, 2,642 procedures), every aspect, normal and
 * plain-language mode: the short answer (a) states no number the record does not hold, and (b)
 * still states every fee and duration figure of the full answer, or says where to read the rest
 * ("xem chi tiết" in chat, the portal link in SMS). Skipped with a note when the data is absent.
 */
// Shared data lives beside the repository, never inside it (see ../shared/data/tthc/README.md).
const FLATTENED_EXPORT = fileURLToPath(new URL('../../../shared/data/tthc/procedures.jsonl.gz', import.meta.url));
const HAVE_SHARED_DATA = existsSync(FLATTENED_EXPORT);
const MISSING_DATA_NOTE = `${FLATTENED_EXPORT} not found (CI has it)`;
const ASPECTS: Aspect[] = ['documents', 'fee', 'duration', 'where', 'steps', 'conditions', 'forms', 'result', 'overview'];
const calendar = createWorkingCalendar();
const today = new Date('2026-11-20T03:00:00Z');

/** "7.000 đồng", "3 ngày làm việc", "06 tháng": the figures a citizen plans with. */
const FIGURE = /(\d+(?:[.,]\d+)*)\s*(đồng|nghìn|triệu|ngày làm việc|ngày|giờ|tháng|năm|tuần)(?!\p{L})/giu;

/** Figures of a text; "03 (ba) ngày" is "03 ngày": a number spelled out in brackets is the same figure. */
function figures(text: string): Set<string> {
  const out = new Set<string>();
  const plain = text.replace(/\s+/g, ' ').replace(/\s*\([^()\d]{1,25}\)/g, '');
  for (const m of plain.matchAll(FIGURE)) {
    const value = [...numbersIn(m[1] ?? '')].join('.');
    out.add(`${value} ${(m[2] ?? '').toLowerCase()}`);
  }
  return out;
}

async function corpus(): Promise<Procedure[]> {
  const out: Procedure[] = [];
  for await (const item of readFlattenedExport(FLATTENED_EXPORT)) if (item.ok) out.push(item.procedure);
  return out;
}

function compose(procedure: Procedure, aspect: Aspect, elderly: boolean, detail: boolean) {
  const ctx = { procedure, caseLabel: null, method: null, compares: false, wantsExpectedDate: false, caseNotInRecord: false, notes: [], elderly, detail, today, calendar };
  return composeAnswer(ctx, [aspect]);
}

const title = HAVE_SHARED_DATA ? 'shortening over the whole corpus keeps every number' : `shortening over the whole corpus — SKIPPED: ${MISSING_DATA_NOTE}`;

describe.skipIf(!HAVE_SHARED_DATA)(title, () => {
  it('never adds, changes or silently drops a number, for every procedure and every aspect', { timeout: 600_000 }, async () => {
    const procedures = await corpus();
    expect(procedures.length).toBeGreaterThan(2600);
    const invented: string[] = [];
    const dropped: string[] = [];
    let answers = 0;
    for (const procedure of procedures) {
      const known = recordNumbers(procedure);
      // The record's parsed amounts and durations are its figures too ("20.000đ" is "20.000 đồng").
      const parsed = procedure.methods.flatMap((m) => [...m.fees.map((f) => (f.amountVnd ? formatVnd(f.amountVnd) : '')), formatDuration(m.duration)]);
      const recordFigures = figures([...recordValues(procedure), ...parsed].join(' \n '));
      for (const aspect of ASPECTS) {
        for (const elderly of [false, true]) {
          const short = compose(procedure, aspect, elderly, false);
          const full = compose(procedure, aspect, elderly, true);
          answers += 1;
          const where = `${procedure.code} ${aspect}${elderly ? ' (elderly)' : ''}`;
          for (const [channel, text] of [['text', short.text], ['speech', short.speech], ['sms', short.sms.text]] as const) {
            const extra = [...numbersIn(text)].filter((n) => !known.has(n));
            if (extra.length > 0) invented.push(`${where} ${channel}: ${extra.join(', ')}`);
          }
          const offersMore = short.text.includes(T.moreDetail);
          const missing = [...figures(full.text)].filter((f) => !figures(short.text).has(f));
          if (missing.length > 0 && !offersMore) dropped.push(`${where}: ${missing.join(', ')}`);
          // A figure is never changed: "10 ngày làm việc" cut to "10 ngày" would be a new figure.
          const stated = new Set([...figures(full.text), ...recordFigures]);
          for (const [channel, text] of [['text', short.text], ['sms', short.sms.text.replace(/https?:\/\/\S+/g, '')]] as const) {
            const changed = [...figures(text)].filter((f) => !stated.has(f));
            if (changed.length > 0) invented.push(`${where} ${channel} figure: ${changed.join(', ')}`);
          }
          if (short.sms.text.length > 0 && short.sms.text.endsWith('…') && procedure.sourceUrl) dropped.push(`${where}: SMS cut without the portal link`);
        }
      }
    }
    expect(answers).toBe(procedures.length * ASPECTS.length * 2);
    expect(invented.slice(0, 20)).toEqual([]);
    expect(dropped.slice(0, 20)).toEqual([]);
  });
});
