import { DossierInput } from './update-dossier.ts';

const COLUMNS: Record<string, keyof DossierInput> = {
  code: 'code', ma_ho_so: 'code',
  procedure_code: 'procedureCode', ma_thu_tuc: 'procedureCode',
  procedure_name: 'procedureName', ten_thu_tuc: 'procedureName',
  phone: 'phone', so_dien_thoai: 'phone',
  status: 'status', trang_thai: 'status',
  received_on: 'receivedOn', ngay_tiep_nhan: 'receivedOn',
  due_on: 'dueOn', ngay_hen_tra: 'dueOn',
  new_due_on: 'newDueOn', ngay_hen_moi: 'newDueOn',
  late_reason: 'lateReason', ly_do_tre_han: 'lateReason',
  note: 'note', ghi_chu: 'note',
};

/** One CSV record per line, with quoted fields ("a, b" and "" for a quote). */
function records(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i]!;
    if (quoted) {
      if (c === '"' && csv[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') endField();
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && csv[i + 1] === '\n') i++;
      endField();
      rows.push(row);
      row = [];
    } else field += c;
  }
  if (field !== '' || row.length) {
    endField();
    rows.push(row);
  }
  return rows.filter((r) => r.some((f) => f.trim() !== ''));
}

/** The dossiers of a CSV export (English or Vietnamese headers); each bad line is reported with its number, none is half-imported. */
export function parseDossierCsv(csv: string): { rows: DossierInput[]; errors: { line: number; message: string }[] } {
  const [header, ...lines] = records(csv.replace(/^\uFEFF/, ''));
  if (!header) return { rows: [], errors: [{ line: 1, message: 'Tệp trống.' }] };
  const keys = header.map((h) => COLUMNS[h.trim().toLowerCase()]);
  const rows: DossierInput[] = [];
  const errors: { line: number; message: string }[] = [];
  lines.forEach((fields, i) => {
    const raw: Record<string, string | null> = {};
    keys.forEach((k, j) => k && (raw[k] = fields[j]?.trim() ? fields[j]!.trim() : null));
    const parsed = DossierInput.safeParse(raw);
    if (parsed.success) rows.push(parsed.data);
    else errors.push({ line: i + 2, message: parsed.error.issues.map((e) => `${e.path.join('.')}: ${e.message}`).join('; ') });
  });
  return { rows, errors };
}
