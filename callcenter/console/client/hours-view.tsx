import { useEffect, useState } from 'preact/hooks';
import { call } from './api.ts';

interface Branch {
  branch: string;
  hours: string;
  alwaysOpen: boolean;
  configured: boolean;
  open: boolean;
  nextOpening: string | null;
  editable: boolean;
}
interface Hours {
  defaultHours: string;
  open: boolean;
  notice: string | null;
  branches: Branch[];
}

const when = (iso: string) => new Date(iso).toLocaleString('vi-VN', { weekday: 'long', hour: '2-digit', minute: '2-digit', day: '2-digit', month: '2-digit' });

function BranchForm({ branch, defaultHours, onSaved }: { branch: Branch; defaultHours: string; onSaved: (message: string) => void }) {
  const [hours, setHours] = useState(branch.configured && !branch.alwaysOpen ? branch.hours : '');
  const [always, setAlways] = useState(branch.alwaysOpen);
  const [error, setError] = useState('');
  const id = `hours-${branch.branch.normalize('NFD').replace(/[^\w]+/g, '-')}`;
  const save = async (event: Event) => {
    event.preventDefault();
    setError('');
    try {
      await call('PUT', `/hours/${encodeURIComponent(branch.branch)}`, { hours: hours.trim() || null, alwaysOpen: always });
      onSaved(`Đã lưu giờ làm việc của chi nhánh ${branch.branch}.`);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <form class="card" onSubmit={(e) => void save(e)} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Chi nhánh {branch.branch}</h3>
      <p>
        {branch.alwaysOpen ? 'Làm việc 24/7.' : `Giờ làm việc: ${branch.hours} các ngày làm việc${branch.configured ? '' : ' (mặc định)'}.`}{' '}
        {branch.open ? 'Đang có cán bộ trả lời.' : branch.nextOpening ? `Ngoài giờ – mở lại ${when(branch.nextOpening)}.` : ''}
      </p>
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
      {branch.editable && (
        <>
          <label for={`${id}-window`}>Giờ làm việc riêng (để trống: theo mặc định {defaultHours})</label>
          <input id={`${id}-window`} value={hours} placeholder="07:30-17:00" pattern="\d{2}:\d{2}-\d{2}:\d{2}" disabled={always} onInput={(e) => setHours((e.currentTarget as HTMLInputElement).value)} />
          <label>
            <input type="checkbox" checked={always} onChange={(e) => setAlways((e.currentTarget as HTMLInputElement).checked)} /> Làm việc 24/7
          </label>
          <button type="submit">Lưu giờ làm việc</button>
        </>
      )}
    </form>
  );
}

/** Opening hours per branch on the working calendar: supervisors set their branch's, admins any. */
export function HoursView() {
  const [data, setData] = useState<Hours | null>(null);
  const [message, setMessage] = useState('');
  const load = () => call<Hours>('GET', '/hours').then(setData, (e: unknown) => setMessage(String(e)));
  useEffect(() => void load(), []);
  if (!data) return <p>Đang tải…</p>;
  return (
    <div>
      <section class="card" aria-labelledby="hours-title">
        <h2 id="hours-title">Giờ làm việc của tổng đài</h2>
        <p>{data.open ? 'Hiện đang có cán bộ trả lời.' : `Hiện ngoài giờ. Người dân được báo: “${data.notice ?? ''}”`}</p>
        <p class="meta">Mặc định: {data.defaultHours} các ngày làm việc theo lịch làm việc của cơ quan nhà nước (nghỉ lễ, ngày làm bù đã tính).</p>
        <p aria-live="polite">{message}</p>
      </section>
      {data.branches.length === 0 && <p>Chưa có chi nhánh nào (cán bộ và nhóm chưa gắn chi nhánh).</p>}
      {data.branches.map((b) => (
        <BranchForm
          key={`${b.branch}-${b.hours}-${b.alwaysOpen}`}
          branch={b}
          defaultHours={data.defaultHours}
          onSaved={(text) => {
            setMessage(text);
            void load();
          }}
        />
      ))}
    </div>
  );
}
