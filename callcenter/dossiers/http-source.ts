import { timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { AppError } from '../../platform/http/errors.ts';
import type { DossierRecord, DossierStatusSource } from './dossier-status-source.ts';
import { DOSSIER_STATUSES } from './tables.ts';

/**
 * How a provincial one-stop system's answer maps to a dossier: dotted paths to its fields, and
 * its status values to ours. Field names differ between provinces, so all of it is configuration
 * (DOSSIER_HTTP_MAPPING); the default follows the names common in public DVC code [unverified].
 */
export const HttpMappingSchema = z.object({
  record: z.string().default(''),
  code: z.string().default('MaHoSo'),
  procedureName: z.string().default('TenThuTuc'),
  status: z.string().default('TrangThai'),
  receivedOn: z.string().default('NgayTiepNhan'),
  dueOn: z.string().default('NgayHenTra'),
  newDueOn: z.string().default('NgayHenTraMoi'),
  lateReason: z.string().default('LyDoTreHan'),
  note: z.string().default('NoiDungBoSung'),
  phone: z.string().default('SoDienThoai'),
  statuses: z.record(z.string(), z.enum(DOSSIER_STATUSES)).default({
    '1': 'received', '2': 'processing', '3': 'needs_supplement', '4': 'ready', '5': 'returned', '6': 'rejected',
  }),
});
export type HttpMapping = z.infer<typeof HttpMappingSchema>;

export interface HttpSourceOptions {
  /** With `{code}` where the dossier code goes, e.g. https://dvc.example.gov.vn/api/hoso/{code}. */
  url: string;
  token?: string | undefined;
  mapping: HttpMapping;
  timeoutMs: number;
  fetch?: typeof fetch;
}

const at = (value: unknown, path: string): unknown => (path ? path.split('.').reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), value) : value);
const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() ? value.trim() : typeof value === 'number' ? String(value) : null);

/** 2026-11-20, 2026-11-20T08:00:00+07:00 or 20/11/2026 → 2026-11-20. */
export function isoDate(value: unknown): string | null {
  const s = text(value);
  if (!s) return null;
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const vn = /^(\d{1,2})\/(\d{1,2})\/(\d{4})/.exec(s);
  return vn ? `${vn[3]}-${vn[2]!.padStart(2, '0')}-${vn[1]!.padStart(2, '0')}` : null;
}

/** Reads one dossier from the provincial system; an answer it cannot map counts as not found. */
export function createHttpDossierSource(options: HttpSourceOptions): DossierStatusSource {
  const doFetch = options.fetch ?? fetch;
  const m = options.mapping;
  return {
    name: 'http',
    async lookup(code, phoneLast4) {
      let response: Response;
      try {
        response = await doFetch(options.url.replace('{code}', encodeURIComponent(code)), {
          headers: { accept: 'application/json', ...(options.token ? { authorization: `Bearer ${options.token}` } : {}) },
          signal: AbortSignal.timeout(options.timeoutMs),
          redirect: 'error',
        });
      } catch {
        throw new AppError('unavailable', 'Hệ thống một cửa của tỉnh chưa trả lời.');
      }
      if (response.status === 404) return null;
      if (!response.ok) throw new AppError('unavailable', `Hệ thống một cửa của tỉnh trả lời ${response.status}.`);
      const body: unknown = await response.json().catch(() => null);
      const record = at(body, m.record);
      const phone = (text(at(record, m.phone)) ?? '').replace(/\D/g, '').slice(-4);
      if (phone.length !== 4 || !timingSafeEqual(Buffer.from(phone), Buffer.from(phoneLast4.padEnd(4).slice(0, 4)))) return null;
      const status = m.statuses[text(at(record, m.status)) ?? ''];
      const receivedOn = isoDate(at(record, m.receivedOn));
      const dueOn = isoDate(at(record, m.dueOn));
      if (!status || !receivedOn || !dueOn || text(at(record, m.code))?.toUpperCase() !== code) return null;
      const result: DossierRecord = {
        code,
        procedureName: text(at(record, m.procedureName)) ?? '',
        status,
        receivedOn,
        dueOn,
        newDueOn: isoDate(at(record, m.newDueOn)),
        lateReason: text(at(record, m.lateReason)),
        note: text(at(record, m.note)),
      };
      return result;
    },
  };
}
