import { describe, expect, it } from 'vitest';
import type { SubmissionMethod } from '../../knowledge/index.ts';
import { createWorkingCalendar } from '../calendar/index.ts';
import type { Aspect } from '../reply.ts';
import { sampleProcedures } from '../sample-records.fixture.ts';
import { composeAnswer } from './compose-answer.ts';
import { numbersIn, recordNumbers } from './numbers.fixture.ts';

/**
 * Property over every sample record, every aspect, both modes and every method: an answer never
 * states a number (amount, duration, count, code) that the record does not hold.
 */
const ASPECTS: Aspect[] = ['documents', 'fee', 'duration', 'where', 'steps', 'conditions', 'forms', 'result', 'overview'];
const calendar = createWorkingCalendar();
const today = new Date('2026-11-20T03:00:00Z');

function ungrounded(text: string, known: Set<string>): string[] {
  return [...numbersIn(text)].filter((n) => !known.has(n));
}

describe('grounding: every number in every answer comes from the record', () => {
  const procedures = sampleProcedures();

  it('covers the whole sample corpus', () => {
    expect(procedures.length).toBeGreaterThanOrEqual(40);
  });

  for (const procedure of procedures) {
    it(`${procedure.code} ${procedure.name.slice(0, 50)}`, () => {
      const known = recordNumbers(procedure);
      const methods: (SubmissionMethod | null)[] = [null, 'online', 'in_person', 'post'];
      for (const aspect of ASPECTS) {
        for (const elderly of [false, true]) {
          for (const method of methods) {
            const reply = composeAnswer(
              {
                procedure,
                caseLabel: null,
                method,
                compares: method !== null,
                wantsExpectedDate: false,
                caseNotInRecord: false,
                notes: [],
                elderly,
                today,
                calendar,
              },
              [aspect],
            );
            const where = `${aspect}/${elderly ? 'elderly' : 'normal'}/${method ?? 'all'}`;
            expect(ungrounded(reply.text, known), `${where} text`).toEqual([]);
            expect(ungrounded(reply.speech, known), `${where} speech`).toEqual([]);
            expect(ungrounded(reply.sms.text, known), `${where} sms`).toEqual([]);
          }
        }
      }
    });
  }

  it('allows only the computed dates beyond the record when the expected date is asked', () => {
    for (const procedure of procedures) {
      const reply = composeAnswer(
        { procedure, caseLabel: null, method: null, compares: false, wantsExpectedDate: true, caseNotInRecord: false, notes: [], elderly: false, today, calendar },
        ['result'],
      );
      const dates = reply.sections.expectedDate ? numbersIn(`${reply.sections.expectedDate.submittedOn.replaceAll('-', ' ')} ${reply.sections.expectedDate.resultOn.replaceAll('-', ' ')}`) : new Set<string>();
      const known = new Set([...recordNumbers(procedure), ...dates]);
      expect(ungrounded(reply.text, known), procedure.code).toEqual([]);
    }
  });
});
