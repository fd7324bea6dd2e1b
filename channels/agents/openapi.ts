import { problem, schemaRef, type OpenApiFragment } from '../delivery/openapi.ts';
import { IncomingActivity } from './activity-schema.ts';

export const agentsOpenApi: OpenApiFragment = {
  schemas: { Activity: IncomingActivity },
  paths: {
    '/api/messages': {
      post: {
        summary: 'Microsoft 365 Agents (Activity protocol)',
        description: 'With deliveryMode "expectReplies" the replies come back in the body; otherwise they go to the connector at serviceUrl.',
        parameters: [{ name: 'Authorization', in: 'header', required: false, schema: { type: 'string' }, description: 'Bearer JWT from the Bot Framework / Entra; required when a client id is configured' }],
        requestBody: { required: true, content: { 'application/json': { schema: schemaRef('Activity') } } },
        responses: {
          '200': { description: 'Handled; { activities: [...] } for expectReplies', content: { 'application/json': { schema: { type: 'object' } } } },
          '400': problem('Not an activity.'),
          '401': problem('Missing or invalid token.'),
        },
      },
    },
  },
};
