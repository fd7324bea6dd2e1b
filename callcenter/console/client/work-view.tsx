import { useEffect, useState } from 'preact/hooks';
import { call, PRIORITY_LABEL, STATUS_LABEL, type Item, type Me } from './api.ts';
import { ConversationView } from './conversation-view.tsx';

const waited = (iso: string) => {
  const minutes = Math.max(0, Math.round((Date.now() - new Date(iso).getTime()) / 60_000));
  return minutes < 1 ? 'vừa xong' : `${minutes} phút`;
};

function ItemList({ title, items, empty, onOpen }: { title: string; items: Item[]; empty: string; onOpen: (id: string) => void }) {
  const id = title.replace(/\W+/g, '-');
  return (
    <section class="card" aria-labelledby={id}>
      <h2 id={id}>
        {title} ({items.length})
      </h2>
      {items.length === 0 ? (
        <p>{empty}</p>
      ) : (
        <ul class="items">
          {items.map((i) => (
            <li key={i.id} class={`item p${i.priority}`}>
              <span class="badge">{PRIORITY_LABEL[i.priority]}</span> <span>{STATUS_LABEL[i.status] ?? i.status}</span>
              <p class="question">{i.question || '(không có nội dung)'}</p>
              <p class="meta">
                {i.channel} · chờ {waited(i.createdAt)}
                {i.agentName ? ` · ${i.agentName}` : ''}
              </p>
              <button type="button" onClick={() => onOpen(i.id)} aria-label={`Mở cuộc trò chuyện: ${i.question.slice(0, 60)}`}>
                Mở
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The agent's inbox and the team queue, refreshed on every live event. */
export function WorkView({ me, version }: { me: Me; version: number }) {
  const [work, setWork] = useState<{ inbox: Item[]; queue: Item[] }>({ inbox: [], queue: [] });
  const [open, setOpen] = useState<string | null>(null);
  useEffect(() => {
    void call<typeof work>('GET', '/work').then(setWork, () => undefined);
  }, [version]);
  return (
    <div class="work">
      <div class="lists">
        <ItemList title="Hội thoại của tôi" items={work.inbox} empty="Chưa có cuộc trò chuyện nào được giao cho bạn." onOpen={setOpen} />
        <ItemList title="Hàng chờ của nhóm" items={work.queue} empty="Không có ai đang chờ." onOpen={setOpen} />
      </div>
      {open && <ConversationView me={me} id={open} version={version} onClose={() => setOpen(null)} />}
    </div>
  );
}
