import { ProcedureSchema, type Level, type Procedure } from '../model/procedure.ts';
import { cleanBlock, cleanLine, nullIfEmpty, nullIfEmptyBlock } from './clean-text.ts';
import { describeZodError } from './describe-zod-error.ts';
import { fillDurations } from './fill-durations.ts';
import type { MapResult } from './map-flattened-record.ts';
import { mapPortalMethod, portalMethodsText } from './map-portal-methods.ts';
import { levelsText } from './parse-levels.ts';
import { parseSteps } from './parse-steps.ts';
import { PortalRecordSchema, type PortalRecord } from './portal-record.ts';

/** The portal's detail API record → Procedure, field by field (see portal-record.ts). */

const PORTAL_PAGE = 'https://dichvucong.gov.vn/thu-tuc-hanh-chinh/';

export function mapPortalRecord(input: unknown, popularity: ReadonlyMap<string, number> = new Map()): MapResult {
  const parsed = PortalRecordSchema.safeParse(input);
  if (!parsed.success) return { ok: false, code: null, reason: `not a portal API record: ${describeZodError(parsed.error)}` };
  const record = parsed.data;
  const code = nullIfEmpty(record.code);
  const name = nullIfEmpty(record.name);
  if (code === null) return { ok: false, code: null, reason: 'missing procedure code (code)' };
  if (name === null) return { ok: false, code, reason: 'missing procedure name (name)' };

  const levels = portalLevels(record);
  const stepsText = cleanBlock(record.executionSteps.map((step) => [step.name, step.description].filter(Boolean).join('\n')).join('\n'));
  const methods = fillDurations(
    record.executionMethods.map(mapPortalMethod).filter((method) => method !== null),
    stepsText,
  );
  const documentCases = record.executionCases.map((entry) => ({
    case: nullIfEmpty(entry.name),
    documents: entry.profileComponents
      .map((component) => ({
        name: cleanLine(component.name ?? ''),
        originals: component.originalQty ?? null,
        copies: component.copyQty ?? null,
        quantityText: quantityText(component.originalQty ?? null, component.copyQty ?? null),
        forms: component.attachments.map((file) => cleanLine(file?.fileName ?? '')).filter((file) => file.length > 0),
      }))
      .filter((document) => document.name.length > 0),
  }));
  const results = record.resultsDetails
    .map((result) => ({ name: cleanLine(result.name ?? ''), code: nullIfEmpty(result.code) }))
    .filter((result) => result.name.length > 0);
  const candidate: Procedure = {
    code,
    name,
    levels,
    levelsText: levelsText(levels),
    field: joinNames(record.categoriesDetails),
    agency: nullIfEmpty(record.executingAgencies) ?? joinNames(record.departmentsExecuting),
    authority: joinNames(record.departmentsAuthority),
    address: nullIfEmpty(record.dossierReceivingAddresses),
    applicants: joinNames(record.subjectTypesDetails),
    methods,
    methodsText: portalMethodsText(methods),
    documentCases,
    documentsText: documentCases
      .flatMap((entry) => [entry.case ?? '', ...entry.documents.map((document) => `${document.name} ${document.quantityText}`.trim())])
      .filter(Boolean)
      .join('\n'),
    steps: parseSteps(stepsText),
    stepsText,
    conditions: nullIfEmptyBlock(record.requirementsAndConditions),
    results,
    resultsText: results.map((result) => (result.code ? `${result.name} (Mã: ${result.code})` : result.name)).join('\n'),
    legalBasis: record.legalBasisesDetails
      .map((basis) => ({ code: nullIfEmpty(basis.code), title: cleanLine(basis.name ?? '') }))
      .filter((basis) => basis.title.length > 0),
    sourceUrl: record.id ? PORTAL_PAGE + record.id : null,
    decisionNumber: nullIfEmpty(record.procedureProposal?.proposalNumber) ?? nullIfEmpty(record.decisionNo),
    updatedAt: typeof record.updatedAt === 'number' ? new Date(record.updatedAt).toISOString() : null,
    popularity: popularity.get(code) ?? 0,
  };
  const checked = ProcedureSchema.safeParse(candidate);
  if (!checked.success) return { ok: false, code, reason: `invalid procedure: ${describeZodError(checked.error)}` };
  return { ok: true, procedure: checked.data };
}

function portalLevels(record: PortalRecord): Level[] {
  const flags: Array<[Level, boolean | null | undefined]> = [
    ['bộ', record.isMinistry],
    ['tỉnh', record.isProvince],
    ['xã', record.isWard],
    ['other', record.isOtherAgency],
  ];
  return flags.filter(([, on]) => on === true).map(([level]) => level);
}

function joinNames(items: ReadonlyArray<{ name?: string | null }>): string | null {
  const names = items.map((item) => cleanLine(item.name ?? '')).filter((name) => name.length > 0);
  return names.length > 0 ? names.join(', ') : null;
}

/** The portal prints "1 bản chính" and adds ",1 bản sao" when there are copies. */
function quantityText(originals: number | null, copies: number | null): string {
  if (originals === null && copies === null) return '';
  const base = `${originals ?? 0} bản chính`;
  return copies ? `${base},${copies} bản sao` : base;
}
