import type { Request, Response, Router } from 'express';
import { eq } from 'drizzle-orm';
import { AppError } from '../../../platform/http/errors.ts';
import { resolveLink, type LinkKind } from '../citizen-links.ts';
import type { FormsDeps } from '../deps.ts';
import { PROFILE_LABELS } from '../prefill-strings.ts';
import { deleteProfile, readProfile } from '../profile-store.ts';
import { formFiles } from '../tables.ts';
import { citizenPage, deleteButton, paragraph, profileList } from './citizen-page.ts';

const EXPIRED = 'Liên kết này đã hết hạn. Bạn nhắn "điền giúp tờ khai" trong khung trò chuyện để tạo lại tờ khai.';
const UNKNOWN = 'Liên kết này không đúng hoặc thông tin đã được xoá.';

const wantsPage = (req: Request) => (req.get('accept') ?? '').includes('text/html');

/** Resolves a link, answering 410 for an expired one and 404 for anything else: a polite page for browsers, problem+json otherwise. */
async function open(deps: FormsDeps, kind: LinkKind, req: Request, res: Response): Promise<{ identity: string; fileId: string | null } | null> {
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('Referrer-Policy', 'no-referrer');
  const link = await resolveLink(deps.db, kind, String(req.params.token ?? ''), deps.now());
  if (link.state === 'valid') return link;
  const [status, detail] = link.state === 'expired' ? [410, EXPIRED] : [404, UNKNOWN];
  if (wantsPage(req)) {
    res.status(status).type('html').send(citizenPage(status === 410 ? 'Liên kết đã hết hạn' : 'Không tìm thấy', paragraph(detail)));
    return null;
  }
  throw new AppError('not_found', detail, { status });
}

/** Public routes behind the citizen's links: the PDF, and the profile (see it, delete it). */
export function mountFormRoutes(router: Router, deps: FormsDeps): void {
  router.get('/files/:token', async (req, res) => {
    const link = await open(deps, 'form_pdf', req, res);
    if (!link) return;
    const [file] = await deps.db.select({ pdf: formFiles.pdf, formId: formFiles.formId }).from(formFiles).where(eq(formFiles.id, link.fileId ?? ''));
    if (!file) throw new AppError('not_found', UNKNOWN);
    const template = deps.forms.find((f) => f.id === file.formId)?.template ?? file.formId;
    res.setHeader('Content-Disposition', `attachment; filename="to-khai-${template.toLowerCase().replace(/[^a-z0-9]+/g, '-')}.pdf"`);
    res.type('application/pdf').send(Buffer.from(file.pdf));
  });

  router.get('/profile/:token', async (req, res) => {
    const link = await open(deps, 'profile', req, res);
    if (!link) return;
    const profile = (await readProfile(deps.db, link.identity)) ?? {};
    if (!wantsPage(req)) {
      res.json({ profile });
      return;
    }
    const entries = Object.entries(profile).map(([k, v]): [string, string] => [PROFILE_LABELS[k] ?? k, v]);
    res.type('html').send(citizenPage('Thông tin bạn đã lưu', profileList(entries) + (entries.length ? deleteButton(`/forms/profile/${String(req.params.token)}/delete`) : '')));
  });

  const remove = async (req: Request, res: Response) => {
    const link = await open(deps, 'profile', req, res);
    if (!link) return;
    await deleteProfile(deps.db, link.identity);
    if (wantsPage(req)) res.type('html').send(citizenPage('Đã xoá thông tin', paragraph('Chúng tôi đã xoá toàn bộ thông tin đã lưu và các tờ khai đã tạo cho bạn.')));
    else res.status(204).end();
  };
  router.delete('/profile/:token', remove);
  router.post('/profile/:token/delete', remove);
}
