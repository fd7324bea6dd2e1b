import fc from 'fast-check';
import { webHostileEndpoints } from '../../channels/web/testing/hostile-endpoints.ts';
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
  ...voiceHostileEndpoints,
  // The console's public surface; its signed-in API has its own hostile test (callcenter/console/hostile-input.test.ts).
  { name: 'GET /console/', method: 'GET', prepare: async () => ({ path: '/console/', headers: {} }) },
  {
    name: 'POST /console/api/v1/auth/login',
    method: 'POST',
    body: fc.record({ email: fc.emailAddress(), password: fc.string({ minLength: 1, maxLength: 80 }) }),
    prepare: async () => ({ path: '/console/api/v1/auth/login', headers: {} }),
  },
];
