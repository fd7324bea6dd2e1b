import type { Procedure } from '../model/procedure.ts';
import { isConfidentDuration } from './parse-duration.ts';
import { NO_INFO } from './parse-methods.ts';
import { contradictsFree, isDurationFromProse, isFeeFromProse } from './value-sources.ts';

/**
 * How many procedures parsed with confidence, per field:
 * - methods: at least one method;
 * - durations: every method has a number in a known unit (a bare "1" is not confident);
 * - fees: every method has at least one fee with a VND amount (Miễn phí counts, amount 0);
 * - documents: at least one document; legalBasis: at least one basis with a code;
 * - steps, results: at least one.
 * The gaps say why durations and fees fall short when the source itself lacks the value.
 * fromText counts procedures with a value read from the record's own prose (a method's Mô tả or
 * the steps) where the cell lacked it; freeContradicted counts procedures whose "Miễn phí" cell is
 * contradicted by its own description (the amount is then null: not confident).
 *
 * `exact` counts, for durations and fees, the procedures whose every method cell is read to what
 * the portal's structured API holds for it (portal-api/ shows the pairs): a number in a known unit
 * or amount as above, a number the portal stores without a unit (its API: processingTimeUnit
 * OTHER; we keep the number with unit 'unspecified'), or the portal's placeholder "Không có thông
 * tin" (its API: time 0 OTHER, no fee rows; we keep the text, value null or no fee). What stays out
 * is what we are unsure of: a number the record's own prose contradicts, free text, an amount in
 * another currency, a "Miễn phí" its description contradicts, an amount too small to trust.
 */

export const COVERAGE_FIELDS = ['methods', 'durations', 'fees', 'documents', 'legalBasis', 'steps', 'results'] as const;
export type CoverageField = (typeof COVERAGE_FIELDS)[number];

export type CoverageReport = {
  total: number;
  fields: Record<CoverageField, { confident: number; percent: number }>;
  gaps: {
    /** A method whose duration is a bare number: the portal gives no unit. */
    durationWithoutUnit: number;
    /** A method whose duration cell says "Không có thông tin" or only free text. */
    durationNotStated: number;
    /** A method whose fee cell says "Không có thông tin". */
    feeNotStated: number;
    /** A method with fee text but no trusted VND amount (USD, implausible or glued amounts). */
    feeNotInVnd: number;
  };
  /** Procedures whose every method's cell is read exactly as the portal's typed API holds it. */
  exact: Record<'durations' | 'fees', { count: number; percent: number }>;
  fromText: { durations: number; fees: number };
  freeContradicted: number;
};

const EXACT = {
  durations: (p: Procedure) =>
    p.methods.length > 0 && p.methods.every((m) => m.duration.value !== null || m.duration.text === NO_INFO),
  fees: (p: Procedure) => p.methods.length > 0 && p.methods.every((m) => m.fees.length === 0 || m.fees.some((fee) => fee.amountVnd !== null)),
};

const CHECKS: Record<CoverageField, (procedure: Procedure) => boolean> = {
  methods: (p) => p.methods.length > 0,
  durations: (p) => p.methods.length > 0 && p.methods.every((m) => isConfidentDuration(m.duration)),
  fees: (p) => p.methods.length > 0 && p.methods.every((m) => m.fees.some((fee) => fee.amountVnd !== null)),
  documents: (p) => p.documentCases.some((entry) => entry.documents.length > 0),
  legalBasis: (p) => p.legalBasis.some((basis) => basis.code !== null),
  steps: (p) => p.steps.length > 0,
  results: (p) => p.results.length > 0,
};

export function createCoverage() {
  let total = 0;
  const confident = Object.fromEntries(COVERAGE_FIELDS.map((field) => [field, 0])) as Record<CoverageField, number>;
  const gaps = { durationWithoutUnit: 0, durationNotStated: 0, feeNotStated: 0, feeNotInVnd: 0 };
  const fromText = { durations: 0, fees: 0 };
  let freeContradicted = 0;
  const exact = { durations: 0, fees: 0 };
  return {
    add(procedure: Procedure): void {
      total++;
      if (EXACT.durations(procedure)) exact.durations++;
      if (EXACT.fees(procedure)) exact.fees++;
      for (const field of COVERAGE_FIELDS) if (CHECKS[field](procedure)) confident[field]++;
      const methods = procedure.methods;
      if (methods.some((m) => m.duration.value !== null && m.duration.unit === 'unspecified')) gaps.durationWithoutUnit++;
      if (methods.some((m) => m.duration.value === null)) gaps.durationNotStated++;
      if (methods.some((m) => m.fees.length === 0)) gaps.feeNotStated++;
      if (methods.some((m) => m.fees.length > 0 && m.fees.every((fee) => fee.amountVnd === null))) gaps.feeNotInVnd++;
      if (methods.some((m) => isDurationFromProse(m.duration))) fromText.durations++;
      if (methods.some((m) => m.fees.some(isFeeFromProse))) fromText.fees++;
      if (methods.some((m) => m.fees.some(contradictsFree))) freeContradicted++;
    },
    report(): CoverageReport {
      const fields = Object.fromEntries(
        COVERAGE_FIELDS.map((field) => [field, { confident: confident[field], percent: percent(confident[field], total) }]),
      ) as CoverageReport['fields'];
      const exactFigures = {
        durations: { count: exact.durations, percent: percent(exact.durations, total) },
        fees: { count: exact.fees, percent: percent(exact.fees, total) },
      };
      return { total, fields, gaps: { ...gaps }, exact: exactFigures, fromText: { ...fromText }, freeContradicted };
    },
  };
}

function percent(count: number, total: number): number {
  return total === 0 ? 0 : Math.round((count / total) * 1000) / 10;
}
