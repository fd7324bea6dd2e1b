import { useEffect, useState } from 'preact/hooks';
import { call } from './api.ts';

interface Entry {
  id: number;
  actorEmail: string;
  action: string;
  subject: string;
  reason: string | null;
  at: string;
}

const ACTION: Record<string, string> = { reveal_personal_data: 'Xem thông tin cá nhân', export: 'Xuất dữ liệu', 'profile.read': 'Xem thông tin công dân đã lưu (tờ khai)', 'dossiers.import': 'Nhập hồ sơ từ CSV' };

/** The access audit: who saw or exported personal data, what, when, why (admins only). */
export function AuditView() {
  const [entries, setEntries] = useState<Entry[]>([]);
  const [error, setError] = useState('');
  useEffect(() => {
    void call<{ entries: Entry[] }>('GET', '/admin/audit').then((r) => setEntries(r.entries), (e: Error) => setError(e.message));
  }, []);
  return (
    <section class="card" aria-labelledby="audit-title">
      <h2 id="audit-title">Nhật ký truy cập dữ liệu cá nhân</h2>
      {error && <p role="alert">{error}</p>}
      <table>
        <thead>
          <tr>
            <th scope="col">Thời điểm</th>
            <th scope="col">Người xem</th>
            <th scope="col">Thao tác</th>
            <th scope="col">Đối tượng</th>
            <th scope="col">Lý do</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.id}>
              <td>{new Date(e.at).toLocaleString('vi-VN')}</td>
              <td>{e.actorEmail}</td>
              <td>{ACTION[e.action] ?? e.action}</td>
              <td>{e.subject}</td>
              <td>{e.reason ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
