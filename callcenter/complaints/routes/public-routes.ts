import express, { Router, type Request } from 'express';
import { z } from 'zod';
import { AppError } from '../../../platform/http/errors.ts';
import { maskPersonalData } from '../../../platform/logging/redact.ts';
import type { ComplaintDeps, ProcedureFieldLookup } from '../deps.ts';
import { fileComplaint, TO_CAO_GUIDANCE } from '../file-complaint.ts';
import { findByCode } from '../find-by-code.ts';
import { trackingUrl } from '../notify-citizen.ts';
import { publicView } from '../read-tickets.ts';
import { rateComplaint, RatingInput } from '../rate-complaint.ts';
import { WithdrawInput, withdrawComplaint } from '../withdraw-complaint.ts';
import { formPage, guidancePage, type FormValues } from './form-page.ts';
import type { SpamGuard } from './spam-guard.ts';
import { lookupForm, trackPage } from './track-page.ts';
import { page } from './html.ts';

type Deps = ComplaintDeps & { procedureField: ProcedureFieldLookup; guard: SpamGuard };

const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
const CodeParam = z.string().regex(/^[A-Za-z0-9-]{3,60}$/);
const ApiFiling = z
  .object({
    clientId: z.string().optional(),
    type: z.string(),
    content: z.string(),
    place: z.string().optional(),
    procedureCode: z.string().optional(),
    citizen: z.object({ name: z.string(), phone: z.string().optional(), email: z.string().optional(), address: z.string().optional() }).strict(),
    consent: z.boolean(),
    attachments: z.array(z.unknown()).optional(),
    formToken: z.string().optional(),
    website: z.string().optional(),
  })
  .strict();

function parse<T extends z.ZodType>(schema: T, value: unknown): z.infer<T> {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  throw new AppError('validation_failed', 'Dữ liệu gửi lên chưa đúng.', { errors: r.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })) });
}

/** Browsers get the page again with the errors; other clients (and the fuzz suite) a problem+json. */
const wantsHtml = (req: Request) => (req.get('accept') ?? '').includes('text/html');

function requireJson(req: Request): void {
  if (!req.is('application/json')) throw new AppError('unsupported_media_type', 'Nội dung phải ở dạng JSON.');
}

/** The citizen side: the no-JS form and tracking pages under /phan-anh, and the JSON API under /api/v1/complaints. */
export function publicComplaintRoutes(deps: Deps): Router {
  const router = Router();
  const form = express.urlencoded({ extended: false, limit: '20kb', parameterLimit: 30 });
  const html = (res: express.Response, status: number, body: string) => {
    res.status(status).setHeader('Cache-Control', 'no-store');
    res.type('html').send(body);
  };

  router.get('/phan-anh', (_req, res) => html(res, 200, formPage(deps.guard.token(), { clientId: crypto.randomUUID() })));
  router.post('/phan-anh', form, async (req, res) => {
    const b = (req.body ?? {}) as Record<string, unknown>;
    const values: FormValues = Object.fromEntries(['type', 'content', 'place', 'name', 'phone', 'email', 'address', 'clientId'].map((k) => [k, str(b[k])?.slice(0, 6000) ?? '']));
    try {
      deps.guard.check(b.formToken, b.website);
      deps.guard.hit(req.ip ?? 'unknown');
      if (values.type === 'to_cao') return html(res, 200, guidancePage(TO_CAO_GUIDANCE));
      const { ticket } = await fileComplaint(
        deps,
        {
          clientId: values.clientId?.replace(/[^A-Za-z0-9_-]/g, '') || undefined,
          channel: 'web_form',
          type: (values.type || 'phan_anh') as 'phan_anh',
          content: values.content ?? '',
          place: values.place || undefined,
          citizen: { name: values.name ?? '', phone: values.phone || undefined, email: values.email || undefined, address: values.address || undefined },
          consent: (b.consent === 'yes') as true,
        },
        { id: null, name: 'Biểu mẫu trực tuyến' },
      );
      res.redirect(303, `${trackingUrl({ publicUrl: '' }, ticket)}&moi=1`);
    } catch (error) {
      if (!(error instanceof AppError) || !wantsHtml(req)) throw error;
      const errors = (error.extra.errors as { path: string; message: string }[] | undefined) ?? [{ path: '', message: error.detail }];
      if (error.extra.retryAfterSeconds) res.setHeader('Retry-After', String(error.extra.retryAfterSeconds));
      // What the citizen typed comes back so they need not retype it, with ID and phone numbers masked.
      const echoed = Object.fromEntries(Object.entries(values).map(([k, v]) => [k, k === 'clientId' ? v : maskPersonalData(v ?? '')]));
      html(res, error.status, formPage(deps.guard.token(), echoed, errors.length ? errors : [{ path: '', message: error.detail }]));
    }
  });

  router.get('/phan-anh/tra-cuu', async (req, res) => {
    const code = str(req.query.ma)?.slice(0, 60) ?? '';
    const lookup = str(req.query.khoa)?.slice(0, 12) ?? '';
    if (!code || !lookup) return html(res, 200, page('Tra cứu phiếu phản ánh', lookupForm(maskPersonalData(code), maskPersonalData(lookup))));
    try {
      const t = await findByCode(deps, code, lookup);
      const notice = req.query.moi ? `Đã gửi thành công. Bạn ghi lại mã phiếu ${t.code} và mã tra cứu ${t.lookupCode} để theo dõi.` : req.query.danhgia ? 'Cảm ơn bạn đã đánh giá.' : '';
      html(res, 200, trackPage(await publicView(deps, t), t.lookupCode, notice));
    } catch (error) {
      if (!(error instanceof AppError) || error.code !== 'not_found' || !wantsHtml(req)) throw error;
      html(res, 404, page('Tra cứu phiếu phản ánh', lookupForm(maskPersonalData(code), maskPersonalData(lookup), error.detail)));
    }
  });

  router.post('/phan-anh/danh-gia', form, async (req, res) => {
    const b = (req.body ?? {}) as Record<string, unknown>;
    const input = { code: str(b.code) ?? '', lookupCode: str(b.lookupCode) ?? '', rating: str(b.rating) ?? '', comment: str(b.comment) || undefined };
    deps.guard.hit(`rate:${req.ip ?? 'unknown'}`);
    const t = await rateComplaint(deps, parse(RatingInput, input));
    res.redirect(303, `${trackingUrl({ publicUrl: '' }, t)}&danhgia=1`);
  });

  // JSON API
  router.get('/api/v1/complaints/form-token', (_req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    res.json({ formToken: deps.guard.token() });
  });
  router.post('/api/v1/complaints', async (req, res) => {
    requireJson(req);
    const b = parse(ApiFiling, req.body);
    deps.guard.check(req.get('x-form-token') ?? b.formToken, b.website);
    deps.guard.hit(req.ip ?? 'unknown');
    const { formToken: _t, website: _w, ...filing } = b;
    const { ticket, created } = await fileComplaint(deps, { ...filing, channel: 'web_form' } as Parameters<typeof fileComplaint>[1], { id: null, name: 'API công khai' });
    res.status(created ? 201 : 200).json({ code: ticket.code, lookupCode: ticket.lookupCode, status: ticket.status, dueAt: ticket.dueAt?.toISOString() ?? null, trackingUrl: trackingUrl(deps, ticket) });
  });
  router.get('/api/v1/complaints/:code', async (req, res) => {
    const code = parse(CodeParam, req.params.code);
    const lookup = parse(z.object({ lookupCode: z.string().min(1).max(12) }).strict(), req.query).lookupCode;
    res.setHeader('Cache-Control', 'no-store');
    res.json(await publicView(deps, await findByCode(deps, code, lookup)));
  });
  router.post('/api/v1/complaints/:code/rating', async (req, res) => {
    requireJson(req);
    deps.guard.hit(`rate:${req.ip ?? 'unknown'}`);
    const input = parse(RatingInput, { ...(req.body as object), code: parse(CodeParam, req.params.code) });
    res.json(await publicView(deps, await rateComplaint(deps, input)));
  });
  router.post('/api/v1/complaints/:code/withdraw', async (req, res) => {
    requireJson(req);
    deps.guard.hit(`rate:${req.ip ?? 'unknown'}`);
    const input = parse(WithdrawInput, { ...(req.body as object), code: parse(CodeParam, req.params.code) });
    res.json(await publicView(deps, await withdrawComplaint(deps, input)));
  });
  return router;
}
