import { mountChat } from './mount.ts';

/** Entry of the public chat page at `/`: the chat fills the page's <main id="chat">. */
function boot(): void {
  const main = document.getElementById('chat');
  if (!main) return;
  const host = document.createElement('div');
  host.className = 'chat-host';
  main.append(host);
  const chat = mountChat(host, { apiBase: '', headingLevel: 'h1', mode: 'page' });
  chat.start();
  chat.view.input.focus();
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', boot);
else boot();
