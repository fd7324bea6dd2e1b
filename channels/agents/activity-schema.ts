import { z } from 'zod';

/** What the adapter needs of an activity; anything else is refused with problem+json before it. */
export const IncomingActivity = z
  .object({
    type: z.string().min(1).max(64),
    id: z.string().max(200).optional(),
    channelId: z.string().max(100).optional(),
    serviceUrl: z.string().max(2000).optional(),
    deliveryMode: z.string().max(40).optional(),
    from: z.object({ id: z.string().max(300) }).loose().optional(),
    recipient: z.object({ id: z.string().max(300) }).loose().optional(),
    conversation: z.object({ id: z.string().min(1).max(1000) }).loose(),
    text: z.string().max(100_000).optional(),
  })
  .loose();
