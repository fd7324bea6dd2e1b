/** Server-rendered pages for citizens: work without JavaScript, large text, labelled fields, high contrast. */
export const esc = (s: unknown): string =>
  String(s ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const CSS = `
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;font-size:1.125rem;line-height:1.6;color:#1a1a1a;background:#fff;margin:0}
header{background:#8b1a1a;color:#fff;padding:.75rem 1rem}header a{color:#fff}
main{max-width:44rem;margin:0 auto;padding:1rem}
h1{font-size:1.6rem;margin:.5rem 0 1rem}h2{font-size:1.3rem;margin-top:1.5rem}
label{display:block;font-weight:600;margin-top:1rem}
input,select,textarea{font:inherit;width:100%;box-sizing:border-box;padding:.5rem;border:2px solid #555;border-radius:4px;margin-top:.25rem}
textarea{min-height:8rem}input[type=checkbox],input[type=radio]{width:auto;margin-right:.5rem}
.check{display:flex;align-items:flex-start;font-weight:normal}
button{font:inherit;font-weight:600;background:#8b1a1a;color:#fff;border:0;border-radius:4px;padding:.6rem 1.2rem;margin-top:1rem;cursor:pointer}
button:focus,input:focus,select:focus,textarea:focus,a:focus{outline:3px solid #f2b600;outline-offset:2px}
.hint{color:#444;font-size:1rem;margin:.25rem 0 0}
.error{color:#a00000;font-weight:600}.errors{border:2px solid #a00000;padding:.5rem 1rem;border-radius:4px}
.ok{border:2px solid #1b6e20;padding:.5rem 1rem;border-radius:4px}
.hp{position:absolute;left:-10000px;width:1px;height:1px;overflow:hidden}
ol.timeline{padding-left:1.25rem}ol.timeline li{margin-bottom:.75rem}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem}dt{font-weight:600}dd{margin:0}
fieldset{border:2px solid #555;border-radius:4px;margin-top:1rem}legend{font-weight:600}
`;

export function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)} – Một Cửa</title>
<style>${CSS}</style>
</head>
<body>
<header><a href="/phan-anh">Phản ánh, kiến nghị</a> · <a href="/phan-anh/tra-cuu">Tra cứu phiếu</a></header>
<main>
<h1>${esc(title)}</h1>
${body}
</main>
</body>
</html>`;
}

export function errorList(errors: { path: string; message: string }[]): string {
  if (errors.length === 0) return '';
  return `<div class="errors" role="alert"><p class="error">Chưa gửi được, bạn kiểm tra lại:</p><ul>${errors.map((e) => `<li>${esc(e.message)}</li>`).join('')}</ul></div>`;
}
