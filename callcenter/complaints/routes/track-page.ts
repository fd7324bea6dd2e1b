import { formatDateVi } from '../../../assistant/index.ts';
import type { publicView } from '../read-tickets.ts';
import { ACTION_LABEL } from '../workflow.ts';
import { esc, page } from './html.ts';

type View = Awaited<ReturnType<typeof publicView>>;

const time = (iso: string) => {
  const d = new Date(iso);
  const hm = new Date(d.getTime() + 7 * 3_600_000).toISOString().slice(11, 16);
  return `${hm}, ${formatDateVi(d)}`;
};

export function lookupForm(code = '', lookup = '', error = ''): string {
  return `${error ? `<p class="error" role="alert">${esc(error)}</p>` : ''}
<form method="get" action="/phan-anh/tra-cuu">
<label for="ma">Mã phiếu</label><input id="ma" name="ma" value="${esc(code)}" placeholder="PAKN-20270204-0001" autocomplete="off" required>
<label for="khoa">Mã tra cứu</label><input id="khoa" name="khoa" value="${esc(lookup)}" autocomplete="off" required>
<button type="submit">Tra cứu</button>
</form>`;
}

/** The tracking page: status, who holds it until when (no names), the timeline, the answer and the rating form. */
export function trackPage(v: View, lookup: string, notice = ''): string {
  const rating = v.canRate
    ? `<h2 id="rate">Đánh giá kết quả</h2>
<form method="post" action="/phan-anh/danh-gia">
<input type="hidden" name="code" value="${esc(v.code)}"><input type="hidden" name="lookupCode" value="${esc(lookup)}">
<fieldset><legend>Bạn có hài lòng với câu trả lời không?</legend>
<label class="check"><input type="radio" name="rating" value="very_satisfied" required>Rất hài lòng</label>
<label class="check"><input type="radio" name="rating" value="satisfied">Hài lòng</label>
<label class="check"><input type="radio" name="rating" value="dissatisfied">Không hài lòng (phiếu sẽ được mở lại để xử lý tiếp)</label>
</fieldset>
<label for="comment">Ý kiến thêm (không bắt buộc)</label><textarea id="comment" name="comment" maxlength="1000"></textarea>
<button type="submit">Gửi đánh giá</button></form>`
    : '';
  return page(
    `Phiếu ${v.code}`,
    `${notice ? `<p class="ok" role="status">${esc(notice)}</p>` : ''}
<dl>
<dt>Trạng thái</dt><dd>${esc(v.statusLabel)}</dd>
<dt>Ngày tiếp nhận</dt><dd>${esc(formatDateVi(new Date(v.receivedAt)))}</dd>
${v.agency ? `<dt>Cơ quan xử lý</dt><dd>${esc(v.agency)}</dd>` : ''}
${v.dueAt ? `<dt>Hạn xử lý</dt><dd>${esc(formatDateVi(new Date(v.dueAt)))}</dd>` : ''}
${v.reason ? `<dt>Lý do</dt><dd>${esc(v.reason)}</dd>` : ''}
</dl>
${v.answer ? `<h2>Nội dung trả lời</h2><p>${esc(v.answer)}</p>` : ''}
${rating}
<h2>Quá trình xử lý</h2>
<ol class="timeline">${v.timeline
      .map((e) => `<li><strong>${esc(ACTION_LABEL[e.action] ?? e.action)}</strong> – ${esc(time(e.at))} – ${esc(e.actorName)}${e.note && e.action !== 'answer' ? `<br>${esc(e.note)}` : ''}${e.dueAt && e.action !== 'close' ? `<br><span class="hint">Hạn: ${esc(formatDateVi(new Date(e.dueAt)))}</span>` : ''}</li>`)
      .join('')}</ol>`,
  );
}
