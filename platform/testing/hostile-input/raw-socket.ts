import { connect } from 'node:net';

/** Requests no HTTP client would send: the parser must refuse them with 4xx, never 5xx or a hang. */
export const RAW_REQUESTS: readonly string[] = [
  'GARBAGE\r\n\r\n',
  'GET / HTTP/9.9\r\nHost: x\r\n\r\n',
  'GET /\u0000 HTTP/1.1\r\nHost: x\r\n\r\n',
  'GET / HTTP/1.1\r\nHost: x\r\nBad Header\r\n\r\n',
  `GET / HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`,
  `GET /${'a'.repeat(70_000)} HTTP/1.1\r\nHost: x\r\n\r\n`,
  'POST /api/v1/conversations HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n',
  'POST /api/v1/conversations HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n',
  'POST /api/v1/conversations HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nContent-Type: application/json\r\n\r\nZZ\r\n{}\r\n0\r\n\r\n',
  'POST /api/v1/conversations HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\nContent-Length: 2\r\n\r\n{}',
  'GET / HTTP/1.1\r\nHost: x\r\nExpect: 200-maybe\r\n\r\n',
  'GET / HTTP/1.1\r\n\r\n',
  'OPTIONS * HTTP/1.1\r\nHost: x\r\n\r\n',
  'CONNECT example.com:443 HTTP/1.1\r\nHost: example.com\r\n\r\n',
  'TRACE / HTTP/1.1\r\nHost: x\r\n\r\n',
  'GET http://evil.example/ HTTP/1.1\r\nHost: x\r\n\r\n',
  'GET / HTTP/1.1\r\nHost: x\r\nX-Forwarded-For: 1.2.3.4, ::1, garbage\r\n\r\n',
];

/** The status line the server answered with (0 when it closed without one). */
export function sendRaw(port: number, request: string, timeoutMs = 10_000): Promise<{ status: number; text: string }> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    let text = '';
    const done = () => {
      clearTimeout(timer);
      socket.destroy();
      const match = /^HTTP\/1\.[01] (\d{3})/.exec(text);
      resolve({ status: match ? Number(match[1]) : 0, text });
    };
    const timer = setTimeout(done, timeoutMs);
    socket.on('data', (chunk) => {
      text += String(chunk);
      // One response is enough; keep-alive would otherwise hold the socket.
      if (text.includes('\r\n\r\n') && /content-length: (\d+)/i.test(text)) {
        const length = Number(/content-length: (\d+)/i.exec(text)![1]);
        if (Buffer.byteLength(text.split('\r\n\r\n').slice(1).join('\r\n\r\n')) >= length) done();
      }
    });
    socket.on('error', done);
    socket.on('close', done);
    socket.write(request);
  });
}
