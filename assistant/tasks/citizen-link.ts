import type { Turn } from '../reply.ts';

/**
 * A link in a reply to a citizen, or null when the channel could not open it. Our web pages open
 * a relative link; an SMS, a Zalo message or a call needs the public origin (PUBLIC_BASE_URL),
 * and without one no link is better than a broken one: the task then says where to go instead.
 */
export type CitizenLink = (channel: Turn['channel'], path: string) => string | null;

/** Channels shown on our own pages (the widget, the console, the CLI and evals), where `/path` works. */
const ON_OUR_PAGES: ReadonlySet<Turn['channel']> = new Set(['web', 'agents', 'cli', 'eval']);

/** The one place that turns a path into the link a citizen receives; a base with a path keeps it. */
export function citizenLink(publicBaseUrl: string | undefined): CitizenLink {
  const base = publicBaseUrl?.replace(/\/+$/, '');
  return (channel, path) => (base ? `${base}${path}` : ON_OUR_PAGES.has(channel) ? path : null);
}

/** What start-up logs when links to citizens on SMS, Zalo and the phone line cannot be absolute. */
export const NO_PUBLIC_BASE_URL_WARNING =
  'PUBLIC_BASE_URL is not set: replies on SMS, Zalo and the phone line carry no links (PDF downloads, calendar files, tracking); set it to the public https origin of this site';
