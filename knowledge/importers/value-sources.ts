import type { Duration, Fee } from '../model/procedure.ts';
import { findDurationStatements } from './find-duration-statements.ts';
import { isConfidentDuration } from './parse-duration.ts';
import { FREE } from './parse-fee.ts';
import { noFeeStatement, statesAnAmount } from './read-stated-fees.ts';

/**
 * Where a parsed value came from, told by its text alone (the model keeps no source field):
 * a value filled from the record's prose keeps the prose as its text, a value read from a cell
 * keeps the cell. Used by the coverage report.
 */

/** A confident duration whose text is a statement of the prose ("Trong thời hạn 05 ngày làm việc kể từ …"). */
export function isDurationFromProse(duration: Duration): boolean {
  return isConfidentDuration(duration) && findDurationStatements(duration.text).length > 0;
}

/** A fee amount read from the row's prose: a no-fee statement, or a cell typed in thousands. */
export function isFeeFromProse(fee: Fee): boolean {
  if (fee.amountVnd === 0) return noFeeStatement(fee.text) === fee.text;
  if (fee.amountVnd === null) return false;
  const cell = /^(\d+)\s*(?:Việt Nam Đồng|VNĐ|Đồng)/iu.exec(fee.text);
  return cell !== null && Number(cell[1]) * 1000 === fee.amountVnd;
}

/** A "Miễn phí" cell whose own description states an amount to pay: the portal contradicts itself, so the amount is null. */
export function contradictsFree(fee: Fee): boolean {
  return fee.amountVnd === null && fee.text.startsWith(`${FREE} (`) && statesAnAmount(fee.text.slice(FREE.length));
}
