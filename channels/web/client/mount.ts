import { createApi } from './api.ts';
import { createChatController } from './chat-controller.ts';
import { createChatView, type ViewActions } from './chat-view.ts';
import { store } from './storage.ts';
import { styles } from './styles.ts';

export interface MountOptions {
  /** Origin of the Một Cửa server ('' for the same origin). */
  apiBase: string;
  headingLevel: 'h1' | 'h2';
  mode: 'page' | 'widget';
  onClose?: () => void;
}

/**
 * Puts the chat inside a Shadow DOM on `host`, so the host page's CSS cannot reach it, and
 * returns it ready to start. Styles are adopted as a constructed sheet where supported (no inline <style>).
 */
export function mountChat(host: HTMLElement, options: MountOptions) {
  const shadow = host.attachShadow({ mode: 'open' });
  if ('adoptedStyleSheets' in shadow && 'replaceSync' in CSSStyleSheet.prototype) {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(styles);
    shadow.adoptedStyleSheets = [sheet];
  } else {
    // Older Safari: a <style> element (needs style-src 'unsafe-inline', which helmet's default allows).
    const style = document.createElement('style');
    style.textContent = styles;
    shadow.append(style);
  }

  let controller: ReturnType<typeof createChatController> | null = null;
  const actions: ViewActions = {
    send: (text) => controller?.send(text),
    choose: (choice) => controller?.choose(choice),
    askForHuman: () => controller?.askForHuman(),
    retry: (id) => controller?.retry(id),
    remove: (id) => controller?.remove(id),
    toggleLargeText: (on) => controller?.setLargeText(on),
    isChecked: (key) => controller?.isChecked(key) ?? false,
    check: (key, checked) => controller?.check(key, checked),
  };
  const view = createChatView({ headingLevel: options.headingLevel, largeText: store.largeText(), onClose: options.onClose }, actions);
  view.root.classList.add(`mc-mode-${options.mode}`);
  shadow.append(view.root);
  const chat = createChatController(createApi(options.apiBase), view);
  controller = chat;
  let started = false;
  return {
    view,
    shadow,
    /** Loads history and connects; the widget waits until the citizen first opens it. */
    start(): void {
      if (started) return;
      started = true;
      void chat.start();
    },
  };
}
