import { z } from 'zod';
import type { InboundEventInput } from '../delivery/index.ts';
import { toE164 } from '../phone.ts';
import { sanitiseCitizenText } from '../sanitise-text.ts';

const Id = z.union([z.string(), z.number()]).transform(String).pipe(z.string().min(1).max(64));
const Timestamp = z.union([z.string(), z.number()]).transform(String).pipe(z.string().regex(/^\d{1,16}$/));
const MAX_TEXT = 4000;

const Base = z.object({ event_name: z.string().min(1).max(64), app_id: Id, timestamp: Timestamp });
const FromUser = Base.extend({ sender: z.object({ id: Id }), message: z.object({ msg_id: Id, text: z.string().optional() }).loose() });
const Follow = Base.extend({ follower: z.object({ id: Id }) });
const SubmitInfo = Base.extend({ sender: z.object({ id: Id }), info: z.object({ phone: z.union([z.string(), z.number()]).transform(String).optional() }).loose() });

/** Messages we cannot read: the citizen is asked, politely, to type. */
const UNSUPPORTED = new Set([
  'user_send_image', 'user_send_sticker', 'user_send_location', 'user_send_gif', 'user_send_file',
  'user_send_audio', 'user_send_video', 'user_send_link', 'user_send_business_card',
]);

export class UnparseableEvent extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'UnparseableEvent';
  }
}

function must<T>(schema: z.ZodType<T>, value: unknown): T {
  const result = schema.safeParse(value);
  if (!result.success) throw new UnparseableEvent(result.error.issues.map((i) => `${i.path.join('.')}: ${i.code}`).join('; '));
  return result.data;
}

/**
 * A verified Zalo event as an inbound event: text, follow, unfollow, unreadable media, or a phone
 * number the citizen submitted; null for events we ignore (seen, received, reactions, echoes…).
 */
export function parseZaloEvent(body: unknown): InboundEventInput | null {
  const base = must(Base, body);
  const name = base.event_name;
  const common = { provider: 'zalo', channel: 'zalo' } as const;
  if (name === 'user_send_text') {
    const e = must(FromUser, body);
    const text = sanitiseCitizenText(e.message.text ?? '').slice(0, MAX_TEXT);
    return { ...common, providerMessageId: e.message.msg_id, address: e.sender.id, kind: 'text', text };
  }
  if (UNSUPPORTED.has(name)) {
    const e = must(FromUser, body);
    return { ...common, providerMessageId: e.message.msg_id, address: e.sender.id, kind: 'unsupported', text: '', extra: { event: name } };
  }
  if (name === 'follow' || name === 'unfollow') {
    const e = must(Follow, body);
    // Follow events carry no message id: the follower and the time identify a delivery.
    return { ...common, providerMessageId: `${name}.${e.follower.id}.${e.timestamp}`, address: e.follower.id, kind: name, text: '' };
  }
  if (name === 'user_submit_info') {
    const e = must(SubmitInfo, body);
    const phone = e.info.phone ? toE164(sanitiseCitizenText(e.info.phone)) : null;
    if (!phone) return null;
    return { ...common, providerMessageId: `submit_info.${e.sender.id}.${e.timestamp}`, address: e.sender.id, kind: 'phone_shared', text: '', extra: { phone } };
  }
  return null;
}
