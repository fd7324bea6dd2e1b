import type { Choice, Reply } from '../../../assistant/index.ts';
import { h, srOnly } from './dom.ts';
import { renderReply } from './render-reply.ts';
import { canListen, canSpeak, listen, speak, stopSpeaking } from './speech.ts';
import { t } from './strings.ts';
import { agentLabel } from './agent-label.ts';

export type ConnectionState = 'connecting' | 'connected' | 'reconnecting' | 'offline' | 'serverError';
export type DeliveryState = 'sending' | 'queued' | 'failed' | 'sent';

export interface ViewActions {
  send(text: string): void;
  choose(choice: Choice): void;
  askForHuman(): void;
  retry(clientMessageId: string): void;
  remove(clientMessageId: string): void;
  toggleLargeText(on: boolean): void;
  isChecked(key: string): boolean;
  check(key: string, checked: boolean): void;
}

export interface ViewMessage {
  role: 'citizen' | 'assistant' | 'agent' | 'system';
  text: string;
  reply?: Reply | null;
  author?: string | null;
  key: string;
}

const WHO = { citizen: t.you, assistant: t.assistant, agent: t.agent, system: t.system } as const;

/** The chat's DOM: header tools, the message log, starters, typing indicator and the composer. */
export function createChatView(options: { headingLevel: 'h1' | 'h2'; largeText: boolean; onClose?: () => void }, actions: ViewActions) {
  const status = h('p', { class: 'mc-status', role: 'status' }, t.connecting);
  const largeButton = h('button', { type: 'button', class: 'mc-tool', 'aria-pressed': String(options.largeText), onClick: () => setLarge(largeButton.getAttribute('aria-pressed') !== 'true', true) }, 'A+ ', t.largeText);
  const humanButton = h('button', { type: 'button', class: 'mc-tool mc-human', onClick: () => actions.askForHuman() }, t.humanAgent);
  const closeButton = options.onClose ? h('button', { type: 'button', class: 'mc-tool mc-close', 'aria-label': t.closeWidget, onClick: options.onClose }, '✕') : null;
  const heading = h(options.headingLevel, { class: 'mc-title' }, t.title);
  const header = h('header', { class: 'mc-header' }, h('div', { class: 'mc-heading' }, heading, status), closeButton, h('div', { class: 'mc-tools' }, largeButton, humanButton));

  const log = h('div', { class: 'mc-log', tabindex: '0', role: 'region', 'aria-label': t.messagesLabel });
  const announcer = h('div', { class: 'mc-sr', 'aria-live': 'polite', 'aria-atomic': 'false' });
  const typing = h('div', { class: 'mc-typing', hidden: true }, h('span', { class: 'mc-dots', 'aria-hidden': 'true' }, h('i'), h('i'), h('i')), h('span', {}, t.typing));

  const agentTyping = h('div', { class: 'mc-typing mc-agent-typing', hidden: true }, h('span', { class: 'mc-dots', 'aria-hidden': 'true' }, h('i'), h('i'), h('i')), h('span', {}, t.agentTyping));

  const input = h('textarea', { id: 'mc-input', class: 'mc-input', rows: '2', maxlength: '2000', placeholder: t.inputPlaceholder, enterkeyhint: 'send' });
  const micButton = h('button', { type: 'button', class: 'mc-tool mc-mic', 'aria-pressed': 'false', hidden: !canListen() }, t.voiceInput);
  const sendButton = h('button', { type: 'submit', class: 'mc-send' }, t.send);
  const composer = h('form', { class: 'mc-composer' }, h('label', { for: 'mc-input', class: 'mc-sr' }, t.inputLabel), input, h('div', { class: 'mc-actions' }, micButton, sendButton));
  const root = h('section', { class: 'mc-root', 'aria-labelledby': 'mc-title', lang: 'vi' }, header, log, typing, agentTyping, composer, announcer);
  heading.id = 'mc-title';

  function submit(): void {
    const text = input.value.trim();
    if (!text) return;
    input.value = '';
    actions.send(text);
  }
  composer.addEventListener('submit', (e) => {
    e.preventDefault();
    submit();
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
      e.preventDefault();
      submit();
    }
  });

  let stopListening: (() => void) | null = null;
  micButton.addEventListener('click', () => {
    if (stopListening) return stopListening();
    micButton.setAttribute('aria-pressed', 'true');
    micButton.lastChild!.textContent = t.voiceListening;
    stopListening = listen(
      (text) => (input.value = input.value ? `${input.value} ${text}` : text),
      () => {
        stopListening = null;
        micButton.setAttribute('aria-pressed', 'false');
        micButton.lastChild!.textContent = t.voiceInput;
        input.focus();
      },
    );
  });

  function setLarge(on: boolean, fromUser: boolean): void {
    root.classList.toggle('mc-large', on);
    largeButton.setAttribute('aria-pressed', String(on));
    if (fromUser) actions.toggleLargeText(on);
  }
  setLarge(options.largeText, false);

  // scrollIntoView works for both layouts: the widget scrolls its log, the page scrolls itself.
  // No smooth scrolling for people who asked their system for less motion.
  const calm = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
  const reveal = (el: Element, block: ScrollLogicalPosition) => el.scrollIntoView?.({ block, behavior: calm ? 'auto' : 'smooth' });

  function readAloudButton(text: string): HTMLElement | null {
    if (!canSpeak() || !text) return null;
    const button = h('button', { type: 'button', class: 'mc-tool mc-read', 'aria-pressed': 'false' }, t.readAloud);
    const reset = () => {
      button.setAttribute('aria-pressed', 'false');
      button.lastChild!.textContent = t.readAloud;
    };
    button.addEventListener('click', () => {
      if (button.getAttribute('aria-pressed') === 'true') return stopSpeaking();
      button.setAttribute('aria-pressed', 'true');
      button.lastChild!.textContent = t.stopReading;
      speak(text, reset);
    });
    return button;
  }

  return {
    root,
    input,
    setLargeText: (on: boolean) => setLarge(on, false),
    setStatus(state: ConnectionState): void {
      status.textContent = t[state];
      status.dataset.state = state;
    },
    setTyping(on: boolean): void {
      typing.hidden = !on;
      if (on) reveal(typing, 'nearest');
    },
    /** "Cán bộ đang nhập…" while the agent types (the controller hides it after a pause). */
    setAgentTyping(on: boolean): void {
      if (agentTyping.hidden === !on) return;
      agentTyping.hidden = !on;
      if (on) reveal(agentTyping, 'nearest');
    },
    showStarters(): void {
      const starters = h(
        'div',
        { class: 'mc-starters', role: 'group', 'aria-label': t.starterHeading },
        ...t.starters.map((q) => h('button', { type: 'button', class: 'mc-choice mc-starter', onClick: () => actions.send(q) }, q)),
      );
      log.append(h('div', { class: 'mc-msg mc-assistant mc-welcome' }, h('p', { class: 'mc-text' }, t.welcome), starters));
    },
    hideStarters(): void {
      log.querySelector('.mc-starters')?.remove();
    },
    /** Appends a message; returns a setter for the delivery state of the citizen's own messages. */
    addMessage(message: ViewMessage, announce: boolean): (state: DeliveryState, note?: string) => void {
      const body = message.reply
        ? renderReply(message.reply, { key: message.key, isChecked: actions.isChecked, onCheck: actions.check, onChoice: actions.choose })
        : h('p', { class: 'mc-text' }, message.text);
      const state = h('p', { class: 'mc-delivery', hidden: true });
      const el = h('div', { class: `mc-msg mc-${message.role}`, 'data-key': message.key }, srOnly(`${WHO[message.role]}: `), body, state);
      const author = agentLabel(message.author);
      if (author) el.prepend(author);
      if (message.role !== 'citizen') {
        const read = readAloudButton(message.reply?.speech || message.text);
        if (read) el.append(read);
      }
      log.append(el);
      reveal(el, message.role === 'citizen' ? 'end' : 'start');
      if (announce && message.role !== 'citizen') announcer.append(h('p', {}, t.newMessage(WHO[message.role], message.reply?.text ?? message.text)));
      return (delivery, note) => {
        el.dataset.delivery = delivery;
        state.hidden = delivery === 'sent';
        state.replaceChildren(delivery === 'sending' ? t.sending : delivery === 'queued' ? t.queued : note ?? t.failed);
        if (delivery === 'failed') {
          const key = message.key;
          state.append(
            ' ',
            h('button', { type: 'button', class: 'mc-tool', onClick: () => actions.retry(key) }, t.retry),
            ' ',
            h('button', { type: 'button', class: 'mc-tool', onClick: () => actions.remove(key) }, t.remove),
          );
        }
      };
    },
    removeMessage(key: string): void {
      log.querySelector(`[data-key="${CSS.escape(key)}"]`)?.remove();
    },
    notice(text: string): void {
      announcer.append(h('p', {}, text));
    },
  };
}

export type ChatView = ReturnType<typeof createChatView>;
