import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { AppError } from '../../../platform/http/errors.ts';

/**
 * Spam protection without a third-party CAPTCHA: a signed time token (a form sent faster than a
 * person can type, or much later, is refused), a honeypot field people never see, and a limit
 * per address with a clear 429.
 */
export interface SpamGuardOptions {
  secret?: string | undefined;
  minSeconds: number;
  maxHours?: number;
  perIpPerHour: number;
  now?: () => number;
}

export function createSpamGuard(options: SpamGuardOptions) {
  const secret = options.secret ?? randomBytes(32).toString('hex');
  const now = options.now ?? Date.now;
  const maxMs = (options.maxHours ?? 24) * 3_600_000;
  const sign = (issued: string) => createHmac('sha256', secret).update(`complaint-form:${issued}`).digest('base64url').slice(0, 32);
  const windows = new Map<string, { start: number; count: number }>();

  return {
    token(): string {
      const issued = String(now());
      return `${issued}.${sign(issued)}`;
    },
    /** Throws a polite 422 when the token is missing, forged, too fresh or too old, or the honeypot is filled. */
    check(token: unknown, honeypot: unknown): void {
      if (typeof honeypot === 'string' && honeypot.trim() !== '') throw new AppError('validation_failed', 'Không gửi được biểu mẫu. Vui lòng tải lại trang và thử lại.');
      const [issued, mac] = typeof token === 'string' ? token.split('.') : [];
      const expected = issued && /^\d{10,16}$/.test(issued) ? Buffer.from(sign(issued)) : null;
      const given = Buffer.from(mac ?? '');
      if (!expected || given.length !== expected.length || !timingSafeEqual(given, expected)) {
        throw new AppError('validation_failed', 'Biểu mẫu đã hết hạn. Vui lòng tải lại trang và gửi lại.', { errors: [{ path: 'formToken', message: 'Thiếu hoặc sai mã biểu mẫu' }] });
      }
      const age = now() - Number(issued);
      if (age < options.minSeconds * 1000) throw new AppError('validation_failed', 'Bạn gửi nhanh quá. Vui lòng kiểm tra lại nội dung rồi gửi lại sau vài giây.');
      if (age > maxMs) throw new AppError('validation_failed', 'Biểu mẫu đã hết hạn. Vui lòng tải lại trang và gửi lại.');
    },
    /** Counts a submission from this address; over the limit, 429 with Retry-After. */
    hit(ip: string): void {
      const t = now();
      if (windows.size > 10_000) for (const [k, w] of windows) if (t - w.start >= 3_600_000) windows.delete(k);
      let w = windows.get(ip);
      if (!w || t - w.start >= 3_600_000) windows.set(ip, (w = { start: t, count: 0 }));
      w.count++;
      if (w.count > options.perIpPerHour) {
        const retryAfterSeconds = Math.max(1, Math.ceil((w.start + 3_600_000 - t) / 1000));
        throw new AppError('rate_limited', 'Bạn đã gửi nhiều phản ánh trong thời gian ngắn. Vui lòng thử lại sau hoặc gọi tổng đài.', { retryAfterSeconds });
      }
    },
  };
}

export type SpamGuard = ReturnType<typeof createSpamGuard>;
