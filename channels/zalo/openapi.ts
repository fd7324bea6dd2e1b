import { z } from 'zod';
import { problem, schemaRef, type OpenApiFragment } from '../delivery/openapi.ts';

/** A Zalo OA webhook event as documented (the fields we read; others are allowed and ignored). */
const ZaloEvent = z
  .object({
    app_id: z.string(),
    event_name: z.string().describe('user_send_text, follow, unfollow, user_submit_info, user_send_image/sticker/location/…'),
    timestamp: z.string().describe('milliseconds since the epoch'),
    sender: z.object({ id: z.string() }).optional(),
    recipient: z.object({ id: z.string() }).optional(),
    follower: z.object({ id: z.string() }).optional(),
    message: z.object({ msg_id: z.string(), text: z.string().optional() }).loose().optional(),
    info: z.object({ phone: z.string().optional() }).loose().optional(),
  })
  .loose();

export const zaloOpenApi: OpenApiFragment = {
  schemas: { ZaloEvent },
  paths: {
    '/webhooks/zalo': {
      post: {
        summary: 'Zalo OA events',
        parameters: [{ name: 'X-ZEvent-Signature', in: 'header', required: true, schema: { type: 'string', pattern: '^mac=[0-9a-f]{64}$' }, description: 'mac = sha256(app_id + raw body + timestamp + OA secret key)' }],
        requestBody: { required: true, content: { 'application/json': { schema: schemaRef('ZaloEvent') } } },
        responses: {
          '200': { description: 'Stored (once per msg_id) and queued, or ignored' },
          '400': problem('Not JSON, or no timestamp.'),
          '401': problem('Missing or wrong signature; nothing stored.'),
          '413': problem('Body too large.'),
        },
      },
    },
  },
};
