import type { Db } from '../../platform/db/client.ts';
import { AppError } from '../../platform/http/errors.ts';
import { parseWindow } from '../queue/opening-hours.ts';
import type { StaffUser } from '../staff/roles.ts';
import { branchHours } from '../tables.ts';
import type { CentreHours } from './branch-hours.ts';

/**
 * Sets a branch's hours (a window such as 07:30-17:00, null for the centre's default) or makes
 * it 24/7. Admins set any branch; a supervisor only their own.
 */
export async function setBranchHours(
  deps: { db: Db; hours: CentreHours; now: () => Date },
  user: StaffUser,
  branch: string,
  setting: { hours: string | null; alwaysOpen: boolean },
): Promise<void> {
  if (user.role !== 'admin' && !(user.role === 'supervisor' && user.branch === branch)) {
    throw new AppError('forbidden', 'Bạn chỉ được đặt giờ làm việc cho chi nhánh của mình.');
  }
  if (!deps.hours.branches(deps.now()).some((b) => b.branch === branch)) throw new AppError('not_found', 'Không có chi nhánh này.');
  if (setting.hours !== null) {
    try {
      parseWindow(setting.hours);
    } catch {
      throw new AppError('validation_failed', 'Giờ làm việc phải có dạng 07:30-17:00, giờ mở trước giờ đóng.');
    }
  }
  const values = { hours: setting.hours, alwaysOpen: setting.alwaysOpen, updatedBy: user.id, updatedAt: new Date() };
  await deps.db.insert(branchHours).values({ branch, ...values }).onConflictDoUpdate({ target: branchHours.branch, set: values });
  await deps.hours.refresh();
}
