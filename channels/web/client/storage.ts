/**
 * localStorage that never throws: private modes and sandboxed portals may refuse storage, and the
 * chat must still work (it only forgets across visits).
 */
const PREFIX = 'motcua.';

export function load<T>(key: string): T | null {
  try {
    const raw = window.localStorage.getItem(PREFIX + key);
    return raw === null ? null : (JSON.parse(raw) as T);
  } catch {
    return null;
  }
}

export function save(key: string, value: unknown): void {
  try {
    if (value === null) window.localStorage.removeItem(PREFIX + key);
    else window.localStorage.setItem(PREFIX + key, JSON.stringify(value));
  } catch {
    // Storage refused: keep working without persistence.
  }
}

export interface Session {
  conversationId: string;
  token: string;
}

export interface OutboxItem {
  clientMessageId: string;
  text: string;
}

export const store = {
  session: () => load<Session>('session'),
  setSession: (s: Session | null) => save('session', s),
  largeText: () => load<boolean>('largeText') === true,
  setLargeText: (on: boolean) => save('largeText', on),
  outbox: () => load<OutboxItem[]>('outbox') ?? [],
  setOutbox: (items: OutboxItem[]) => save('outbox', items.length ? items : null),
  /** Messages the server refused or failed on for good: shown with "Gửi lại" and "Xoá", never retried alone. */
  failed: () => load<OutboxItem[]>('failed') ?? [],
  setFailed: (items: OutboxItem[]) => save('failed', items.length ? items : null),
  checked: (conversationId: string) => load<string[]>(`checked.${conversationId}`) ?? [],
  setChecked: (conversationId: string, keys: string[]) => save(`checked.${conversationId}`, keys),
};
