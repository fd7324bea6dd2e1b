/** The two renderers of the provider-neutral steps. */
export { renderTwiml, renderHoldTwiml, renderAgentDialTwiml, renderSayTwiml, type TwimlOptions } from './render-twiml.ts';
export { renderScco, type SccoAction, type SccoOptions } from './render-scco.ts';
