import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mapPortalRecord } from './map-portal-record.ts';
import { portalDuration, portalFee } from './map-portal-methods.ts';
import { HAVE_SHARED_DATA, MISSING_DATA_NOTE, PORTAL_API_DIR } from './shared-data.ts';

describe('portal method fields', () => {
  it('maps units; OTHER keeps its number without unit, 0 OTHER is no value', () => {
    expect(portalDuration(7, 'WORKING_DAY')).toEqual({ value: 7, unit: 'working_days', text: '7 Ngày làm việc' });
    expect(portalDuration(1, 'OTHER')).toEqual({ value: 1, unit: 'unspecified', text: '1' });
    expect(portalDuration(0, 'OTHER')).toEqual({ value: null, unit: 'unspecified', text: 'Không có thông tin' });
  });

  it('prints fees like the portal page and trusts only VND', () => {
    expect(portalFee({ type: 'FEE', value: 20000, currencyName: 'Việt Nam Đồng', description: 'Lệ phí đăng ký' })).toEqual({
      kind: 'lệ phí',
      amountVnd: 20000,
      text: '20,000 Việt Nam Đồng (Lệ phí đăng ký)',
    });
    expect(portalFee({ type: 'FEE', value: 10, currencyName: 'USD', description: '/bản' }).amountVnd).toBeNull();
    expect(portalFee({ type: 'SERVICE_FEE', value: 0, description: '' })).toEqual({ kind: null, amountVnd: 0, text: 'Miễn phí' });
  });
});

describe('mapPortalRecord errors', () => {
  it('reports a record without code', () => {
    expect(mapPortalRecord({ name: 'X', executionMethods: [] })).toEqual({ ok: false, code: null, reason: 'missing procedure code (code)' });
  });
});

describe.skipIf(!HAVE_SHARED_DATA)(`mapPortalRecord on real records (${HAVE_SHARED_DATA ? 'shared data' : MISSING_DATA_NOTE})`, () => {
  const read = (code: string) => {
    const result = mapPortalRecord(JSON.parse(readFileSync(`${PORTAL_API_DIR}/${code}.json`, 'utf8')), new Map([[code, 5]]));
    if (!result.ok) throw new Error(result.reason);
    return result.procedure;
  };

  it('1.004194 keeps all three typed fees per method and the form attachments', () => {
    const p = read('1.004194');
    expect(p.methods.map((m) => [m.method, m.fees.map((f) => f.amountVnd)])).toEqual([
      ['online', [7000, 5000, 0]],
      ['in_person', [10000, 15000, 0]],
    ]);
    expect(p.documentCases[1]?.documents[0]?.forms).toEqual(['1.MuCT01banhnhkmtheoThngts53.doc']);
    expect(p.documentCases[1]?.documents[1]).toMatchObject({ originals: 1, copies: 1, quantityText: '1 bản chính,1 bản sao' });
    expect(p).toMatchObject({ levels: ['xã'], address: 'Công an cấp xã', decisionNumber: '5548/QĐ-BCA-C06', popularity: 5 });
    expect(p.updatedAt).toBe(new Date(1777434895364).toISOString());
  });

  it('1.001456: levels, legal basis codes and results from the typed lists', () => {
    const p = read('1.001456');
    expect(p.levels).toEqual(['tỉnh']);
    expect(p.legalBasis.map((b) => b.code)).toContain('49/2019/QH14');
    expect(p.results).toEqual([{ name: 'Hộ chiếu phổ thông không gắn chíp điện tử hoặc hộ chiếu phổ thông có gắn chíp điện tử.', code: 'KQ.G01.000083' }]);
    expect(p.sourceUrl).toMatch(/^https:\/\/dichvucong\.gov\.vn\/thu-tuc-hanh-chinh\//);
  });
});
