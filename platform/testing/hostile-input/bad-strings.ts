/**
 * Known-bad inputs an outside tester tries first: prototype keys, NUL and lone surrogates (which
 * PostgreSQL refuses), markup and template injection, traversal, SQL, huge and odd Unicode.
 */
export const PLANTED_ID = '001203004567';

export const BAD_STRINGS: readonly string[] = [
  '', ' ', '\u0000', 'a\u0000b', '\ud800', '\udfff', '\udfff\ud800', 'x\ud83d',
  'constructor', '__proto__', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', 'CONSTRUCTOR là gì',
  '<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', 'javascript:alert(1)', '<!--', ']]>',
  '{{7*7}}', '${7*7}', '#{7*7}', '${jndi:ldap://x/a}', '%s%s%s%n', '%00', '%2e%2e%2f', '../../etc/passwd', '..\\..\\windows',
  "' OR '1'='1", '1; DROP TABLE messages;--', '$where', '{"$gt":""}', 'NaN', 'Infinity', '-0', '1e309', '9'.repeat(400),
  '\u202Eabc', '\u200B\u200B', '\uFEFF', '🧑‍🧑‍🧒‍🧒'.repeat(50), 'đăng ký'.normalize('NFD'), 'ﷺ'.repeat(100),
  '\r\nSet-Cookie: a=b', 'line\nbreak', '\t', 'x'.repeat(2001), 'x'.repeat(70_000), 'ạ'.repeat(3000),
  `CCCD của tôi là ${PLANTED_ID}, gọi 0912345678`,
];

/** Values of other types where a string or number is expected. */
export const BAD_VALUES: readonly unknown[] = [null, true, false, 0, -1, 1.5, 2 ** 53, -(2 ** 63), [], [1, 2], {}, { __proto__: { admin: true } }, [[[[[]]]]]];

/** Raw bodies sent as application/json. */
export const BAD_BODIES: readonly string[] = [
  '', '{', '}', '[', 'null', 'true', '"text"', '123', '{"a":', '{"a":1,}', "{'a':1}", '{"__proto__":{"admin":true}}',
  '{"constructor":{"prototype":{"x":1}}}', `${'['.repeat(5000)}${']'.repeat(5000)}`, `{"a":"${'x'.repeat(200_000)}"}`,
  '\u0000', '{"text":"\\u0000"}', '{"text":"\\ud800"}', '\uFEFF{}', '{"a":1}{"b":2}',
];

export const BAD_HEADER_VALUES: readonly string[] = [
  'Bearer ', 'Bearer x', `Bearer ${'A'.repeat(43)}`, `Bearer ${'x'.repeat(4000)}`, 'Basic YWRtaW46YWRtaW4=', 'Bearer constructor',
  'Bearer ../../', 'bearer', '-1', '99999999999999999999', 'abc', '1e3', '0x10',
];
