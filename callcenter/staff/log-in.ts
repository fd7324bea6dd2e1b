import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { AppError } from '../../platform/http/errors.ts';
import { staffUsers } from '../tables.ts';
import { decoyHash, verifyPassword } from './password.ts';
import type { StaffDirectory } from './staff-directory.ts';

export const MAX_FAILED_LOGINS = 5;
export const LOCKOUT_MINUTES = 15;

const WRONG = 'Email hoặc mật khẩu không đúng.';

/**
 * Checks an email and password. After MAX_FAILED_LOGINS failures in a row the account is locked
 * for LOCKOUT_MINUTES; an unknown email costs the same hashing time as a known one.
 */
export async function logIn(db: Db, directory: StaffDirectory, email: string, password: string, now = new Date()) {
  const row = await directory.rowByEmail(email);
  if (!row || !row.active) {
    await verifyPassword(await decoyHash(), password);
    throw new AppError('unauthorized', WRONG);
  }
  if (row.lockedUntil && row.lockedUntil > now) {
    throw new AppError('rate_limited', 'Tài khoản tạm bị khoá do đăng nhập sai nhiều lần. Vui lòng thử lại sau.', {
      retryAfterSeconds: Math.ceil((row.lockedUntil.getTime() - now.getTime()) / 1000),
    });
  }
  if (!(await verifyPassword(row.passwordHash, password))) {
    await db
      .update(staffUsers)
      .set({
        failedLogins: sql`${staffUsers.failedLogins} + 1`,
        lockedUntil: sql`case when ${staffUsers.failedLogins} + 1 >= ${MAX_FAILED_LOGINS}
          then ${now.toISOString()}::timestamptz + make_interval(mins => ${LOCKOUT_MINUTES}) else null end`,
      })
      .where(eq(staffUsers.id, row.id));
    throw new AppError('unauthorized', WRONG);
  }
  await db.update(staffUsers).set({ failedLogins: 0, lockedUntil: null }).where(eq(staffUsers.id, row.id));
  return row.id;
}
