import { useEffect, useState } from 'preact/hooks';
import { call, PRIORITY_LABEL } from '../../console/client/api.ts';
import { InlineAction } from '../../console/client/inline-action.tsx';

interface Summary {
  question?: string;
  procedureName?: string | null;
  why?: string;
  citizenSaid?: string[];
}
interface Waiting {
  handoffId: string;
  position: number;
  priority: number;
  waitingSince: string;
  summary: Summary | null;
}
interface Callback {
  id: string;
  phone: string | null;
  summary: string;
  reason: 'after_hours' | 'abandoned';
  status: 'open' | 'done';
  recordingUrl: string | null;
  dueAt: string;
}

const REASON = { after_hours: 'Để lại lời nhắn ngoài giờ', abandoned: 'Gác máy khi đang chờ' };
const when = (iso: string) => new Date(iso).toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', dateStyle: 'short', timeStyle: 'short' });

/** The phone line: callers waiting for a person (in queue order, with the assistant's summary) and callbacks to make. */
export function VoiceView({ version }: { version: number }) {
  const [work, setWork] = useState<{ waiting: Waiting[]; callbacks: Callback[] } | null>(null);
  const [error, setError] = useState('');
  const [revealed, setRevealed] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState('');
  const load = () => call<{ waiting: Waiting[]; callbacks: Callback[] }>('GET', '/voice').then(setWork, (e: Error) => setError(e.message));
  useEffect(() => {
    void load();
  }, [version]);
  // Live: the console's event stream says when a caller joins, is taken or leaves, or a callback changes.
  useEffect(() => {
    const source = new EventSource('/console/api/v1/events');
    source.addEventListener('voice.changed', () => void load());
    return () => source.close();
  }, []);

  const take = async (handoffId: string) => {
    try {
      await call('POST', `/voice/calls/${handoffId}/take`, {});
      setNotice('Đã nhận cuộc gọi. Nhấc máy trên ứng dụng tổng đài để nối với người dân.');
      await load();
    } catch (e) {
      setError((e as Error).message);
    }
  };

  const reveal = async (id: string, reason: string): Promise<boolean> => {
    try {
      const { phone } = await call<{ phone: string }>('POST', `/voice/callbacks/${id}/reveal`, { reason });
      setRevealed((r) => ({ ...r, [id]: phone }));
      return true;
    } catch (e) {
      setError((e as Error).message);
      return false;
    }
  };
  const done = async (id: string) => {
    try {
      await call('POST', `/voice/callbacks/${id}/done`, {});
      await load();
    } catch (e) {
      setError((e as Error).message);
    }
  };

  if (!work) return <p>{error || 'Đang tải…'}</p>;
  const open = work.callbacks.filter((c) => c.status === 'open');
  return (
    <section>
      {error && <p role="alert">{error}</p>}
      <p role="status">{notice}</p>
      <h2>Đang chờ gặp cán bộ ({work.waiting.length})</h2>
      {work.waiting.length === 0 ? (
        <p>Không có người gọi nào đang chờ.</p>
      ) : (
        <ol class="voice-waiting">
          {work.waiting.map((w) => (
            <li key={w.handoffId}>
              <p>
                <strong>Vị trí {w.position}</strong> · {PRIORITY_LABEL[w.priority] ?? 'Thường'} · chờ từ {when(w.waitingSince)}
              </p>
              <p>{w.summary?.question ?? 'Không có tóm tắt.'}</p>
              {w.summary?.procedureName && <p>Thủ tục: {w.summary.procedureName}</p>}
              <button type="button" onClick={() => void take(w.handoffId)}>
                Nhận cuộc gọi
              </button>
            </li>
          ))}
        </ol>
      )}
      <h2>Yêu cầu gọi lại ({open.length})</h2>
      {work.callbacks.length === 0 ? (
        <p>Chưa có yêu cầu gọi lại.</p>
      ) : (
        <table>
          <caption class="visually-hidden">Yêu cầu gọi lại</caption>
          <thead>
            <tr>
              <th scope="col">Số điện thoại</th>
              <th scope="col">Nội dung</th>
              <th scope="col">Lý do</th>
              <th scope="col">Gọi lại lúc</th>
              <th scope="col">Lời nhắn</th>
              <th scope="col">Việc</th>
            </tr>
          </thead>
          <tbody>
            {work.callbacks.map((c) => (
              <tr key={c.id}>
                <td>{revealed[c.id] ?? c.phone ?? 'Không rõ số'}</td>
                <td>{c.summary}</td>
                <td>{REASON[c.reason]}</td>
                <td>{when(c.dueAt)}</td>
                <td>{c.recordingUrl ? <a href={c.recordingUrl} rel="noreferrer noopener" target="_blank">Nghe lời nhắn</a> : '—'}</td>
                <td>
                  {c.status === 'done' ? (
                    'Đã gọi lại'
                  ) : (
                    <>
                      {c.phone && !revealed[c.id] && (
                        <InlineAction
                          secondary
                          label="Hiện số"
                          submitLabel="Xem số"
                          fields={[{ name: 'reason', label: 'Lý do xem số điện thoại (được ghi vào nhật ký truy cập)', value: 'Gọi lại theo yêu cầu của người dân' }]}
                          onSubmit={(v) => reveal(c.id, v.reason ?? '')}
                        />
                      )}{' '}
                      <button type="button" onClick={() => void done(c.id)}>
                        Đã gọi lại
                      </button>
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
