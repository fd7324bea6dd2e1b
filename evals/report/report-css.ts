/** Styles of the HTML report: readable on screen and in print, no web fonts (works offline). */
export const REPORT_CSS = `
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1c2833; background: #f6f8fa; margin: 0; }
main { max-width: 1100px; margin: 0 auto; padding: 24px; }
h1 { font-size: 26px; margin-bottom: 4px; }
h2 { font-size: 19px; margin-top: 32px; border-bottom: 2px solid #d5dde5; padding-bottom: 4px; }
.meta { color: #566573; }
.cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(190px, 1fr)); gap: 12px; }
.card { background: #fff; border: 1px solid #d5dde5; border-radius: 8px; padding: 12px; }
.card .value { font-size: 26px; font-weight: 600; color: #1f5fa8; }
.card .label { font-size: 13px; color: #34495e; }
.card code { font-size: 11px; color: #7f8c8d; }
.chart { position: relative; height: 320px; background: #fff; border: 1px solid #d5dde5; border-radius: 8px; padding: 12px; }
table { border-collapse: collapse; background: #fff; width: 100%; }
th, td { border: 1px solid #d5dde5; padding: 6px 8px; vertical-align: top; text-align: left; }
table.confusion { width: auto; }
table.figures { width: auto; margin-bottom: 12px; }
table.figures td { text-align: right; }
table.figures caption { text-align: left; font-weight: 600; padding: 6px 0; }
table.confusion td { text-align: center; min-width: 90px; font-weight: 600; }
table.failures { table-layout: fixed; }
table.failures td { font-size: 13px; overflow-wrap: anywhere; }
table.failures th:nth-child(1) { width: 9%; }
table.failures th:nth-child(2) { width: 18%; }
table.failures th:nth-child(3) { width: 22%; }
table.failures th:nth-child(4) { width: 31%; }
table.failures th:nth-child(5) { width: 20%; }
tr.worse td { background: #fdecea; }
tr.better td { background: #eafaf1; }
.alert { color: #c0392b; font-weight: 600; }
.ok { color: #2e8b57; }
`;
