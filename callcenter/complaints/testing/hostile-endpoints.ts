import fc from 'fast-check';
import type { HostileEndpoint, ValidRequest } from '../../../platform/testing/hostile-input/types.ts';

/** The complaint module's public endpoints, for the hostile-input suite (`npm run fuzz`: 1,000+ each). */
async function formToken(base: string): Promise<string> {
  const res = await fetch(`${base}/api/v1/complaints/form-token`);
  return ((await res.json()) as { formToken: string }).formToken;
}

/** A filed ticket to track or rate (filed through the public API, as a citizen would). */
async function filed(base: string): Promise<{ code: string; lookupCode: string }> {
  const res = await fetch(`${base}/api/v1/complaints`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Form-Token': await formToken(base) },
    body: JSON.stringify({ type: 'phan_anh', content: 'Hồ sơ tạm trú của tôi bị trễ hẹn hai tuần.', citizen: { name: 'Nguyễn Văn A', phone: '0912345678' }, consent: true }),
  });
  if (res.status !== 201) throw new Error(`could not file: ${res.status} ${await res.text()}`);
  return (await res.json()) as { code: string; lookupCode: string };
}

const filing = fc.record(
  {
    clientId: fc.stringMatching(/^[A-Za-z0-9_-]{8,64}$/),
    type: fc.constantFrom('phan_anh', 'khieu_nai', 'gop_y', 'to_cao'),
    content: fc.oneof(fc.constant('Cán bộ hẹn mãi không trả kết quả đăng ký khai sinh cho con tôi.'), fc.string({ minLength: 1, maxLength: 400 })),
    place: fc.string({ maxLength: 100 }),
    citizen: fc.record({ name: fc.constantFrom('Trần Thị B', 'Lê C'), phone: fc.constantFrom('0912345678', '+84987654321') }),
    consent: fc.constant(true),
  },
  { requiredKeys: ['type', 'content', 'citizen', 'consent'] },
);

const withToken = (path: string) => async (base: string): Promise<ValidRequest> => ({ path, headers: { 'X-Form-Token': await formToken(base) } });
const ticket = (suffix: string, query: boolean) => async (base: string): Promise<ValidRequest> => {
  const t = await filed(base);
  return { path: `/api/v1/complaints/${t.code}${suffix}${query ? `?lookupCode=${t.lookupCode}` : ''}`, headers: {}, params: { code: t.code } };
};

export const complaintHostileEndpoints: readonly HostileEndpoint[] = [
  { name: 'GET /phan-anh', method: 'GET', prepare: async () => ({ path: '/phan-anh', headers: {} }) },
  {
    name: 'POST /phan-anh (form)',
    method: 'POST',
    contentType: 'application/x-www-form-urlencoded',
    body: fc.record({ type: fc.constantFrom('phan_anh', 'gop_y'), content: fc.string({ maxLength: 300 }), name: fc.string({ maxLength: 50 }), phone: fc.constantFrom('0912345678', ''), consent: fc.constantFrom('yes', '') }),
    prepare: async () => ({ path: "/phan-anh", headers: {} }),
  },
  {
    name: 'GET /phan-anh/tra-cuu',
    method: 'GET',
    query: fc.record({ ma: fc.string({ maxLength: 40 }), khoa: fc.string({ maxLength: 12 }) }, { requiredKeys: [] }),
    prepare: async () => ({ path: '/phan-anh/tra-cuu', headers: {} }),
  },
  { name: 'GET /api/v1/complaints/form-token', method: 'GET', prepare: async () => ({ path: '/api/v1/complaints/form-token', headers: {} }) },
  { name: 'POST /api/v1/complaints', method: 'POST', body: filing, prepare: withToken('/api/v1/complaints') },
  { name: 'GET /api/v1/complaints/:code', method: 'GET', prepare: ticket('', true) },
  {
    name: 'POST /api/v1/complaints/:code/rating',
    method: 'POST',
    body: fc.record({ lookupCode: fc.string({ maxLength: 12 }), rating: fc.constantFrom('very_satisfied', 'satisfied', 'dissatisfied'), comment: fc.string({ maxLength: 200 }) }, { requiredKeys: ['rating'] }),
    prepare: ticket('/rating', false),
  },
  // The satisfaction survey page (callcenter/csat); an unknown token is a 404 problem.
  { name: 'GET /danh-gia/:token', method: 'GET', prepare: async () => ({ path: '/danh-gia/AAAAAAAAAAAAAAAAAAAAAA', headers: {}, params: { token: 'AAAAAAAAAAAAAAAAAAAAAA' } }) },
  {
    name: 'POST /danh-gia/:token',
    method: 'POST',
    contentType: 'application/x-www-form-urlencoded',
    body: fc.record({ level: fc.constantFrom('very_satisfied', 'satisfied', 'dissatisfied'), comment: fc.string({ maxLength: 200 }) }, { requiredKeys: ['level'] }),
    prepare: async () => ({ path: '/danh-gia/AAAAAAAAAAAAAAAAAAAAAA', headers: {}, params: { token: 'AAAAAAAAAAAAAAAAAAAAAA' } }),
  },
];
