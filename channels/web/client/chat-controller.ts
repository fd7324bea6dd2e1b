import type { Choice, Reply } from '../../../assistant/index.ts';
import { ApiError, type Api, type ApiMessage } from './api.ts';
import type { ChatView, DeliveryState } from './chat-view.ts';
import { store, type OutboxItem, type Session } from './storage.ts';
import { t } from './strings.ts';

const MAX_BACKOFF_MS = 30_000;
/** The agent's typing indicator goes after this long without news; the citizen's reports are this far apart. */
const AGENT_TYPING_MS = 6_000;
const TYPING_REPORT_MS = 3_000;
/** A server error is retried this many times, then the message is marked not sent: one bad message never blocks the rest. */
const SERVER_ATTEMPTS = 3;

/** The message will not go through by retrying alone; it waits for the citizen's "Gửi lại" or "Xoá". */
class NotSent extends Error {}

function newClientMessageId(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * The chat's behaviour: restores history, sends through a persisted outbox (one message at a
 * time, same client id on every retry, so nothing is lost or duplicated), and merges the event
 * stream, dropping copies of messages already shown by their ids. A lost connection is retried
 * until it returns; a server error only a few times, then the message is set aside as not sent.
 */
export function createChatController(api: Api, view: ChatView) {
  let session: Session | null = store.session();
  const shown = new Set<number>();
  let lastId = 0;
  const outbox: OutboxItem[] = store.outbox();
  const failed: OutboxItem[] = store.failed();
  const bubbles = new Map<string, (state: DeliveryState, note?: string) => void>();
  let pumping = false;
  let deferred: ApiMessage[] = [];
  let stream: EventSource | null = null;
  let lastChoices: Choice[] = [];
  let largeText = store.largeText();
  // Typing reports only matter once a person is (or is about to be) in the conversation.
  let withPerson = false;
  let agentTypingTimer: ReturnType<typeof setTimeout> | undefined;
  let lastTypingReport = 0;

  function showAgentTyping(on: boolean): void {
    clearTimeout(agentTypingTimer);
    view.setAgentTyping(on);
    if (on) agentTypingTimer = setTimeout(() => view.setAgentTyping(false), AGENT_TYPING_MS);
  }

  function reportTyping(): void {
    const now = Date.now();
    if (!session || !withPerson || now - lastTypingReport < TYPING_REPORT_MS) return;
    lastTypingReport = now;
    api.typing(session).catch(() => undefined);
  }

  function label(text: string): string {
    const choice = /^\d+$/.test(text) ? lastChoices.find((c) => c.n === Number(text)) : undefined;
    return choice ? `${choice.n}. ${choice.label}` : text;
  }

  function showServerMessage(m: ApiMessage, announce: boolean): void {
    if (shown.has(m.id)) return;
    shown.add(m.id);
    lastId = Math.max(lastId, m.id);
    view.hideStarters();
    if (m.role === 'agent') {
      withPerson = true;
      showAgentTyping(false);
    }
    if (m.reply?.kind === 'handoff') withPerson = true;
    view.addMessage({ role: m.role, text: m.role === 'citizen' ? label(m.text) : m.text, reply: m.reply, author: m.author, key: String(m.id) }, announce);
    if (m.reply) lastChoices = m.reply.choices;
  }

  function showReply(reply: Reply, id: number | null, key: string): void {
    if (!reply.text) return; // an agent has the conversation: the bot stayed silent
    if (id !== null) {
      if (shown.has(id)) return;
      shown.add(id);
      lastId = Math.max(lastId, id);
    }
    if (reply.kind === 'handoff') withPerson = true;
    view.addMessage({ role: 'assistant', text: reply.text, reply, key: id === null ? key : String(id) }, true);
    lastChoices = reply.choices;
  }

  function openStream(): void {
    if (!session || stream) return;
    const es = api.events(session, lastId);
    stream = es;
    es.onopen = () => view.setStatus(navigator.onLine ? 'connected' : 'offline');
    // The server stopped a long replay: page the rest from history (the stream is live meanwhile).
    es.addEventListener('typing', () => {
      withPerson = true;
      showAgentTyping(true);
    });
    es.addEventListener('truncated', () => void loadHistory().catch(() => undefined));
    es.addEventListener('message', (event) => {
      const m = JSON.parse((event as MessageEvent<string>).data) as ApiMessage;
      // While a send is in flight its own messages arrive here first; wait for the ids.
      if (pumping) deferred.push(m);
      else showServerMessage(m, true);
    });
    es.onerror = () => {
      view.setStatus(navigator.onLine ? 'reconnecting' : 'offline');
      if (es.readyState === EventSource.CLOSED) {
        stream = null;
        setTimeout(openStream, 3000);
      }
    };
  }

  /** Shows stored messages after the last one shown, page by page. */
  async function loadHistory(): Promise<void> {
    for (let page = 0; session && page < 50; page++) {
      const { messages, hasMore } = await api.history(session, lastId);
      for (const m of messages) showServerMessage(m, false);
      if (!hasMore || messages.length === 0) return;
    }
  }

  async function ensureSession(): Promise<Session> {
    if (session) return session;
    session = await api.start();
    store.setSession(session);
    openStream();
    return session;
  }

  function dropSession(): void {
    session = null;
    store.setSession(null);
    stream?.close();
    stream = null;
  }

  async function deliver(item: OutboxItem): Promise<void> {
    const mark = bubbles.get(item.clientMessageId);
    let serverErrors = 0;
    for (let attempt = 0; ; attempt++) {
      try {
        const current = await ensureSession();
        mark?.('sending');
        const result = await api.send(current, { text: item.text, clientMessageId: item.clientMessageId, elderly: largeText });
        if (result.citizenMessageId !== null) shown.add(result.citizenMessageId);
        mark?.('sent');
        if (stream?.readyState === EventSource.OPEN) view.setStatus('connected');
        showReply(result.reply, result.messageId, item.clientMessageId);
        if (!stream) openStream();
        return;
      } catch (error) {
        const e = error instanceof ApiError ? error : new ApiError(0, 0, String(error));
        if (e.status === 401 || e.status === 404) {
          view.notice(t.sessionLost);
          dropSession();
        } else if (e.status === 429) {
          mark?.('queued', t.rateLimited(e.retryAfterSeconds || 5));
          await sleep((e.retryAfterSeconds || 5) * 1000);
        } else if (e.status >= 500 && ++serverErrors >= SERVER_ATTEMPTS) {
          view.setStatus('serverError');
          mark?.('failed', t.notSent);
          throw new NotSent(e.message);
        } else if (e.status === 0 || e.status >= 500) {
          view.setStatus(e.status >= 500 ? 'serverError' : navigator.onLine ? 'reconnecting' : 'offline');
          mark?.('queued');
          await Promise.race([sleep(Math.min(MAX_BACKOFF_MS, 1000 * 2 ** attempt)), new Promise((r) => window.addEventListener('online', r, { once: true }))]);
        } else {
          mark?.('failed', e.message);
          throw e;
        }
      }
    }
  }

  async function pump(): Promise<void> {
    if (pumping) return;
    pumping = true;
    view.setTyping(true);
    try {
      while (outbox.length) {
        const item = outbox[0]!;
        try {
          await deliver(item);
        } catch {
          // Refused for good (too long) or failing on the server: it stays on screen with
          // "Gửi lại" and "Xoá", and is kept across reloads, while later messages go on.
          failed.push(item);
          store.setFailed(failed);
        }
        outbox.shift();
        store.setOutbox(outbox);
      }
    } finally {
      pumping = false;
      view.setTyping(false);
      const waiting = deferred;
      deferred = [];
      for (const m of waiting) showServerMessage(m, true);
    }
  }

  function enqueue(text: string, shownAs: string, clientMessageId = newClientMessageId()): void {
    view.hideStarters();
    const item = { clientMessageId, text };
    outbox.push(item);
    store.setOutbox(outbox);
    bubbles.set(clientMessageId, view.addMessage({ role: 'citizen', text: shownAs, key: clientMessageId }, false));
    bubbles.get(clientMessageId)?.(navigator.onLine ? 'sending' : 'queued');
    void pump();
  }

  return {
    async start(): Promise<void> {
      window.addEventListener('online', () => view.setStatus(stream?.readyState === EventSource.OPEN ? 'connected' : 'reconnecting'));
      window.addEventListener('offline', () => view.setStatus('offline'));
      view.input.addEventListener('input', reportTyping);
      if (session) {
        try {
          await loadHistory();
        } catch (error) {
          if (error instanceof ApiError && (error.status === 401 || error.status === 404)) dropSession();
        }
      }
      if (lastId === 0 && outbox.length === 0 && failed.length === 0) view.showStarters();
      view.setStatus(session ? 'connecting' : navigator.onLine ? 'connected' : 'offline');
      openStream();
      for (const item of failed) {
        const mark = view.addMessage({ role: 'citizen', text: item.text, key: item.clientMessageId }, false);
        bubbles.set(item.clientMessageId, mark);
        mark('failed', t.notSent);
      }
      // Messages typed before a reload or while offline: same ids, so the server answers each once.
      const pending = outbox.splice(0);
      for (const item of pending) enqueue(item.text, item.text, item.clientMessageId);
    },
    send: (text: string) => enqueue(text, text),
    // The number is what a citizen would type or say; every channel's assistant understands it.
    choose: (choice: Choice) => enqueue(String(choice.n), `${choice.n}. ${choice.label}`),
    askForHuman: () => enqueue(t.humanAgentRequest, t.humanAgentRequest),
    /** Sends a message set aside as not sent again, in its own bubble and with its own id. */
    retry(clientMessageId: string): void {
      const index = failed.findIndex((item) => item.clientMessageId === clientMessageId);
      if (index < 0) return;
      const [item] = failed.splice(index, 1);
      store.setFailed(failed);
      outbox.push(item!);
      store.setOutbox(outbox);
      bubbles.get(clientMessageId)?.('sending');
      void pump();
    },
    remove(clientMessageId: string): void {
      const index = failed.findIndex((item) => item.clientMessageId === clientMessageId);
      if (index >= 0) failed.splice(index, 1);
      store.setFailed(failed);
      bubbles.delete(clientMessageId);
      view.removeMessage(clientMessageId);
    },
    setLargeText(on: boolean): void {
      largeText = on;
      store.setLargeText(on);
    },
    isChecked: (key: string) => (session ? store.checked(session.conversationId).includes(key) : false),
    check(key: string, checked: boolean): void {
      if (!session) return;
      const keys = new Set(store.checked(session.conversationId));
      if (checked) keys.add(key);
      else keys.delete(key);
      store.setChecked(session.conversationId, [...keys]);
    },
  };
}
