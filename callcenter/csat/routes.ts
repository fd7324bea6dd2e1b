import express, { Router } from 'express';
import { z } from 'zod';
import { AppError } from '../../platform/http/errors.ts';
import { esc, page } from '../complaints/routes/html.ts';
import { answerSurvey, LEVEL_LABEL, surveyByToken, type CsatDeps } from './survey.ts';
import { CSAT_LEVELS } from './tables.ts';

const Token = z.string().regex(/^[A-Za-z0-9_-]{16,40}$/);
const Answer = z.object({ level: z.enum(CSAT_LEVELS), comment: z.string().max(1000).optional() });
const token = (v: unknown) => {
  const r = Token.safeParse(v);
  if (!r.success) throw new AppError('not_found', 'Không tìm thấy phiếu khảo sát.');
  return r.data;
};

/** The survey page (/danh-gia/:token): three levels, an optional comment; works without JavaScript. Skipping is not answering. */
export function csatRoutes(deps: CsatDeps): Router {
  const router = Router();
  router.get('/danh-gia/:token', async (req, res) => {
    const survey = await surveyByToken(deps, token(req.params.token));
    const body =
      survey.status === 'answered'
        ? `<p class="ok">Bạn đã đánh giá: ${esc(LEVEL_LABEL[survey.level!])}. Cảm ơn bạn!</p>`
        : `<form method="post"><fieldset><legend>Bạn có hài lòng với sự hỗ trợ không?</legend>
${CSAT_LEVELS.map((l, i) => `<label class="check"><input type="radio" name="level" value="${l}"${i === 0 ? ' required' : ''}>${LEVEL_LABEL[l]}</label>`).join('')}
</fieldset><label for="comment">Góp ý thêm (không bắt buộc)</label><textarea id="comment" name="comment" maxlength="1000"></textarea>
<button type="submit">Gửi đánh giá</button></form><p><a href="/">Bỏ qua</a></p>`;
    res.setHeader('Cache-Control', 'no-store');
    res.type('html').send(page('Đánh giá mức độ hài lòng', body));
  });
  router.post('/danh-gia/:token', express.urlencoded({ extended: false, limit: '8kb', parameterLimit: 5 }), async (req, res) => {
    const t = token(req.params.token);
    const r = Answer.safeParse(req.body ?? {});
    if (!r.success) throw new AppError('validation_failed', 'Vui lòng chọn một mức đánh giá.');
    await answerSurvey(deps, t, r.data.level, r.data.comment?.trim() || null);
    res.redirect(303, `/danh-gia/${t}`);
  });
  return router;
}
