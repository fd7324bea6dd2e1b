import { useState } from 'preact/hooks';
import { download } from './api.ts';

/** Supervisors export conversations or the day's report as CSV; the reason goes into the access audit. */
export function ExportForm({ date }: { date: string }) {
  const [kind, setKind] = useState<'conversations' | 'daily_report'>('conversations');
  const [from, setFrom] = useState(date);
  const [to, setTo] = useState(date);
  const [reason, setReason] = useState('');
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');

  const submit = async (event: Event) => {
    event.preventDefault();
    setError('');
    try {
      const { blob, name } = await download('/exports', { kind, from, ...(kind === 'conversations' ? { to } : {}), reason });
      const link = Object.assign(document.createElement('a'), { href: URL.createObjectURL(blob), download: name });
      link.click();
      setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
      setStatus(`Đã xuất tệp ${name}. Lượt xuất đã được ghi vào nhật ký truy cập.`);
      setReason('');
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <form class="card" onSubmit={(e) => void submit(e)} aria-labelledby="export-title">
      <h3 id="export-title">Xuất dữ liệu (CSV)</h3>
      <label for="export-kind">Nội dung xuất</label>
      <select id="export-kind" value={kind} onChange={(e) => setKind((e.currentTarget as HTMLSelectElement).value as typeof kind)}>
        <option value="conversations">Danh sách cuộc trò chuyện (thông tin cá nhân đã che)</option>
        <option value="daily_report">Báo cáo ngày</option>
      </select>
      <label for="export-from">{kind === 'conversations' ? 'Từ ngày' : 'Ngày'}</label>
      <input id="export-from" type="date" required value={from} onChange={(e) => setFrom((e.currentTarget as HTMLInputElement).value)} />
      {kind === 'conversations' && (
        <>
          <label for="export-to">Đến ngày</label>
          <input id="export-to" type="date" required value={to} onChange={(e) => setTo((e.currentTarget as HTMLInputElement).value)} />
        </>
      )}
      <label for="export-reason">Lý do xuất (ghi vào nhật ký truy cập)</label>
      <textarea id="export-reason" required rows={2} maxLength={300} value={reason} onInput={(e) => setReason((e.currentTarget as HTMLTextAreaElement).value)} />
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
      <p aria-live="polite">{status}</p>
      <button type="submit">Xuất CSV</button>
    </form>
  );
}
