import { esc, errorList, page } from './html.ts';

export type FormValues = Partial<Record<'type' | 'content' | 'place' | 'name' | 'phone' | 'email' | 'address' | 'clientId', string>>;

const TYPE_OPTIONS: [string, string][] = [
  ['phan_anh', 'Phản ánh, kiến nghị về thủ tục, quy định hoặc cách giải quyết'],
  ['khieu_nai', 'Khiếu nại một quyết định hoặc hành vi hành chính'],
  ['gop_y', 'Góp ý'],
  ['to_cao', 'Tố cáo (sẽ được hướng dẫn nơi gửi)'],
];

/** The public form: no JavaScript needed; a hidden time token and a honeypot field instead of a CAPTCHA. */
export function formPage(token: string, values: FormValues, errors: { path: string; message: string }[] = []): string {
  const v = (k: keyof FormValues) => esc(values[k] ?? '');
  const invalid = (path: string) => (errors.some((e) => e.path.startsWith(path)) ? ' aria-invalid="true"' : '');
  return page(
    'Gửi phản ánh, kiến nghị',
    `${errorList(errors)}
<p>Cơ quan có thẩm quyền sẽ xem xét và trả lời bạn. Bạn nhận được mã phiếu ngay sau khi gửi để theo dõi.</p>
<form method="post" action="/phan-anh" novalidate>
<input type="hidden" name="formToken" value="${esc(token)}">
<input type="hidden" name="clientId" value="${v('clientId')}">
<div class="hp" aria-hidden="true"><label for="website">Trang web (để trống)</label><input id="website" name="website" tabindex="-1" autocomplete="off"></div>
<label for="type">Loại nội dung</label>
<select id="type" name="type"${invalid('type')}>${TYPE_OPTIONS.map(([value, label]) => `<option value="${value}"${values.type === value ? ' selected' : ''}>${esc(label)}</option>`).join('')}</select>
<label for="content">Nội dung</label>
<p class="hint" id="content-hint">Việc gì, xảy ra khi nào, bạn mong muốn được giải quyết thế nào.</p>
<textarea id="content" name="content" aria-describedby="content-hint" maxlength="5000" required${invalid('content')}>${v('content')}</textarea>
<label for="place">Cơ quan hoặc địa điểm liên quan (nếu có)</label>
<input id="place" name="place" value="${v('place')}" maxlength="300">
<label for="name">Họ và tên</label>
<input id="name" name="name" value="${v('name')}" autocomplete="name" maxlength="120" required${invalid('citizen')}>
<label for="phone">Số điện thoại</label>
<input id="phone" name="phone" type="tel" value="${v('phone')}" autocomplete="tel" maxlength="20"${invalid('citizen')}>
<label for="email">Thư điện tử (nếu có)</label>
<input id="email" name="email" type="email" value="${v('email')}" autocomplete="email" maxlength="200">
<label for="address">Địa chỉ liên hệ (nếu có)</label>
<input id="address" name="address" value="${v('address')}" autocomplete="street-address" maxlength="300">
<p class="hint">Cần ít nhất số điện thoại, thư điện tử hoặc địa chỉ để cơ quan trả lời (Nghị định 20/2008/NĐ-CP, Điều 7).</p>
<label class="check" for="consent"><input type="checkbox" id="consent" name="consent" value="yes"${invalid('consent')}>
Tôi đồng ý để họ tên, thông tin liên hệ và nội dung trên được dùng để xử lý và trả lời phản ánh này (Nghị định 13/2023/NĐ-CP về bảo vệ dữ liệu cá nhân).</label>
<button type="submit">Gửi phản ánh</button>
</form>`,
  );
}

export function guidancePage(text: string): string {
  return page('Hướng dẫn gửi tố cáo', `<p>${esc(text)}</p><p><a href="/phan-anh">Quay lại biểu mẫu</a></p>`);
}
