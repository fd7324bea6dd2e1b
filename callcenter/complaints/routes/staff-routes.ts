import { eq } from 'drizzle-orm';
import type { Request, Response, Router } from 'express';
import { z } from 'zod';
import type { AuditLog } from '../../../platform/audit/index.ts';
import { AppError } from '../../../platform/http/errors.ts';
import type { StaffUser } from '../../staff/roles.ts';
import { requireTicketAccess } from '../access.ts';
import { assignComplaint, AssignInput } from '../assign-complaint.ts';
import { AnswerInput, answerComplaint, startComplaint } from '../answer-complaint.ts';
import { changeDeadline, DeadlineInput } from '../change-deadline.ts';
import { classifyComplaint, ClassifyInput } from '../classify-complaint.ts';
import { confirmDraft } from '../confirm-draft.ts';
import type { ComplaintDeps, ProcedureFieldLookup } from '../deps.ts';
import { conversationForFiling, FromConversation } from '../conversation-filing.ts';
import { fileComplaint } from '../file-complaint.ts';
import { notifyCitizen } from '../notify-citizen.ts';
import { listTickets, staffView } from '../read-tickets.ts';
import { ReturnInput, returnComplaint } from '../return-complaint.ts';
import { RejectInput, rejectComplaint } from '../withdraw-complaint.ts';
import { complaintAgencies, complaints } from '../tables.ts';
import { mountReportRoutes } from './report-routes.ts';

type Deps = ComplaintDeps & { procedureField: ProcedureFieldLookup; audit: AuditLog; userOf: (res: Response) => StaffUser };

function parse<T extends z.ZodType>(schema: T, value: unknown): z.infer<T> {
  const r = schema.safeParse(value ?? {});
  if (r.success) return r.data;
  throw new AppError('validation_failed', r.error.issues[0]?.message ?? 'Dữ liệu gửi lên chưa đúng.', { errors: r.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })) });
}
const ticketId = (req: Request) => {
  const r = z.uuid().safeParse(req.params.id);
  if (!r.success) throw new AppError('not_found', 'Không tìm thấy phiếu phản ánh.');
  return r.data;
};
const ListQuery = z.object({ view: z.enum(['open', 'due_today', 'overdue', 'drafts', 'all']).default('open') }).strict();
const RevealInput = z.object({ reason: z.string().trim().min(3).max(300) }).strict();
/** Without a phone, email or address the answer goes to the attached conversation (as the citizen is told). */
const BY_CONVERSATION = 'Trả lời qua cuộc trò chuyện đính kèm';

/** The staff side, mounted on the console's signed-in API: lists, the ticket, every workflow action, reports. */
export function mountStaffComplaintRoutes(api: Router, deps: Deps): void {
  const load = async (req: Request, res: Response) => {
    const user = deps.userOf(res);
    const [row] = await deps.db.select().from(complaints).where(eq(complaints.id, ticketId(req)));
    if (!row) throw new AppError('not_found', 'Không tìm thấy phiếu phản ánh.');
    requireTicketAccess(user, row);
    return { user, row };
  };
  const send = async (res: Response, row: typeof complaints.$inferSelect) => {
    res.setHeader('Cache-Control', 'no-store');
    res.json({ ticket: await staffView(deps, row) });
  };

  api.get('/complaints', async (req, res) => {
    const user = deps.userOf(res);
    if (user.role === 'agent') throw new AppError('forbidden', 'Tài khoản của bạn không có quyền xem danh sách phản ánh.');
    res.setHeader('Cache-Control', 'no-store');
    res.json({ tickets: await listTickets(deps, user, parse(ListQuery, req.query)) });
  });
  api.get('/complaints/agencies', async (_req, res) => {
    res.json({ agencies: await deps.db.select({ id: complaintAgencies.id, name: complaintAgencies.name, fields: complaintAgencies.fields }).from(complaintAgencies).where(eq(complaintAgencies.active, true)) });
  });
  // The wrap-up's "tạo phản ánh": an agent files a ticket from the conversation or call they handled.
  api.post('/complaints', async (req, res) => {
    const user = deps.userOf(res);
    if (user.role === 'agency_officer') throw new AppError('forbidden', 'Tài khoản của bạn không có quyền tạo phiếu.');
    const b = parse(FromConversation, req.body);
    const { channel, branch } = await conversationForFiling(deps, user, b.conversationId);
    const contact = [b.citizen.phone, b.citizen.email, b.citizen.address].some((v) => v?.trim()) ? {} : { address: BY_CONVERSATION };
    const { ticket, created } = await fileComplaint(deps, { ...b, citizen: { ...b.citizen, ...contact }, channel, branch }, { id: user.id, name: user.displayName });
    // The citizen gets the code and the tracking link (with its lookup code) in the conversation.
    if (created) await notifyCitizen(deps, ticket, null);
    res.status(created ? 201 : 200).json({ ticket: { id: ticket.id, code: ticket.code, lookupCode: ticket.lookupCode, status: ticket.status } });
  });
  mountReportRoutes(api, deps);
  api.get('/complaints/:id', async (req, res) => {
    const { row } = await load(req, res);
    await send(res, row);
  });
  api.post('/complaints/:id/reveal', async (req, res) => {
    const { user, row } = await load(req, res);
    const { reason } = parse(RevealInput, req.body);
    await deps.audit.record({ actorId: user.id, actorEmail: user.email, action: 'complaint.reveal', subject: row.code, reason });
    res.setHeader('Cache-Control', 'no-store');
    res.json({ ticket: await staffView(deps, row, true) });
  });
  const act = (path: string, run: (id: string, user: StaffUser, body: unknown) => Promise<typeof complaints.$inferSelect>) =>
    api.post(`/complaints/:id/${path}`, async (req, res) => {
      const { user, row } = await load(req, res);
      await send(res, await run(row.id, user, req.body));
    });
  act('classify', (id, user, b) => classifyComplaint(deps, id, user, parse(ClassifyInput, b)));
  act('assign', (id, user, b) => assignComplaint(deps, id, user, parse(AssignInput, b)));
  act('start', (id, user) => startComplaint(deps, id, user));
  act('answer', (id, user, b) => answerComplaint(deps, id, user, parse(AnswerInput, b)));
  act('return', (id, user, b) => returnComplaint(deps, id, user, parse(ReturnInput, b)));
  act('deadline', (id, user, b) => changeDeadline(deps, id, user, parse(DeadlineInput, b)));
  act('reject', (id, user, b) => rejectComplaint(deps, id, user, parse(RejectInput, b)));
  act('confirm', (id, user) => confirmDraft(deps, id, user));
}
