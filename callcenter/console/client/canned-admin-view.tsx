import { useEffect, useState } from 'preact/hooks';
import { call } from './api.ts';
import type { CannedReply } from './canned-picker.tsx';

interface Listing {
  replies: CannedReply[];
  teams: { id: string; name: string }[];
  variables: Record<string, string>;
}

const EMPTY = { id: '', teamId: '', title: '', shortcut: '', body: '' };

/** Supervisors keep their teams' canned replies: add, edit, delete. */
export function CannedAdminView() {
  const [data, setData] = useState<Listing>({ replies: [], teams: [], variables: {} });
  const [draft, setDraft] = useState(EMPTY);
  const [message, setMessage] = useState('');
  const [error, setError] = useState('');

  const load = () => call<Listing>('GET', '/canned-replies').then(setData, (e: unknown) => setError(String(e)));
  useEffect(() => void load(), []);

  const field = (name: keyof typeof EMPTY) => ({
    value: draft[name],
    onInput: (e: Event) => setDraft({ ...draft, [name]: (e.currentTarget as HTMLInputElement).value }),
  });
  const save = async (event: Event) => {
    event.preventDefault();
    setError('');
    const { id, ...input } = draft;
    try {
      await call(id ? 'PUT' : 'POST', id ? `/canned-replies/${id}` : '/canned-replies', { ...input, teamId: input.teamId || data.teams[0]?.id });
      setMessage(id ? 'Đã lưu thay đổi mẫu trả lời.' : 'Đã thêm mẫu trả lời.');
      setDraft(EMPTY);
      await load();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  const remove = async (reply: CannedReply) => {
    if (!confirm(`Xoá mẫu "${reply.title}"?`)) return;
    await call('DELETE', `/canned-replies/${reply.id}`).then(() => setMessage('Đã xoá mẫu trả lời.'), (e: unknown) => setError(String(e)));
    await load();
  };

  return (
    <div>
      <section class="card" aria-labelledby="canned-list-title">
        <h2 id="canned-list-title">Mẫu trả lời của nhóm</h2>
        <p aria-live="polite">{message}</p>
        {data.replies.length === 0 ? (
          <p>Chưa có mẫu trả lời nào.</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th scope="col">Nhóm</th>
                <th scope="col">Tiêu đề</th>
                <th scope="col">Phím tắt</th>
                <th scope="col">Nội dung</th>
                <th scope="col">Thao tác</th>
              </tr>
            </thead>
            <tbody>
              {data.replies.map((r) => (
                <tr key={r.id}>
                  <td>{r.teamName}</td>
                  <td>{r.title}</td>
                  <td>/{r.shortcut}</td>
                  <td>{r.body}</td>
                  <td class="row">
                    <button type="button" class="secondary" aria-label={`Sửa mẫu ${r.title}`} onClick={() => setDraft({ id: r.id, teamId: r.teamId, title: r.title, shortcut: r.shortcut, body: r.body })}>
                      Sửa
                    </button>
                    <button type="button" class="secondary" aria-label={`Xoá mẫu ${r.title}`} onClick={() => void remove(r)}>
                      Xoá
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <form class="card" onSubmit={(e) => void save(e)} aria-labelledby="canned-form-title">
        <h2 id="canned-form-title">{draft.id ? 'Sửa mẫu trả lời' : 'Thêm mẫu trả lời'}</h2>
        {error && (
          <p role="alert" class="error">
            {error}
          </p>
        )}
        <label for="canned-team">Nhóm</label>
        <select id="canned-team" {...field('teamId')} onChange={(e) => setDraft({ ...draft, teamId: (e.currentTarget as HTMLSelectElement).value })}>
          {data.teams.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </select>
        <label for="canned-title">Tiêu đề</label>
        <input id="canned-title" required maxLength={120} {...field('title')} />
        <label for="canned-shortcut">Phím tắt (chữ không dấu, số, - hoặc _)</label>
        <input id="canned-shortcut" required maxLength={30} pattern="[a-zA-Z0-9_\-]{1,30}" {...field('shortcut')} />
        <label for="canned-body">Nội dung</label>
        <textarea id="canned-body" required rows={4} aria-describedby="canned-vars" {...field('body')} />
        <p id="canned-vars" class="meta">
          Biến dùng được: {Object.entries(data.variables).map(([name, label]) => `{${name}} – ${label}`).join('; ')}
        </p>
        <div class="row">
          <button type="submit">{draft.id ? 'Lưu thay đổi' : 'Thêm mẫu'}</button>
          {draft.id && (
            <button type="button" class="secondary" onClick={() => setDraft(EMPTY)}>
              Huỷ sửa
            </button>
          )}
        </div>
      </form>
    </div>
  );
}
