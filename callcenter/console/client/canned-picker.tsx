import { useEffect, useRef, useState } from 'preact/hooks';
import { fillVariables, type CannedVariable } from '../../canned-replies/canned-variables.ts';
import { call } from './api.ts';

export interface CannedReply {
  id: string;
  teamId: string;
  teamName: string;
  title: string;
  shortcut: string;
  body: string;
}

const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/gi, 'd').toLowerCase();

/**
 * The canned-reply picker of the reply box: a searchable list (combobox + listbox) opened by its
 * button or Ctrl+/ in the reply box; arrows move, Enter inserts the filled text, Escape closes.
 */
export function CannedPicker({ open, values, onOpen, onClose, onInsert }: {
  open: boolean;
  values: Partial<Record<CannedVariable, string | null>>;
  onOpen: () => void;
  onClose: () => void;
  onInsert: (text: string) => void;
}) {
  const [replies, setReplies] = useState<CannedReply[] | null>(null);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const search = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (!open) return;
    setQuery('');
    setActive(0);
    search.current?.focus();
    if (replies === null) void call<{ replies: CannedReply[] }>('GET', '/canned-replies').then((r) => setReplies(r.replies), () => setReplies([]));
  }, [open]);

  const q = fold(query.trim());
  const shown = (replies ?? []).filter((r) => !q || fold(`${r.shortcut} ${r.title} ${r.body}`).includes(q));
  const choose = (reply: CannedReply | undefined) => {
    if (!reply) return;
    onInsert(fillVariables(reply.body, values));
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown') setActive((i) => Math.min(shown.length - 1, i + 1));
    else if (e.key === 'ArrowUp') setActive((i) => Math.max(0, i - 1));
    else if (e.key === 'Enter') choose(shown[active]);
    else if (e.key === 'Escape') onClose();
    else return;
    e.preventDefault();
  };

  return (
    <div class="canned">
      <button type="button" class="secondary" aria-expanded={open} aria-controls="canned-panel" aria-keyshortcuts="Control+/" onClick={() => (open ? onClose() : onOpen())}>
        Mẫu trả lời (Ctrl+/)
      </button>
      {open && (
        <div id="canned-panel" class="picker">
          <label for="canned-search">Tìm mẫu trả lời</label>
          <input
            id="canned-search"
            ref={search}
            role="combobox"
            aria-expanded="true"
            aria-controls="canned-list"
            aria-autocomplete="list"
            aria-activedescendant={shown[active] ? `canned-${shown[active].id}` : undefined}
            value={query}
            onInput={(e) => {
              setQuery((e.currentTarget as HTMLInputElement).value);
              setActive(0);
            }}
            onKeyDown={onKey}
          />
          {replies !== null && shown.length === 0 && <p>Không có mẫu trả lời phù hợp.</p>}
          <ul id="canned-list" role="listbox" aria-label="Mẫu trả lời">
            {shown.map((r, i) => (
              <li key={r.id} id={`canned-${r.id}`} role="option" aria-selected={i === active} class={i === active ? 'active' : ''} onMouseDown={(e) => e.preventDefault()} onClick={() => choose(r)}>
                <strong>{r.title}</strong> <span class="meta">/{r.shortcut} · {r.teamName}</span>
                <span class="preview">{r.body}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
