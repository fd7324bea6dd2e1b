import { useState } from 'preact/hooks';
import { api, type Summary } from './api.ts';

/** Cancel by booking code and the phone's last 4 digits. */
export function CancelForm() {
  const [code, setCode] = useState('');
  const [last4, setLast4] = useState('');
  const [status, setStatus] = useState<{ text: string; error?: boolean }>({ text: '' });
  const submit = async (e: Event) => {
    e.preventDefault();
    try {
      const r = await api<{ booking: Summary }>('/bookings/cancel', { code: code.trim(), phoneLast4: last4.trim() });
      setStatus({ text: `Đã hủy lịch hẹn ${r.booking.code} (${r.booking.when}).` });
    } catch (error) {
      setStatus({ text: error instanceof Error ? error.message : 'Có lỗi, vui lòng thử lại.', error: true });
    }
  };
  return (
    <form onSubmit={submit}>
      <label>
        Mã lịch hẹn
        <input type="text" required value={code} onInput={(e) => setCode(e.currentTarget.value)} placeholder="LH12345678" />
      </label>
      <label>
        4 số cuối điện thoại
        <input type="tel" required inputMode="numeric" maxLength={4} value={last4} onInput={(e) => setLast4(e.currentTarget.value)} />
      </label>
      <button type="submit">Hủy lịch hẹn</button>
      <p class={`status${status.error ? ' error' : ''}`} role="status" aria-live="polite">
        {status.text}
      </p>
    </form>
  );
}
