import { useEffect, useState } from 'preact/hooks';
import { call, STATUS_LABEL, type Item, type Me } from './api.ts';
import { CitizenTypingNote } from './citizen-typing.tsx';
import { ReplyBox } from './reply-box.tsx';
import { WrapUpForm, type HandoffSummary } from './wrap-up-form.tsx';

interface Message {
  id: number;
  role: 'citizen' | 'assistant' | 'agent' | 'system';
  text: string;
  author: string | null;
  citations: { code: string; name: string; url: string | null }[];
  createdAt: string;
}

interface Conversation {
  item: Item;
  summary: HandoffSummary & { citations?: { code: string; name: string; url: string | null }[] };
  details: { kind: 'phone' | 'id_number' | 'address'; value: string }[];
  revealed: boolean;
  messages: Message[];
  notes: { id: number; kind: string; authorName: string; text: string; createdAt: string }[];
}

const WHO = { citizen: 'Người dân', assistant: 'Trợ lý ảo', agent: 'Cán bộ', system: 'Hệ thống' } as const;
const DETAIL = { phone: 'Số điện thoại', id_number: 'Số định danh', address: 'Địa chỉ' } as const;
const time = (iso: string) => new Date(iso).toLocaleTimeString('vi-VN', { hour: '2-digit', minute: '2-digit' });

/** One conversation: history with citations, the handoff summary, masked details, and the agent's actions. */
export function ConversationView({ me, id, version, onClose }: { me: Me; id: string; version: number; onClose: () => void }) {
  const [data, setData] = useState<Conversation | null>(null);
  const [error, setError] = useState('');
  const [directory, setDirectory] = useState<{ teams: { id: string; name: string }[]; agents: { id: string; displayName: string }[] }>({ teams: [], agents: [] });
  const [revealed, setRevealed] = useState(false);
  const [filed, setFiled] = useState('');

  const load = async () => {
    try {
      setData(revealed ? await call<Conversation>('POST', `/conversations/${id}/reveal`, { reason: 'Hỗ trợ người dân trong cuộc trò chuyện' }) : await call<Conversation>('GET', `/conversations/${id}`));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  useEffect(() => {
    void load();
  }, [id, version, revealed]);
  useEffect(() => setFiled(''), [id]);
  useEffect(() => {
    void call<typeof directory>('GET', '/directory').then(setDirectory, () => undefined);
  }, []);

  const act = async (path: string, body?: unknown, form?: HTMLFormElement): Promise<boolean> => {
    setError('');
    try {
      await call('POST', `/conversations/${id}/${path}`, body);
      form?.reset();
      await load();
      return true;
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      return false;
    }
  };
  const submit = (handler: (form: FormData, el: HTMLFormElement) => void) => (event: Event) => {
    event.preventDefault();
    const el = event.currentTarget as HTMLFormElement;
    handler(new FormData(el), el);
  };

  if (!data) return <section aria-label="Cuộc trò chuyện">{error ? <p role="alert">{error}</p> : <p>Đang tải…</p>}</section>;
  const { item, summary } = data;
  const mine = item.agentId === me.id || me.role !== 'agent';
  return (
    <section class="conversation" aria-labelledby="conversation-title">
      <div class="row">
        <h2 id="conversation-title">Cuộc trò chuyện – {STATUS_LABEL[item.status] ?? item.status}</h2>
        <button type="button" class="secondary" onClick={onClose}>
          Đóng khung
        </button>
      </div>
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
      <p role="status" class="filed">
        {filed && <strong>{filed}</strong>}
      </p>
      <section class="card" aria-labelledby="summary-title">
        <h3 id="summary-title">Tóm tắt bàn giao</h3>
        <dl>
          <dt>Lý do</dt>
          <dd>{summary.why}</dd>
          <dt>Thủ tục</dt>
          <dd>{summary.procedureName ?? 'Chưa xác định'}</dd>
          <dt>Người dân hỏi</dt>
          <dd>{summary.question}</dd>
          {summary.answered && (
            <>
              <dt>Trợ lý đã trả lời</dt>
              <dd>{summary.answered}</dd>
            </>
          )}
        </dl>
        <h4>Thông tin người dân</h4>
        {data.details.length === 0 ? (
          <p>Người dân chưa cung cấp thông tin cá nhân.</p>
        ) : (
          <ul>
            {data.details.map((d) => (
              <li key={d.kind + d.value}>
                {DETAIL[d.kind]}: {d.value}
              </li>
            ))}
          </ul>
        )}
        {!data.revealed && data.details.length > 0 && (
          <button type="button" onClick={() => setRevealed(true)} aria-label="Hiện thông tin cá nhân (được ghi nhật ký)">
            Hiện
          </button>
        )}
      </section>
      <ol class="messages" aria-label="Lịch sử trò chuyện">
        {data.messages.map((m) => (
          <li key={m.id} class={`msg ${m.role}`}>
            <p class="who">
              {m.role === 'agent' && m.author ? `Cán bộ ${m.author}` : WHO[m.role]} · {time(m.createdAt)}
            </p>
            <p class="text">{m.text}</p>
            {m.citations.length > 0 && (
              <p class="cites">
                Nguồn:{' '}
                {m.citations.map((c) =>
                  c.url ? (
                    <a key={c.code} href={c.url} target="_blank" rel="noreferrer">
                      {c.name} ({c.code})
                    </a>
                  ) : (
                    <span key={c.code}>
                      {c.name} ({c.code})
                    </span>
                  ),
                )}
              </p>
            )}
          </li>
        ))}
      </ol>
      {item.status === 'assigned' && <CitizenTypingNote handoffId={item.id} version={version} />}
      {item.status === 'offered' && item.agentId === me.id && (
        <div class="row">
          <button type="button" onClick={() => act('take')}>
            Nhận cuộc trò chuyện
          </button>
          <button type="button" class="secondary" onClick={() => act('decline')}>
            Từ chối
          </button>
        </div>
      )}
      {item.status === 'queued' && (
        <button type="button" onClick={() => act('take')}>
          Nhận cuộc trò chuyện
        </button>
      )}
      {item.status === 'assigned' && mine && (
        <ReplyBox
          values={{ ten_can_bo: me.displayName, thu_tuc: summary.procedureName, ten_cong_dan: 'anh/chị', ngay: new Date().toLocaleDateString('vi-VN') }}
          question={summary.procedureName ?? summary.question ?? ''}
          onSend={(text) => act('messages', { text })}
          onTyping={() => void call('POST', `/conversations/${id}/typing`, {}).catch(() => undefined)}
        />
      )}
      <section class="card" aria-labelledby="notes-title">
        <h3 id="notes-title">Ghi chú nội bộ</h3>
        <ul>
          {data.notes.map((n) => (
            <li key={n.id}>
              <strong>{n.authorName}</strong> ({n.kind === 'transfer' ? 'chuyển' : n.kind === 'wrap_up' ? 'tổng kết' : 'ghi chú'}): {n.text}
            </li>
          ))}
        </ul>
        <form onSubmit={submit((f, el) => act('notes', { text: f.get('note') }, el))}>
          <label for="note">Ghi chú mới (người dân không thấy)</label>
          <textarea id="note" name="note" rows={2} required />
          <button type="submit" class="secondary">
            Lưu ghi chú
          </button>
        </form>
      </section>
      {(item.status === 'assigned' || item.status === 'queued') && mine && (
        <form class="card" onSubmit={submit((f, el) => {
          const [kind, target] = String(f.get('target')).split(':');
          void act('transfer', { [kind === 'team' ? 'teamId' : 'agentId']: target, note: f.get('transferNote') }, el);
        })}>
          <h3>Chuyển tiếp</h3>
          <label for="target">Chuyển cho</label>
          <select id="target" name="target" required>
            {directory.teams.map((t) => (
              <option key={t.id} value={`team:${t.id}`}>
                Nhóm {t.name}
              </option>
            ))}
            {directory.agents.filter((a) => a.id !== me.id).map((a) => (
              <option key={a.id} value={`agent:${a.id}`}>
                {a.displayName}
              </option>
            ))}
          </select>
          <label for="transferNote">Ghi chú chuyển</label>
          <input id="transferNote" name="transferNote" required />
          <button type="submit" class="secondary">
            Chuyển
          </button>
        </form>
      )}
      {(item.status === 'assigned' || item.status === 'wrapping') && mine && (
        <WrapUpForm
          item={item}
          summary={summary}
          onDone={(code) => {
            // With a ticket the view stays open on the closed conversation, so the agent sees its code.
            if (!code) return onClose();
            setFiled(`Đã kết thúc cuộc trò chuyện và tạo phiếu phản ánh ${code}. Người dân đã nhận mã phiếu để tra cứu.`);
            void load();
          }}
        />
      )}
    </section>
  );
}
