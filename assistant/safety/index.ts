/** Input safety for every channel: clean, bounded, Vietnamese text in; markup never echoed. */
export { checkInput, MAX_INPUT_CHARS } from './check-input.ts';
export type { InputCheck, InputRejection } from './check-input.ts';
export { stripHtml, escapeHtml } from './strip-html.ts';
export { sanitiseCitizenText, sanitiseStrings } from './sanitise-text.ts';
export { isEnglishOnly } from './detect-language.ts';
export { SAFETY_MESSAGES } from './strings.ts';
