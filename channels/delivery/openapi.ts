import { z } from 'zod';
import { componentSchemas } from '../../platform/http/openapi-schemas.ts';

/** One channel's part of the webhooks' OpenAPI document: its paths and the schemas they name. */
export interface OpenApiFragment {
  paths: Record<string, unknown>;
  schemas?: Record<string, z.ZodType>;
}

export const problem = (description: string) => ({ description, content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } } });
export const schemaRef = (id: string) => ({ $ref: `#/components/schemas/${id}` });

/** The query parameters of a GET webhook, from the zod object that validates them. */
export function queryParameters(schema: z.ZodObject): unknown[] {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as { properties?: Record<string, unknown>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, property]) => ({ name, in: 'query', required: (json.required ?? []).includes(name), schema: property }));
}

/**
 * The OpenAPI 3.1 document of every provider webhook (Zalo, eSMS, Twilio, M365 Agents), served at
 * GET /webhooks/openapi.json; request shapes come from the zod schemas that validate them.
 */
export function buildWebhooksOpenApi(fragments: OpenApiFragment[]): Record<string, unknown> {
  const schemas = componentSchemas(Object.assign({}, ...fragments.map((fragment) => fragment.schemas ?? {})));
  return {
    openapi: '3.1.0',
    info: {
      title: 'Một Cửa — webhook của các kênh',
      version: '1.0.0',
      description: 'Webhooks the providers call (Zalo OA, eSMS.vn, Twilio, Microsoft 365 Agents). Each is verified, stored once and answered at once; the reply follows in the background.',
    },
    components: {
      schemas: {
        ...schemas,
        Problem: { type: 'object', properties: { type: { type: 'string' }, title: { type: 'string' }, status: { type: 'integer' }, detail: { type: 'string' } }, required: ['title', 'status'] },
      },
    },
    paths: Object.assign({}, ...fragments.map((f) => f.paths)),
  };
}
