import type { Logger } from '../../platform/logging/logger.ts';
import { JOB_DELIVERY_REPORT, type Enqueue, type OutboxRow, type OutboxStore, type Provider } from './ports.ts';
import { RetryLater } from './send-outbox.ts';

export interface DeliveryReport {
  provider: Provider;
  providerMessageId: string;
  /** Delivered, not delivered (for good), or not yet known. */
  delivered: boolean | null;
  report: string;
}

export interface ReportDeps {
  outbox: OutboxStore;
  enqueue: Enqueue;
  logger: Logger;
  onUndelivered?: ((row: OutboxRow, reason: string) => void) | undefined;
}

/**
 * Records a provider's delivery report on the outbox row that holds its message id. A report can
 * beat the sender's own record of that id (Twilio may call back before its 201 reaches us, or
 * before the sender stores the SID): then it waits in a job that tries again until the row has it.
 */
export async function applyDeliveryReport(deps: ReportDeps, report: DeliveryReport, options: { lastTry?: boolean; deferIfUnknown?: boolean } = {}): Promise<OutboxRow | null> {
  const row = await deps.outbox.reportDelivery(report.provider, report.providerMessageId, report.delivered, report.report);
  if (row) {
    if (report.delivered === false) deps.onUndelivered?.(row, `${report.provider} ${report.report}`);
    return row;
  }
  if (options.deferIfUnknown) {
    const key = `${report.provider}.${report.providerMessageId}.${report.report}`.replace(/[^\w.-]/g, '_').slice(0, 200);
    await deps.enqueue(JOB_DELIVERY_REPORT, report, { jobId: `${JOB_DELIVERY_REPORT}.${key}` });
  } else if (options.lastTry) {
    deps.logger.warn({ provider: report.provider, providerMessageId: report.providerMessageId, report: report.report }, 'delivery report for a message id never recorded; dropped');
  } else {
    throw new RetryLater('no outbox row has this message id yet');
  }
  return null;
}
