import { describe, expect, it } from 'vitest';
import { createCoverage, readFlattenedExport, type CoverageReport } from './index.ts';
import { FLATTENED_EXPORT, HAVE_SHARED_DATA, MISSING_DATA_NOTE } from './shared-data.ts';

/**
 * The whole flattened export (2,642 procedures). Measured: methods 100%, durations 81.0%,
 * fees 81.2%, documents 99.1%, legal basis 95.6%, steps 100%, results 99.4%. The issue's
 * targets for durations (95%) and fees (90%) are out of reach because the source lacks the
 * values: the checks below show that every shortfall is a procedure whose source cell is
 * "Không có thông tin", a number without unit, or an amount that is not a trustworthy VND figure.
 */
const READABLE_DURATION = /^\d+(?:[.,]\d+)? (?:Ngày làm việc|Ngày|Giờ|Tháng)$/;
const READABLE_VND = /^[1-9]\d{0,2}(?:,\d{3})+ (?:Việt Nam Đồng|VNĐ)/;

describe.skipIf(!HAVE_SHARED_DATA)(`coverage of the full export (${HAVE_SHARED_DATA ? 'shared data' : MISSING_DATA_NOTE})`, () => {
  it('parses every record and explains every duration and fee shortfall by the source', async () => {
    const coverage = createCoverage();
    const missed: string[] = [];
    let failures = 0;
    for await (const item of readFlattenedExport(FLATTENED_EXPORT)) {
      if (!item.ok) {
        failures++;
        continue;
      }
      coverage.add(item.procedure);
      for (const method of item.procedure.methods) {
        // A duration in a known unit, or a normal VND amount, that we failed to read.
        if (method.duration.unit === 'unspecified' && READABLE_DURATION.test(method.duration.text)) missed.push(`${item.procedure.code} ${method.duration.text}`);
        for (const fee of method.fees) if (fee.amountVnd === null && READABLE_VND.test(fee.text)) missed.push(`${item.procedure.code} ${fee.text}`);
      }
    }
    const report: CoverageReport = coverage.report();
    expect(failures).toBe(0);
    expect(missed).toEqual([]);
    expect(report.total).toBe(2642);
    expect(report.fields.methods.percent).toBe(100);
    expect(report.fields.durations.percent).toBeGreaterThanOrEqual(80);
    expect(report.fields.fees.percent).toBeGreaterThanOrEqual(80);
    expect(report.fields.documents.percent).toBeGreaterThanOrEqual(99);
    expect(report.fields.legalBasis.percent).toBeGreaterThanOrEqual(95);
    expect(report.fields.steps.percent).toBe(100);
    expect(report.fields.results.percent).toBeGreaterThanOrEqual(99);
    expect(report.total - report.fields.durations.confident).toBeLessThanOrEqual(report.gaps.durationWithoutUnit + report.gaps.durationNotStated);
    expect(report.total - report.fields.fees.confident).toBeLessThanOrEqual(report.gaps.feeNotStated + report.gaps.feeNotInVnd);
  });
});
