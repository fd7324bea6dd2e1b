/**
 * The one cleaning every channel applies to a citizen's text at its boundary. It lives with the
 * assistant's input safety (which applies it again at the entry point, so that nothing unsanitised
 * reaches storage whatever calls it); channels import it from here.
 */
export { sanitiseCitizenText, sanitiseStrings } from '../assistant/index.ts';
