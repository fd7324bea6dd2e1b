import fc from 'fast-check';
import { BAD_BODIES, BAD_HEADER_VALUES, BAD_STRINGS, BAD_VALUES } from './bad-strings.ts';
import type { HostileCase, HostileEndpoint, ValidRequest } from './types.ts';

/** Any hostile scalar: the corpus, arbitrary Unicode (lone surrogates included) and other types. */
const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...BAD_STRINGS) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 300 }) },
  { weight: 1, arbitrary: fc.constantFrom(...BAD_VALUES) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 4 }) },
);

const hostileKey = fc.oneof(fc.constantFrom('__proto__', 'constructor', 'prototype', 'text ', '', 'a'.repeat(500)), fc.string({ maxLength: 20 }));

/** Header values fetch can send (latin-1 only), so the case reaches the server. */
const headerValue = fc.oneof(fc.constantFrom(...BAD_HEADER_VALUES), fc.stringMatching(/^[\x20-\x7e]{0,200}$/));

/** Percent-encodes the UTF-8 bytes as a client would (a lone surrogate becomes U+FFFD's bytes). */
function percentEncode(text: string): string {
  return [...Buffer.from(text, 'utf8')].map((b) => (/[A-Za-z0-9._~-]/.test(String.fromCharCode(b)) ? String.fromCharCode(b) : `%${b.toString(16).toUpperCase().padStart(2, '0')}`)).join('');
}

/** Encoded sequences that are not valid UTF-8 or that decode to traversal. */
const RAW_SEGMENTS = ['%ED%A0%80', '%C0%AF', '%FF%FE', '%', '%zz', '%00', '..%2F..%2F', '%2e%2e', '..;', '%u0041'];

function withQuery(path: string, query: Record<string, string>): string {
  const q = new URLSearchParams(query).toString();
  return q ? `${path}${path.includes('?') ? '&' : '?'}${q}` : path;
}

/** The hostile variants of one endpoint's valid request, deterministic for a seed. */
export function hostileCases(endpoint: HostileEndpoint, valid: ValidRequest, count: number, seed: number): HostileCase[] {
  const base = (kind: string): HostileCase => ({ kind, method: endpoint.method, path: valid.path, headers: { ...valid.headers } });
  const json = (value: unknown) => JSON.stringify(value);
  const validBody = endpoint.body ?? fc.constant({});
  const withBody = (c: HostileCase, body: string, type = endpoint.contentType ?? 'application/json'): HostileCase =>
    endpoint.method === 'GET' || endpoint.method === 'HEAD' ? c : { ...c, body, headers: { ...c.headers, 'Content-Type': type } };

  const strategies: fc.Arbitrary<HostileCase>[] = [
    // One field of a valid body replaced by a hostile value, or a hostile extra field.
    fc.tuple(validBody, hostileValue, hostileKey, fc.boolean()).map(([body, value, key, replace]) => {
      const keys = Object.keys(body);
      const target = replace && keys.length ? keys[Math.abs(json(value).length) % keys.length]! : key;
      return withBody(base('body-field'), json({ ...body, [target]: value }));
    }),
    fc.jsonValue({ maxDepth: 6 }).map((v) => withBody(base('arbitrary-json'), json(v))),
    fc.constantFrom(...BAD_BODIES).map((b) => withBody(base('bad-json'), b)),
    fc.tuple(validBody, fc.constantFrom('text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/json; charset=utf-16', 'application/xml', ''))
      .map(([body, type]) => withBody(base('content-type'), json(body), type)),
    // A path parameter replaced (ids, traversal, NUL, huge).
    fc.tuple(
      fc.constantFrom(...Object.values(valid.params ?? { none: '' })),
      fc.oneof(fc.constantFrom(...BAD_STRINGS).map(percentEncode), fc.string({ unit: 'binary', maxLength: 80 }).map(percentEncode), fc.constantFrom(...RAW_SEGMENTS)),
    ).map(([param, bad]) => {
      const segment = bad.slice(0, 8_000) || '%20';
      return { ...withBody(base('path-param'), json({})), path: param ? valid.path.replace(param, segment) : `${valid.path}/${segment}` };
    }),
    // Headers: tokens, Last-Event-ID, request ids, forwarded addresses, accept.
    fc.tuple(fc.constantFrom('Authorization', 'Last-Event-ID', 'X-Request-Id', 'X-Forwarded-For', 'Accept', 'Origin', 'Range', 'If-None-Match'), headerValue)
      .chain(([name, value]) => validBody.map((body) => withBody({ ...base('header'), headers: { ...valid.headers, [name]: value } }, json(body)))),
    // Query strings: hostile values, repeated and bracketed keys.
    fc.tuple(hostileKey, fc.oneof(fc.constantFrom(...BAD_STRINGS), fc.string({ maxLength: 50 })), endpoint.query ?? fc.constant({}))
      .map(([key, value, query]) => {
        const c = base('query');
        const path = withQuery(withQuery(valid.path, query), { [key || 'after']: String(value).slice(0, 4_000) });
        return { ...withBody(c, json({})), path: `${path}&after[]=1&after=-1&lastEventId=9${'9'.repeat(30)}` };
      }),
  ];
  return fc.sample(fc.oneof(...strategies), { numRuns: count, seed });
}
