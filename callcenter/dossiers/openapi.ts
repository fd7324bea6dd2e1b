import { z } from 'zod';
import { DossierChange } from './update-dossier.ts';

const problem = (description: string) => ({ description, content: { 'application/problem+json': { schema: { type: 'object' } } } });
const json = (schema: unknown) => ({ required: true, content: { 'application/json': { schema } } });
const schema = (s: z.ZodType) => {
  const out = z.toJSONSchema(s, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  delete out.$schema;
  return out;
};
const code = { name: 'code', in: 'path', required: true, schema: { type: 'string' }, description: 'Dossier code, e.g. H12.34-261120-0001' };
const staff = (summary: string, role: string) => ({ summary, description: `Role: ${role} or above; console session cookie; writes need X-CSRF-Token.`, servers: [{ url: '/console/api/v1' }] });

/** OpenAPI 3.1 of the public dossier lookup (/dossiers) and the console's dossier routes. */
export function buildDossiersOpenApi(): Record<string, unknown> {
  return {
    openapi: '3.1.0',
    info: { title: 'Một Cửa – tra cứu hồ sơ', version: '1.0.0', description: 'An unknown code and a wrong phone suffix give the same 404. Limited per address and per code (DOSSIER_LOOKUPS_PER_HOUR).' },
    servers: [{ url: '/dossiers' }],
    paths: {
      '/api/v1/lookup': {
        post: {
          summary: 'Look a dossier up by its code and the last 4 digits of the phone given at submission',
          requestBody: json({ type: 'object', required: ['code', 'phoneLast4'], properties: { code: { type: 'string', maxLength: 60 }, phoneLast4: { type: 'string', pattern: '^\\d{4}$' } } }),
          responses: { '200': { description: 'The dossier and the answer in plain Vietnamese' }, '404': problem('Not found (or wrong suffix)'), '422': problem('Malformed'), '429': problem('Too many lookups') },
        },
      },
      '/dossiers/import': { post: { ...staff('Import dossiers from CSV (all or nothing; audited)', 'supervisor'), requestBody: json({ type: 'object', required: ['csv'], properties: { csv: { type: 'string', description: 'Header: code|ma_ho_so, procedure_code, procedure_name, phone, status, received_on, due_on, new_due_on, late_reason, note' } } }), responses: { '200': { description: '{ saved }' }, '422': problem('Bad lines, with their numbers') } } },
      '/dossiers/{code}': {
        get: { ...staff('Read a dossier', 'agent'), parameters: [code], responses: { '200': { description: 'The dossier' }, '404': problem('No such dossier') } },
        put: { ...staff('Record a new status (and for a late one the new date and reason); watchers are told', 'agent'), parameters: [code], requestBody: json(schema(DossierChange)), responses: { '200': { description: 'The dossier' }, '404': problem('No such dossier'), '422': problem('Malformed') } },
      },
    },
  };
}
