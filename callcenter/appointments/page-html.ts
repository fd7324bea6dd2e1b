/** The booking page shell: large text, high contrast, one step visible at a time; the script fills #app. */
export const BOOKING_PAGE = `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Đặt lịch hẹn – Một Cửa</title>
<style>
:root { font-size: 20px; color: #111; background: #fff; font-family: system-ui, "Segoe UI", Roboto, Arial, sans-serif; line-height: 1.5; }
body { margin: 0; }
header { background: #0b3d91; color: #fff; padding: 0.8rem 1rem; }
header h1 { margin: 0; font-size: 1.4rem; }
main { max-width: 40rem; margin: 0 auto; padding: 1rem; }
fieldset { border: 2px solid #0b3d91; border-radius: 8px; margin: 0 0 1rem; padding: 0.8rem 1rem; }
legend { font-weight: 700; padding: 0 0.3rem; }
label { display: block; margin: 0.4rem 0; }
input[type=text], input[type=tel], select { font-size: 1rem; padding: 0.5rem; width: 100%; box-sizing: border-box; border: 2px solid #444; border-radius: 6px; }
.choices { display: flex; flex-wrap: wrap; gap: 0.5rem; list-style: none; padding: 0; margin: 0.5rem 0; }
button { font-size: 1rem; padding: 0.6rem 1rem; border-radius: 6px; border: 2px solid #0b3d91; background: #fff; color: #0b3d91; cursor: pointer; min-height: 44px; }
button.primary, button[aria-pressed=true] { background: #0b3d91; color: #fff; }
button:focus-visible, input:focus-visible, select:focus-visible, a:focus-visible { outline: 3px solid #e8a200; outline-offset: 2px; }
.status { min-height: 1.5rem; font-weight: 600; }
.error { color: #a00000; }
.result { border: 3px solid #0a6b2d; border-radius: 8px; padding: 1rem; background: #f0fff4; }
.code { font-size: 1.6rem; font-weight: 800; letter-spacing: 0.1rem; }
a { color: #0b3d91; }
</style>
</head>
<body>
<header><h1>Đặt lịch hẹn tại Trung tâm Phục vụ hành chính công</h1></header>
<main id="app"><p>Đang tải…</p><noscript>Trang này cần JavaScript. Bạn cũng có thể đặt lịch qua trợ lý hoặc gọi tổng đài.</noscript></main>
<script src="/appointments/assets/booking.js" defer></script>
</body>
</html>
`;
