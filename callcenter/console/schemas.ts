import type { Request } from 'express';
import { z } from 'zod';
import { AppError } from '../../platform/http/errors.ts';
import { unknownVariables } from '../canned-replies/canned-variables.ts';
import { DISPOSITIONS } from '../queue/finish-item.ts';
import { PRESENCES } from '../staff/roles.ts';

/** Staff text: no NUL, no control characters but line breaks and tabs, no lone surrogates. */
// eslint-disable-next-line no-control-regex -- refusing control characters is the point
const CLEAN = /^[^\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uD800-\uDFFF]*$/u;
const staffText = (max: number) =>
  z
    .string()
    .transform((s) => s.normalize('NFC').trim())
    .pipe(z.string().min(1).max(max).regex(CLEAN, 'Nội dung chứa ký tự không hợp lệ.'));

// The email is looked up in PostgreSQL, which refuses a NUL in text: refused here as invalid, not a 500.
export const LoginBody = z.object({ email: z.string().trim().max(200).regex(CLEAN, 'Email chứa ký tự không hợp lệ.'), password: z.string().min(1).max(200) }).strict();
export const PresenceBody = z.object({ presence: z.enum(PRESENCES) }).strict();
export const ReplyBody = z.object({ text: staffText(4000) }).strict();
export const NoteBody = z.object({ text: staffText(4000) }).strict();
export const RevealBody = z.object({ reason: staffText(300) }).strict();
export const TransferBody = z
  .object({ teamId: z.uuid().optional(), agentId: z.uuid().optional(), note: staffText(1000) })
  .strict()
  .refine((b) => Boolean(b.teamId) !== Boolean(b.agentId), 'Chọn một nhóm hoặc một cán bộ.');
export const BranchHoursBody = z
  .object({
    hours: z.string().regex(/^\d{2}:\d{2}-\d{2}:\d{2}$/, 'Giờ làm việc có dạng 07:30-17:00.').nullable(),
    alwaysOpen: z.boolean(),
  })
  .strict();
const DAY_MS = 86_400_000;
export const ExportBody = z
  .object({
    kind: z.enum(['conversations', 'daily_report']),
    from: z.iso.date().optional(),
    to: z.iso.date().optional(),
    reason: staffText(300),
  })
  .strict()
  .refine((b) => !b.from || !b.to || (b.from <= b.to && Date.parse(b.to) - Date.parse(b.from) <= 92 * DAY_MS), 'Khoảng ngày phải từ "from" đến "to", tối đa 92 ngày.')
  .refine((b) => b.kind === 'conversations' || !b.to || b.to === b.from, 'Báo cáo ngày chỉ xuất một ngày.');
export const EmptyBody = z.object({}).strict();
export const AssignBody = z.object({ agentId: z.uuid() }).strict();
export const WrapUpBody = z.object({ disposition: z.enum(DISPOSITIONS), note: z.string().max(2000).regex(CLEAN).default('') }).strict();
export const HandoffIdParam = z.uuid();
export const CannedReplyBody = z
  .object({
    teamId: z.uuid(),
    title: staffText(120),
    shortcut: z.string().trim().toLowerCase().regex(/^[a-z0-9_-]{1,30}$/, 'Phím tắt chỉ gồm chữ không dấu, số, "-" hoặc "_" (tối đa 30 ký tự).'),
    body: staffText(4000).refine((b) => unknownVariables(b).length === 0, { message: 'Mẫu dùng biến không có: chỉ dùng {ten_cong_dan}, {ten_can_bo}, {thu_tuc}, {ngay}.' }),
  })
  .strict();
export const ReportQuery = z.object({ date: z.iso.date().optional() }).strict();
export const AssistQuery = z.object({ q: staffText(300) }).strict();
export const AuditQuery = z.object({ before: z.coerce.number().int().positive().optional(), limit: z.coerce.number().int().min(1).max(500).optional() }).strict();

/** Validates a request part; failures are one 422 problem listing the fields. */
export function parse<T extends z.ZodType>(schema: T, value: unknown): z.infer<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const errors = result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
  throw new AppError('validation_failed', 'Dữ liệu gửi lên chưa đúng.', { errors });
}

/** A write must be JSON (even an empty object). */
export function body<T extends z.ZodType>(req: Request, schema: T): z.infer<T> {
  const hasBody = Number(req.get('content-length') ?? 0) > 0 || req.get('transfer-encoding') !== undefined;
  if (hasBody && !req.is('application/json')) throw new AppError('unsupported_media_type', 'Nội dung phải ở dạng JSON.');
  return parse(schema, req.body ?? {});
}

export function handoffId(req: Request): string {
  const result = HandoffIdParam.safeParse(req.params.id);
  if (!result.success) throw new AppError('not_found', 'Không tìm thấy cuộc trò chuyện.');
  return result.data;
}
