/**
 * The chat's CSS, adopted inside its Shadow DOM. `:host` resets everything with !important,
 * which beats even a host page's `* { all: unset !important }`; sizes are in em from the
 * host's fixed 16px (never rem, which a host page can shrink). Targets are ≥ 44 px.
 */
export const styles = `
:host{all:initial!important;display:block!important;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",Arial,sans-serif!important;color:#1a1a1a!important;text-align:left!important;visibility:visible!important;opacity:1!important}
*,*::before,*::after{box-sizing:border-box}
[hidden]{display:none!important}
.mc-sr{position:absolute!important;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
.mc-root{display:flex;flex-direction:column;background:#fff;color:#1a1a1a;font-size:1em}
.mc-root.mc-large{font-size:1.3em}
.mc-root.mc-large .mc-header{font-size:.85em}
.mc-mode-page{min-height:100vh;min-height:100dvh;max-width:52em;margin:0 auto}
.mc-mode-widget{position:fixed;right:1em;bottom:1em;width:26em;height:min(42em,calc(100vh - 2em));z-index:2147483000;border:1px solid #6b7280;border-radius:.75em;box-shadow:0 .5em 2em rgba(0,0,0,.3);overflow:hidden}
@media (max-width:480px){.mc-mode-widget{inset:0;width:100%;height:100%;border-radius:0;border:0}}
.mc-header{position:sticky;top:0;z-index:2;display:flex;flex-wrap:wrap;gap:.5em;align-items:center;justify-content:space-between;padding:.5em .75em;background:#0b3d91;color:#fff}
.mc-heading{flex:1 1 12em}.mc-close{order:3}.mc-tools{order:2}
@media (max-width:480px){.mc-heading{flex-basis:calc(100% - 4em)}.mc-close{order:1}.mc-tools{order:2;flex-basis:100%}.mc-header .mc-tool{padding:.3em .6em}}
.mc-title{margin:0;font-size:1.1em;font-weight:700;line-height:1.3}
.mc-status{margin:0;font-size:.85em}
.mc-status::before{content:"";display:inline-block;width:.6em;height:.6em;margin-right:.35em;border-radius:50%;background:#fbbf24}
.mc-status[data-state=connected]::before{background:#4ade80}
.mc-status[data-state=offline]::before{background:#f87171}
.mc-tools,.mc-actions{display:flex;flex-wrap:wrap;gap:.4em}
button{font:inherit;cursor:pointer;min-height:2.75em;min-width:2.75em;border-radius:.5em;margin:0}
.mc-tool{padding:.4em .7em;border:2px solid currentColor;background:transparent;color:inherit;font-weight:600}
.mc-header .mc-tool{border-color:#fff;color:#fff}
.mc-header .mc-tool[aria-pressed=true]{background:#fff;color:#0b3d91}
.mc-human{background:#fff!important;color:#0b3d91!important}
button:focus-visible,a:focus-visible,textarea:focus-visible,input:focus-visible,.mc-log:focus-visible{outline:3px solid #f59e0b;outline-offset:2px;box-shadow:0 0 0 5px #1a1a1a}
.mc-log{flex:1;padding:.75em;display:flex;flex-direction:column;gap:.75em;background:#fff}
.mc-mode-widget .mc-log{overflow-y:auto;overscroll-behavior:contain}
.mc-msg{max-width:100%;padding:.6em .8em;border-radius:.75em;word-wrap:break-word;overflow-wrap:anywhere}
.mc-citizen{align-self:flex-end;max-width:85%;background:#0b3d91;color:#fff}
.mc-assistant,.mc-system{align-self:stretch;background:#f1f4f9;border:1px solid #c7d0dd}
.mc-agent{align-self:stretch;background:#fff8e6;border:1px solid #b7791f}
.mc-text{margin:0;white-space:pre-line}
.mc-mode-page .mc-msg{scroll-margin-top:9em;scroll-margin-bottom:7em}
.mc-delivery{margin:.25em 0 0;font-size:.85em}
.mc-card{margin-top:.75em;padding:.6em .75em;background:#fff;border:1px solid #c7d0dd;border-radius:.5em}
.mc-card h3{margin:0 0 .4em;font-size:1em}
.mc-card h4{margin:0 0 .2em;font-size:1em;color:#0b3d91}
.mc-hint{margin:.2em 0 .4em;font-size:.9em;color:#374151}
.mc-methods{list-style:none;margin:0;padding:0;display:grid;gap:.5em;grid-template-columns:repeat(auto-fit,minmax(12em,1fr))}
.mc-method{padding:.5em .6em;border-left:.3em solid #0b3d91;background:#f8fafc}
dl{margin:0}dl>div{display:flex;flex-wrap:wrap;gap:0 .4em}dt{font-weight:700}dt::after{content:":"}dd{margin:0}
.mc-fee{font-weight:700}
.mc-case{border:0;margin:0 0 .4em;padding:0}
.mc-case legend{font-weight:700;padding:0;margin-bottom:.2em}
.mc-check{display:flex;align-items:flex-start;gap:.5em;min-height:2.75em;padding:.2em 0}
.mc-check input{width:1.5em;height:1.5em;margin:.5em .1em 0;flex:none;accent-color:#0b3d91}
.mc-check label{display:block;padding:.4em 0;cursor:pointer}
.mc-doc{flex:1;min-width:0}
.mc-doc-full{font-size:.9em;color:#374151;margin:0 0 .2em}
.mc-doc-full summary{cursor:pointer;color:#0b3d91;font-weight:600;min-height:2.75em;display:flex;align-items:center}
.mc-doc-full p{margin:.2em 0 0}
.mc-doc-qty{display:block;font-size:.9em;color:#374151}
.mc-check input:checked+label .mc-doc-name{text-decoration:line-through}
.mc-cite{margin:.6em 0 0}
a{color:#0b3d91;text-decoration:underline;font-weight:600}
.mc-notice{margin:.6em 0 0;padding:.5em;background:#fff8e6;border-left:.3em solid #b7791f}
.mc-choices,.mc-starters{display:flex;flex-direction:column;gap:.5em;margin-top:.75em}
.mc-choice{display:flex;align-items:center;gap:.6em;width:100%;min-height:3.25em;padding:.5em .75em;text-align:left;background:#fff;color:#0b3d91;border:2px solid #0b3d91;font-weight:600}
.mc-choice:hover{background:#e8eefb}
.mc-task-link{text-decoration:none;box-sizing:border-box;margin:.4em 0}
.mc-choice-n{display:inline-flex;align-items:center;justify-content:center;flex:none;width:1.8em;height:1.8em;border-radius:50%;background:#0b3d91;color:#fff}
.mc-read{margin-top:.5em;color:#0b3d91}
.mc-typing{display:flex;align-items:center;gap:.5em;padding:.25em .9em;color:#374151;font-size:.9em}
.mc-dots i{display:inline-block;width:.45em;height:.45em;margin:0 .1em;border-radius:50%;background:#4b5563;animation:mc-b 1.2s infinite ease-in-out}
.mc-dots i:nth-child(2){animation-delay:.2s}.mc-dots i:nth-child(3){animation-delay:.4s}
@keyframes mc-b{0%,80%,100%{opacity:.3}40%{opacity:1}}
@media (prefers-reduced-motion:reduce){.mc-dots i{animation:none}}
.mc-composer{position:sticky;bottom:0;display:flex;align-items:flex-end;gap:.4em;padding:.6em .75em;background:#fff;border-top:1px solid #c7d0dd}
.mc-input{flex:1;min-width:0;min-height:2.75em;max-height:10em;padding:.5em .6em;font:inherit;color:#1a1a1a;background:#fff;border:2px solid #4b5563;border-radius:.5em;resize:vertical}
.mc-actions{flex-direction:column}
.mc-send{padding:.4em 1.4em;background:#0b3d91;color:#fff;border:2px solid #0b3d91;font-weight:700}
.mc-launcher{position:fixed;right:1em;bottom:1em;z-index:2147483000;padding:.6em 1.2em;min-height:3.5em;background:#0b3d91;color:#fff;border:2px solid #fff;border-radius:2em;font-weight:700;box-shadow:0 .3em 1em rgba(0,0,0,.35)}
@media (min-width:768px){.mc-log{padding:1em 1.25em}.mc-citizen{max-width:70%}}
@media (forced-colors:active){.mc-tool,.mc-choice,.mc-send{border:2px solid ButtonText}}
`;
