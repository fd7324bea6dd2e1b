import fc from 'fast-check';
import type { HostileEndpoint } from '../../../platform/testing/hostile-input/types.ts';

/** The public dossier lookup, for the hostile-input suite (valid shapes; most codes unknown). */
export const dossiersHostileEndpoints: readonly HostileEndpoint[] = [
  { name: 'GET /dossiers/openapi.json', method: 'GET', prepare: async () => ({ path: '/dossiers/openapi.json', headers: {} }) },
  {
    name: 'POST /dossiers/api/v1/lookup',
    method: 'POST',
    body: fc.record({ code: fc.oneof(fc.constantFrom('H12.34-261120-0001', '000.00.12.H26-261120-0001'), fc.stringMatching(/^[A-Z0-9.-]{4,40}$/)), phoneLast4: fc.stringMatching(/^\d{4}$/) }),
    prepare: async () => ({ path: '/dossiers/api/v1/lookup', headers: {} }),
  },
];
