import type { HostileEndpoint, ValidRequest } from '../../../platform/testing/hostile-input/types.ts';
import { fillCt01OverHttp } from './fill-ct01-over-http.ts';

/** A real link from a real chat: each endpoint gets its own (the DELETE one destroys its links). */
const link = (which: 'file' | 'profile', suffix = '') => async (base: string): Promise<ValidRequest> => {
  const path = (await fillCt01OverHttp(base))[which];
  return { path: `${path}${suffix}`, headers: {}, params: { token: path.split('/').at(-1)! } };
};

/** The pre-filled forms' public endpoints, for the hostile-input suite. */
export const formsHostileEndpoints: readonly HostileEndpoint[] = [
  { name: 'GET /forms/openapi.json', method: 'GET', prepare: async () => ({ path: '/forms/openapi.json', headers: {} }) },
  { name: 'GET /forms/files/:token', method: 'GET', prepare: link('file') },
  { name: 'GET /forms/profile/:token', method: 'GET', prepare: link('profile') },
  { name: 'POST /forms/profile/:token/delete', method: 'POST', prepare: link('profile', '/delete') },
  { name: 'DELETE /forms/profile/:token', method: 'DELETE', prepare: link('profile') },
];
