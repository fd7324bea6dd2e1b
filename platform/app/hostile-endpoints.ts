import fc from 'fast-check';
import { consoleHostileEndpoints } from '../../callcenter/console/testing/hostile-endpoints.ts';
import { channelHostileEndpoints } from '../../channels/delivery/testing/hostile-endpoints.ts';
import { complaintHostileEndpoints } from '../../callcenter/complaints/testing/hostile-endpoints.ts';
import { appointmentHostileEndpoints } from '../../callcenter/appointments/testing/hostile-endpoints.ts';
import { webHostileEndpoints } from '../../channels/web/testing/hostile-endpoints.ts';
import { dossiersHostileEndpoints } from '../../callcenter/dossiers/testing/hostile-endpoints.ts';
import { formsHostileEndpoints } from '../../callcenter/forms/testing/hostile-endpoints.ts';
import { voiceHostileEndpoints } from '../../channels/voice/testing/hostile-endpoints.ts';
import type { HostileEndpoint } from '../testing/hostile-input/types.ts';

/**
 * Every public endpoint of the composed app, for the hostile-input suite. A module that adds a
 * public route (console API, webhooks, booking, tracking, forms) adds its list here.
 */
export const METRICS_TOKEN_FOR_TESTS = 'hostile-suite-metrics-token';

export const hostileEndpoints: readonly HostileEndpoint[] = [
  { name: 'GET /healthz', method: 'GET', prepare: async () => ({ path: '/healthz', headers: {} }) },
  { name: 'GET /readyz', method: 'GET', prepare: async () => ({ path: '/readyz', headers: {} }) },
  { name: 'GET /metrics', method: 'GET', prepare: async () => ({ path: '/metrics', headers: { Authorization: `Bearer ${METRICS_TOKEN_FOR_TESTS}` } }) },
  ...webHostileEndpoints,
  // Zalo, eSMS, Twilio and M365 Agents webhooks; serve-composed.ts mounts them with test settings.
  ...channelHostileEndpoints,
  ...complaintHostileEndpoints,
  ...voiceHostileEndpoints,
  { name: 'GET /console/', method: 'GET', prepare: async () => ({ path: '/console/', headers: {} }) },
  { name: 'GET /console/api/v1/openapi.json', method: 'GET', prepare: async () => ({ path: '/console/api/v1/openapi.json', headers: {} }) },
  // The signed-in console API, with an admin's session (serveComposedApp opens it first).
  ...consoleHostileEndpoints,
  {
    name: 'POST /console/api/v1/auth/login',
    method: 'POST',
    body: fc.record({ email: fc.emailAddress(), password: fc.string({ minLength: 1, maxLength: 80 }) }),
    prepare: async () => ({ path: '/console/api/v1/auth/login', headers: {} }),
  },
  ...appointmentHostileEndpoints,
  ...formsHostileEndpoints,
  ...dossiersHostileEndpoints,
];
