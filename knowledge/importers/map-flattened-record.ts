import { z } from 'zod';
import { ProcedureSchema, type Procedure } from '../model/procedure.ts';
import { cleanBlock, cleanLine, cleanRaw, nullIfEmpty, nullIfEmptyBlock } from './clean-text.ts';
import { DOCUMENTS_HEADER, parseDocumentCases } from './parse-documents.ts';
import { parseLegalBasis } from './parse-legal-basis.ts';
import { parseLevels } from './parse-levels.ts';
import { parseMethods, stripHeader } from './parse-methods.ts';
import { parseResults, resultsText } from './parse-results.ts';
import { parseSteps } from './parse-steps.ts';
import { repairSections } from './repair-sections.ts';
import { describeZodError } from './describe-zod-error.ts';
import { fillDurations } from './fill-durations.ts';

/** One line of procedures.jsonl.gz (every field a string; unknown fields are ignored). */
export const FlattenedRecordSchema = z.object({
  ma_thu_tuc: z.string().optional(),
  ten_thu_tuc: z.string().optional(),
  detail_url: z.string().optional(),
  so_quyet_dinh: z.string().optional(),
  cap_thuc_hien: z.string().optional(),
  linh_vuc: z.string().optional(),
  doi_tuong_thuc_hien: z.string().optional(),
  co_quan_co_tham_quyen: z.string().optional(),
  co_quan_thuc_hien: z.string().optional(),
  dia_chi_tiep_nhan: z.string().optional(),
  trinh_tu_thuc_hien: z.string().optional(),
  cach_thuc_thuc_hien: z.string().optional(),
  thanh_phan_ho_so: z.string().optional(),
  can_cu_phap_ly: z.string().optional(),
  yeu_cau_dieu_kien: z.string().optional(),
  ket_qua_xu_ly: z.string().optional(),
  raw_text: z.string().optional(),
});
export type FlattenedRecord = z.infer<typeof FlattenedRecordSchema>;

export type MapResult = { ok: true; procedure: Procedure } | { ok: false; code: string | null; reason: string };

export function mapFlattenedRecord(input: unknown, popularity: ReadonlyMap<string, number> = new Map()): MapResult {
  const parsed = FlattenedRecordSchema.safeParse(input);
  if (!parsed.success) return { ok: false, code: null, reason: `not a procedure record: ${describeZodError(parsed.error)}` };
  const record = parsed.data;
  const code = nullIfEmpty(record.ma_thu_tuc);
  const name = nullIfEmpty(record.ten_thu_tuc);
  if (code === null) return { ok: false, code: null, reason: 'missing procedure code (ma_thu_tuc)' };
  if (name === null) return { ok: false, code, reason: 'missing procedure name (ten_thu_tuc)' };

  const sections = repairSections(record.trinh_tu_thuc_hien ?? '', record.thanh_phan_ho_so ?? '', record.raw_text ?? '');
  const methodsField = record.cach_thuc_thuc_hien ?? '';
  const levelsField = record.cap_thuc_hien ?? '';
  const stepsText = cleanBlock(sections.steps);
  const candidate: Procedure = {
    code,
    name,
    levels: parseLevels(levelsField),
    levelsText: cleanLine(levelsField),
    field: nullIfEmpty(record.linh_vuc),
    agency: nullIfEmpty(record.co_quan_thuc_hien),
    authority: nullIfEmpty(record.co_quan_co_tham_quyen),
    address: nullIfEmpty(record.dia_chi_tiep_nhan),
    applicants: nullIfEmpty(record.doi_tuong_thuc_hien),
    methods: fillDurations(parseMethods(methodsField), stepsText),
    methodsText: cleanLine(stripHeader(cleanRaw(methodsField))),
    documentCases: parseDocumentCases(sections.documents),
    documentsText: documentsText(sections.documents),
    steps: parseSteps(sections.steps),
    stepsText,
    conditions: nullIfEmptyBlock(record.yeu_cau_dieu_kien),
    results: parseResults(record.ket_qua_xu_ly ?? ''),
    resultsText: resultsText(record.ket_qua_xu_ly ?? ''),
    legalBasis: parseLegalBasis(record.can_cu_phap_ly ?? ''),
    sourceUrl: nullIfEmpty(record.detail_url),
    decisionNumber: nullIfEmpty(record.so_quyet_dinh),
    updatedAt: null,
    popularity: popularity.get(code) ?? 0,
  };
  const checked = ProcedureSchema.safeParse(candidate);
  if (!checked.success) return { ok: false, code, reason: `invalid procedure: ${describeZodError(checked.error)}` };
  return { ok: true, procedure: checked.data };
}

/** The documents field as readable text: table headers become line breaks, "--" labels go. */
function documentsText(field: string): string {
  return cleanBlock(cleanRaw(field).split(DOCUMENTS_HEADER).join('\n'))
    .split('\n')
    .filter((line) => !/^-+$/.test(line))
    .join('\n');
}
