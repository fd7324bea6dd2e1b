import { serverStrings as s } from './strings.ts';

/** The public chat page: a shell with no inline script or style, so helmet's CSP holds. */
export function renderPage(): string {
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${s.pageTitle}</title>
<meta name="description" content="${s.pageSubheading} — ${s.pageHeading}">
<meta name="theme-color" content="#0b3d91">
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/assets/page.css">
<script src="/assets/page.js" defer></script>
</head>
<body>
<main id="chat" class="chat-area">
  <noscript><p class="noscript">${s.pageNoScript}</p></noscript>
</main>
</body>
</html>
`;
}
