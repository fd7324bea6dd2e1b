import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { AppError } from '../../platform/http/errors.ts';
import { dueAt, remindAt } from './deadlines.ts';
import type { Actor, ComplaintDeps, ProcedureFieldLookup, Ticket } from './deps.ts';
import { issueCode, lookupCode } from './issue-code.ts';
import { proposeRouting } from './propose-routing.ts';
import { complaintAgencies, complaintEvents, complaints, COMPLAINT_TYPES } from './tables.ts';

// eslint-disable-next-line no-control-regex -- refusing control characters is the point
const CLEAN = /^[^\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uD800-\uDFFF]*$/u;
const text = (max: number) => z.string().transform((s) => s.normalize('NFC').trim()).pipe(z.string().max(max).regex(CLEAN, 'Nội dung chứa ký tự không hợp lệ.'));
const optional = (max: number) => text(max).optional().transform((s) => (s ? s : null));

export const AttachmentInput = z
  .object({ name: text(200).pipe(z.string().min(1)), contentType: z.string().max(100), size: z.number().int().min(1), ref: z.url().max(2000) })
  .strict();

export const FileComplaintInput = z
  .object({
    clientId: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/).optional(),
    channel: z.enum(['web', 'web_form', 'zalo', 'sms', 'voice', 'agents', 'console', 'phone', 'csat']),
    type: z.enum(COMPLAINT_TYPES),
    content: text(5000).pipe(z.string().min(10, 'Nội dung cần ít nhất 10 ký tự.')),
    place: optional(300),
    procedureCode: z.string().regex(/^[\d.]{3,20}$/).optional().nullable(),
    conversationId: z.uuid().optional().nullable(),
    citizen: z
      .object({ name: text(120).pipe(z.string().min(2, 'Vui lòng cho biết họ tên.')), phone: optional(20), email: optional(200), address: optional(300) })
      .strict()
      .refine((c) => Boolean(c.phone ?? c.email ?? c.address), 'Cần số điện thoại, email hoặc địa chỉ để cơ quan trả lời.'),
    consent: z.literal(true, 'Cần đồng ý xử lý dữ liệu cá nhân để gửi phản ánh.'),
    attachments: z.array(AttachmentInput).max(20).default([]),
    branch: z.string().max(120).optional().nullable(),
  })
  .strict();
export type FileComplaintInput = z.input<typeof FileComplaintInput>;

/** Tố cáo are not handled in this workflow: the citizen is told where to go (Law on Denunciation 2018). */
export const TO_CAO_GUIDANCE =
  'Tố cáo hành vi vi phạm pháp luật của cán bộ, công chức được giải quyết theo Luật Tố cáo, không qua hệ thống phản ánh, kiến nghị này. ' +
  'Bạn vui lòng gửi đơn tố cáo có ký tên trực tiếp đến Ban Tiếp công dân tỉnh hoặc Thanh tra tỉnh, hoặc đến người đứng đầu cơ quan quản lý người bị tố cáo.';

export interface FiledComplaint {
  ticket: Ticket;
  created: boolean;
}

/**
 * The one intake use case of every channel: checks the input, gives a code at once, proposes the
 * field and agency, starts the classification deadline. The same client id files one ticket.
 */
export async function fileComplaint(
  deps: ComplaintDeps & { procedureField: ProcedureFieldLookup },
  input: FileComplaintInput,
  actor: Actor,
  options: { draft?: boolean } = {},
): Promise<FiledComplaint> {
  const parsed = FileComplaintInput.safeParse(input);
  if (!parsed.success) {
    const errors = parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
    throw new AppError('validation_failed', errors[0]?.message ?? 'Dữ liệu gửi lên chưa đúng.', { errors });
  }
  const c = parsed.data;
  if (c.type === 'to_cao') throw new AppError('validation_failed', TO_CAO_GUIDANCE, { errors: [{ path: 'type', message: TO_CAO_GUIDANCE }] });
  const { attachments: limits } = deps.policy;
  if (c.attachments.length > limits.maxCount) throw new AppError('validation_failed', `Tối đa ${limits.maxCount} tệp đính kèm.`);
  for (const a of c.attachments) {
    if (!limits.types.includes(a.contentType)) throw new AppError('unsupported_media_type', `Không nhận tệp loại ${a.contentType}.`);
    if (a.size > limits.maxBytes) throw new AppError('payload_too_large', `Tệp ${a.name} vượt quá ${Math.round(limits.maxBytes / 1048576)} MB.`);
  }
  if (c.clientId) {
    const [existing] = await deps.db.select().from(complaints).where(eq(complaints.clientId, c.clientId));
    if (existing) return { ticket: existing, created: false };
  }
  const field = c.procedureCode ? await deps.procedureField(c.procedureCode) : null;
  const agencies = await deps.db.select().from(complaintAgencies).where(eq(complaintAgencies.active, true));
  const proposal = proposeRouting(`${c.content} ${c.place ?? ''}`, c.procedureCode ? { field } : null, agencies);
  const now = deps.now();
  const rule = deps.policy.deadlines[c.type].classify;
  const draft = options.draft ?? false;
  const inserted = await deps.db.transaction(async (tx) => {
    const code = await issueCode(tx, deps.policy.codeFormat, now);
    const [row] = await tx
      .insert(complaints)
      .values({
        code,
        lookupCode: lookupCode(deps.policy.lookupLength),
        clientId: c.clientId ?? null,
        channel: c.channel,
        type: c.type,
        status: draft ? 'draft' : 'received',
        content: c.content,
        place: c.place,
        procedureCode: c.procedureCode ?? null,
        conversationId: c.conversationId ?? null,
        citizenName: c.citizen.name,
        citizenPhone: c.citizen.phone,
        citizenEmail: c.citizen.email,
        citizenAddress: c.citizen.address,
        consentAt: now,
        field: proposal.field,
        proposal,
        branch: c.branch ?? null,
        stage: draft ? 'none' : 'classify',
        stageStartedAt: now,
        dueAt: draft ? null : dueAt(deps.calendar, now, rule),
        remindAt: draft ? null : remindAt(deps.calendar, now, rule, deps.policy.remindAt),
        attachments: c.attachments,
        createdAt: now,
        updatedAt: now,
      })
      .onConflictDoNothing({ target: complaints.clientId })
      .returning();
    if (!row) return null;
    await tx.insert(complaintEvents).values({
      complaintId: row.id, at: now, actorId: actor.id, actorName: actor.name, action: draft ? 'file_draft' : 'file', toStatus: row.status, dueAt: row.dueAt, public: !draft,
      note: draft ? 'Tạo từ đánh giá "Không hài lòng", chờ giám sát duyệt.' : `Tiếp nhận qua kênh ${c.channel}.`,
    });
    return row;
  });
  if (!inserted) {
    const [existing] = await deps.db.select().from(complaints).where(eq(complaints.clientId, c.clientId!));
    return { ticket: existing!, created: false };
  }
  deps.bus.emit('complaint.changed', { id: inserted.id, code: inserted.code, status: inserted.status, agencyId: null, branch: inserted.branch });
  return { ticket: inserted, created: true };
}

