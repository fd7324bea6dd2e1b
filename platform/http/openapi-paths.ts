/**
 * The operational endpoints every process serves (/healthz, /readyz, /metrics), as OpenAPI path
 * items. They live at the root, so each item names its own server; the composition root adds
 * them to the main document (the web channel's /api/v1/openapi.json).
 */
export function operationalOpenApiPaths(): Record<string, unknown> {
  const root = [{ url: '/' }];
  const json = (description: string, properties: Record<string, unknown>) => ({
    description,
    content: { 'application/json': { schema: { type: 'object', properties, required: Object.keys(properties) } } },
  });
  const checks = { type: 'object', additionalProperties: { type: 'string', enum: ['ok', 'down'] }, description: 'Each dependency (database, redis) and its state.' };
  return {
    '/healthz': {
      servers: root,
      get: { summary: 'Liveness: the process answers', security: [], responses: { '200': json('Alive', { status: { type: 'string', const: 'ok' } }) } },
    },
    '/readyz': {
      servers: root,
      get: {
        summary: 'Readiness: the database (and Redis when configured) answer within 2 s',
        security: [],
        responses: {
          '200': json('Ready', { status: { type: 'string', const: 'ready' }, checks }),
          '503': json('A dependency is down', { status: { type: 'string', const: 'not_ready' }, checks }),
        },
      },
    },
    '/metrics': {
      servers: root,
      get: {
        summary: 'Prometheus metrics (HTTP latency by route, assistant turns, handoffs, jobs, open streams)',
        description: 'When METRICS_TOKEN is set, send it as `Authorization: Bearer <token>`.',
        security: [{ metricsToken: [] }, {}],
        responses: {
          '200': { description: 'Prometheus text exposition format', content: { 'text/plain': { schema: { type: 'string' } } } },
          '401': { description: 'METRICS_TOKEN is set and the request did not send it.', content: { 'application/problem+json': { schema: { type: 'object' } } } },
        },
      },
    },
  };
}

/** The security scheme `/metrics` uses. */
export const METRICS_SECURITY_SCHEME = { metricsToken: { type: 'http', scheme: 'bearer', description: 'METRICS_TOKEN, when configured.' } };
