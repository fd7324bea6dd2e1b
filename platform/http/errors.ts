import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { Logger } from '../logging/logger.ts';

/** The one application error type: domains throw it with a code; only this file maps codes to HTTP. */
export type ErrorCode =
  | 'bad_request'
  | 'validation_failed'
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'method_not_allowed'
  | 'conflict'
  | 'payload_too_large'
  | 'unsupported_media_type'
  | 'rate_limited'
  | 'unavailable'
  | 'internal';

const STATUS: Record<ErrorCode, number> = {
  bad_request: 400,
  validation_failed: 422,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  method_not_allowed: 405,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  unavailable: 503,
  internal: 500,
};

/** Vietnamese titles: citizens read these in the chat when something goes wrong. */
const TITLE: Record<ErrorCode, string> = {
  bad_request: 'Yêu cầu không hợp lệ',
  validation_failed: 'Dữ liệu gửi lên chưa đúng',
  unauthorized: 'Chưa được xác thực',
  forbidden: 'Không có quyền truy cập',
  not_found: 'Không tìm thấy',
  method_not_allowed: 'Phương thức không được hỗ trợ',
  conflict: 'Xung đột dữ liệu',
  payload_too_large: 'Nội dung gửi lên quá lớn',
  unsupported_media_type: 'Định dạng nội dung không được hỗ trợ',
  rate_limited: 'Bạn gửi quá nhanh, vui lòng chờ một chút',
  unavailable: 'Dịch vụ tạm thời chưa sẵn sàng',
  internal: 'Hệ thống gặp sự cố',
};

export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    readonly detail: string,
    readonly extra: { status?: number; retryAfterSeconds?: number; errors?: unknown } = {},
  ) {
    super(detail);
    this.name = 'AppError';
    this.status = extra.status ?? STATUS[code];
  }
}

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  code: ErrorCode;
  errors?: unknown;
}

export function toProblem(error: AppError, instance?: string): Problem {
  return {
    type: `about:blank#${error.code}`,
    title: TITLE[error.code],
    status: error.status,
    detail: error.detail,
    code: error.code,
    ...(instance ? { instance } : {}),
    ...(error.extra.errors ? { errors: error.extra.errors } : {}),
  };
}

/** body-parser and friends raise errors with `type` and `status`; map the ones a client can cause. */
function fromFrameworkError(error: unknown): AppError | null {
  if (error instanceof AppError) return error;
  if (typeof error !== 'object' || error === null) return null;
  const e = error as { type?: string; status?: number; statusCode?: number };
  switch (e.type) {
    case 'entity.too.large':
      return new AppError('payload_too_large', 'Nội dung gửi lên vượt quá giới hạn cho phép.');
    case 'entity.parse.failed':
      return new AppError('bad_request', 'Nội dung JSON không đúng định dạng.');
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return new AppError('unsupported_media_type', 'Bảng mã của nội dung không được hỗ trợ.');
    case 'request.aborted':
      return new AppError('bad_request', 'Yêu cầu bị ngắt giữa chừng.');
  }
  const status = e.status ?? e.statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    return new AppError('bad_request', 'Yêu cầu không hợp lệ.', { status });
  }
  return null;
}

export function sendProblem(res: Parameters<RequestHandler>[1], error: AppError, instance?: string): void {
  if (error.extra.retryAfterSeconds !== undefined) res.setHeader('Retry-After', String(error.extra.retryAfterSeconds));
  res.status(error.status).type('application/problem+json').send(JSON.stringify(toProblem(error, instance)));
}

export const notFoundHandler: RequestHandler = (req, _res, next) => {
  next(new AppError('not_found', `Không có địa chỉ ${req.method} ${req.path}.`));
};

/** The single edge handler: every error leaves as problem+json, never with a stack trace. */
export function problemHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, req, res, _next) => {
    const known = fromFrameworkError(error);
    const appError = known ?? new AppError('internal', 'Đã có lỗi ngoài ý muốn. Vui lòng thử lại sau ít phút.');
    if (!known || appError.status >= 500) logger.error({ err: error, reqId: req.id }, 'request failed');
    if (res.headersSent) {
      res.end();
      return;
    }
    // The path only: a query string may hold the caller's token.
    sendProblem(res, appError, req.originalUrl.split('?')[0]);
  };
}
