import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';

/**
 * Errors Node's HTTP parser raises before Express sees the request (a malformed request line,
 * headers too large, an Expect header it cannot meet) get problem+json and the security headers
 * like every other error, instead of Node's bare text answer.
 */
const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'SAMEORIGIN',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

const PROBLEMS: Readonly<Record<number, { reason: string; title: string; detail: string; code: string }>> = {
  400: { reason: 'Bad Request', title: 'Yêu cầu không hợp lệ', detail: 'Yêu cầu gửi lên không đúng định dạng HTTP.', code: 'bad_request' },
  408: { reason: 'Request Timeout', title: 'Hết thời gian chờ', detail: 'Yêu cầu gửi lên quá chậm.', code: 'bad_request' },
  417: { reason: 'Expectation Failed', title: 'Không đáp ứng được yêu cầu', detail: 'Máy chủ không hỗ trợ tiêu đề Expect này.', code: 'bad_request' },
  431: { reason: 'Request Header Fields Too Large', title: 'Tiêu đề yêu cầu quá lớn', detail: 'Tiêu đề của yêu cầu vượt quá giới hạn cho phép.', code: 'bad_request' },
};

function problemBody(status: number): string {
  const p = PROBLEMS[status] ?? PROBLEMS[400]!;
  return JSON.stringify({ type: `about:blank#${p.code}`, title: p.title, status, detail: p.detail, code: p.code });
}

function statusOf(error: NodeJS.ErrnoException): number {
  if (error.code === 'HPE_HEADER_OVERFLOW') return 431;
  if (error.code === 'ERR_HTTP_REQUEST_TIMEOUT') return 408;
  return 400;
}

export function answerClientErrors(server: Server): void {
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    if (error.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy();
      return;
    }
    const status = statusOf(error);
    const body = problemBody(status);
    const headers = { ...SECURITY_HEADERS, 'Content-Type': 'application/problem+json; charset=utf-8', 'Content-Length': String(Buffer.byteLength(body)), Connection: 'close' };
    const head = Object.entries(headers).map(([k, v]) => `${k}: ${v}`).join('\r\n');
    socket.end(`HTTP/1.1 ${status} ${PROBLEMS[status]?.reason ?? 'Bad Request'}\r\n${head}\r\n\r\n${body}`);
  });
  server.on('checkExpectation', (_req: IncomingMessage, res: ServerResponse) => {
    const body = problemBody(417);
    res.writeHead(417, { ...SECURITY_HEADERS, 'Content-Type': 'application/problem+json; charset=utf-8', 'Content-Length': Buffer.byteLength(body), Connection: 'close' });
    res.end(body);
  });
}
