const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const STYLE = `body{font:1.25rem/1.6 system-ui,sans-serif;color:#1a1a1a;background:#fff;margin:0}
main{max-width:40rem;margin:0 auto;padding:1.5rem}h1{font-size:1.6rem;color:#0b3d91}
dl div{display:flex;gap:.5rem;flex-wrap:wrap;border-bottom:1px solid #ccc;padding:.4rem 0}dt{font-weight:700}
button{font:inherit;padding:.7rem 1.2rem;background:#a4161a;color:#fff;border:0;border-radius:.4rem;cursor:pointer}
button:focus-visible,a:focus-visible{outline:3px solid #0b3d91;outline-offset:2px}a{color:#0b3d91}`;

/** A small, accessible page in Vietnamese for a citizen who opened a link (no script needed). */
export function citizenPage(title: string, body: string): string {
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)}</title><link rel="icon" href="data:,"><style>${STYLE}</style></head>
<body><main><h1>${escape(title)}</h1>${body}</main></body></html>`;
}

export const paragraph = (text: string) => `<p>${escape(text)}</p>`;

export function profileList(entries: [string, string][]): string {
  if (entries.length === 0) return paragraph('Không có thông tin nào được lưu.');
  return `<dl>${entries.map(([k, v]) => `<div><dt>${escape(k)}:</dt><dd>${escape(v)}</dd></div>`).join('')}</dl>`;
}

export const deleteButton = (action: string) =>
  `<form method="post" action="${escape(action)}"><p>Bạn có thể xoá toàn bộ thông tin này và các tờ khai đã tạo. Việc xoá không hoàn tác được.</p><button type="submit">Xoá thông tin của tôi</button></form>`;
