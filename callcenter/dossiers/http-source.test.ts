import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpDossierSource, HttpMappingSchema } from './http-source.ts';

/** A provincial one-stop system on loopback: GET /api/hoso/<code> with a bearer token, its own field names and status numbers. */
const DOSSIERS: Record<string, unknown> = {
  'H12.34-261120-0001': { MaHoSo: 'H12.34-261120-0001', TenTTHC: 'Đăng ký tạm trú', TrangThaiHoSo: 3, NgayNhan: '20/11/2026', NgayHenTra: '2026-12-04T17:00:00+07:00', NoiDung: 'Bổ sung bản sao hợp đồng thuê nhà', DienThoai: '0912 345 678' },
  'H12.34-261120-0002': { MaHoSo: 'H12.34-261120-0002', TenTTHC: 'Khai sinh', TrangThaiHoSo: 99, NgayNhan: '20/11/2026', NgayHenTra: '04/12/2026', DienThoai: '0987654321' },
};

describe('provincial one-stop system over HTTP', () => {
  let server: Server;
  let url = '';
  const seen: { path: string; auth: string | undefined }[] = [];
  beforeAll(async () => {
    server = createServer((req, res) => {
      seen.push({ path: req.url ?? '', auth: req.headers.authorization });
      const code = decodeURIComponent((req.url ?? '').replace('/api/hoso/', ''));
      if (req.headers.authorization !== 'Bearer tinh-token') return void res.writeHead(401).end();
      if (code === 'BROKEN-500') return void res.writeHead(500).end('lỗi');
      if (code === 'SLOW-0001') return void setTimeout(() => res.writeHead(200).end('{}'), 2_000);
      const found = DOSSIERS[code];
      if (!found) return void res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"khong tim thay"}');
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify({ success: true, data: found }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/hoso/{code}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const mapping = HttpMappingSchema.parse({ record: 'data', procedureName: 'TenTTHC', status: 'TrangThaiHoSo', receivedOn: 'NgayNhan', note: 'NoiDung', phone: 'DienThoai' });
  const source = (token = 'tinh-token') => createHttpDossierSource({ url, token, mapping, timeoutMs: 500 });

  it('maps the answer with the configured field names and status values', async () => {
    expect(await source().lookup('H12.34-261120-0001', '5678')).toEqual({
      code: 'H12.34-261120-0001',
      procedureName: 'Đăng ký tạm trú',
      status: 'needs_supplement',
      receivedOn: '2026-11-20',
      dueOn: '2026-12-04',
      newDueOn: null,
      lateReason: null,
      note: 'Bổ sung bản sao hợp đồng thuê nhà',
    });
    expect(seen.at(-1)).toEqual({ path: '/api/hoso/H12.34-261120-0001', auth: 'Bearer tinh-token' });
  });

  it('reveals nothing for a wrong phone suffix, an unknown code or a status it cannot map', async () => {
    expect(await source().lookup('H12.34-261120-0001', '5679')).toBeNull();
    expect(await source().lookup('H00.00-000000-0000', '5678')).toBeNull();
    expect(await source().lookup('H12.34-261120-0002', '4321')).toBeNull();
  });

  it('reports the system as unavailable on errors, refused tokens and timeouts', async () => {
    await expect(source().lookup('BROKEN-500', '5678')).rejects.toMatchObject({ code: 'unavailable' });
    await expect(source('wrong').lookup('H12.34-261120-0001', '5678')).rejects.toMatchObject({ code: 'unavailable' });
    await expect(source().lookup('SLOW-0001', '5678')).rejects.toMatchObject({ code: 'unavailable' });
  });
});
