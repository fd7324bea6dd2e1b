import { h } from './dom.ts';
import { mountChat } from './mount.ts';
import { t } from './strings.ts';

/**
 * Entry of the embeddable widget: `<script src="https://<server>/assets/widget.js" defer></script>`.
 * Optional attributes: data-server (API origin, default the script's origin), data-open="true".
 */
const script = document.currentScript as HTMLScriptElement | null;

function boot(): void {
  if (document.querySelector('mot-cua-widget')) return;
  const apiBase = script?.dataset.server ?? (script?.src ? new URL(script.src).origin : window.location.origin);
  const host = document.createElement('mot-cua-widget');
  document.body.append(host);

  const chat = mountChat(host, { apiBase, headingLevel: 'h2', mode: 'widget', onClose: () => setOpen(false) });
  const panel = chat.view.root;
  panel.id = 'mc-panel';
  const launcher = h('button', { type: 'button', class: 'mc-launcher', 'aria-expanded': 'false', 'aria-controls': 'mc-panel', 'aria-label': t.openWidget }, t.launcher);
  chat.shadow.append(launcher);

  function setOpen(open: boolean): void {
    panel.hidden = !open;
    launcher.hidden = open;
    launcher.setAttribute('aria-expanded', String(open));
    if (open) {
      chat.start();
      chat.view.input.focus();
    } else launcher.focus();
  }
  launcher.addEventListener('click', () => setOpen(true));
  panel.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') setOpen(false);
  });
  panel.hidden = true;
  if (script?.dataset.open === 'true') setOpen(true);
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', boot);
else boot();
