import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveApp, type ServedApp } from '../../platform/testing/serve-app.ts';
import { StaffClient, addStaff, CONSOLE_TEST_SETTINGS } from '../console/testing/staff-client.ts';
import { waitFor } from '../../platform/testing/wait-for.ts';

// The app runs on the system clock, so the dates are relative to today in Hanoi.
const day = (offset: number) => new Date(Date.now() + 7 * 3_600_000 + offset * 86_400_000).toISOString().slice(0, 10);

const CSV = [
  'ma_ho_so,ma_thu_tuc,ten_thu_tuc,so_dien_thoai,trang_thai,ngay_tiep_nhan,ngay_hen_tra,ngay_hen_moi,ly_do_tre_han,ghi_chu',
  `H12.34-261120-0001,1.004194,Đăng ký tạm trú,0912345678,processing,${day(-3)},${day(20)},,,`,
  `H12.34-261120-0002,1.001193,Đăng ký khai sinh,0987654321,processing,${day(-10)},${day(-1)},${day(14)},"Chờ xác minh, đối chiếu thông tin",`,
].join('\n');

/** The composed app: a supervisor imports CSV, a citizen looks up in the chat, an agent's update reaches the citizen. */
describe('dossier status', () => {
  let served: ServedApp;
  let staff: StaffClient;
  beforeAll(async () => {
    served = await serveApp({ ...CONSOLE_TEST_SETTINGS,  DOSSIER_LOOKUPS_PER_HOUR: '6' });
    await addStaff(served, { email: 'gs@motcua.vn', role: 'supervisor' });
    staff = new StaffClient(served.url);
    await staff.login('gs@motcua.vn', 'mật-khẩu-thử-1234');
    expect(await staff.json('POST', '/console/api/v1/dossiers/import', { csv: CSV })).toEqual({ saved: 2 });
  });
  afterAll(() => served?.close());

  async function chat() {
    const conversationId = await served.app.services.assistant.conversations.start('web');
    return { conversationId, ask: (text: string) => served.app.services.assistant.handleTurn({ conversationId, channel: 'web', text }) };
  }

  it('refuses a CSV with a bad line, naming the line, and imports nothing of it', async () => {
    const res = await staff.request('POST', '/console/api/v1/dossiers/import', { csv: `${CSV}\nX1,,Thử,12,unknown,2026-01-01,2026-01-02,,,` });
    expect(res.status).toBe(422);
    expect(((await res.json()) as { errors: { line: number }[] }).errors.map((e) => e.line)).toEqual([4]);
  });

  it('answers status and working days for the right suffix, the same "not found" for a wrong suffix or an unknown code', async () => {
    const { ask } = await chat();
    expect((await ask('tra cứu hồ sơ')).text).toContain('mã hồ sơ');
    expect((await ask('h12.34-261120-0001')).text).toContain('4 số cuối');
    const wrong = await ask('1111');
    const unknown = await (async () => {
      const other = await chat();
      await other.ask('tra cứu hồ sơ H99.99-000000-0009');
      return other.ask('5678');
    })();
    expect(wrong.text).toBe(unknown.text);
    expect(wrong.text).toContain('không tìm thấy');

    const right = await chat();
    expect((await right.ask('tra cứu hồ sơ H12.34-261120-0001')).text).toContain('4 số cuối');
    const found = await right.ask('5678');
    expect(found.text).toMatch(/^Hồ sơ H12\.34-261120-0001 \(Đăng ký tạm trú\) đang được giải quyết\. Ngày hẹn trả kết quả: .+, còn \d+ ngày làm việc\./);
    expect(found.choices.map((c) => c.label)).toEqual(['Có, nhắn cho tôi', 'Không cần']);
  });

  it('apologises for a late dossier with the new date', async () => {
    const { ask } = await chat();
    await ask('tra cứu hồ sơ H12.34-261120-0002');
    const late = await ask('số cuối là 4321');
    expect(late.text).toContain('Chúng tôi thành thật xin lỗi');
    expect(late.text).toContain('Chờ xác minh, đối chiếu thông tin');
    expect(late.text).toContain('phiếu xin lỗi và hẹn lại ngày trả kết quả');
  });

  it('tells a watching citizen in their conversation when an agent changes the status, once', async () => {
    const { conversationId, ask } = await chat();
    await ask('tra cứu hồ sơ H12.34-261120-0001');
    await ask('5678');
    expect((await ask('1')).intent).toBe('dossier_notify_on');
    const change = { status: 'needs_supplement', note: 'Bản sao hợp đồng thuê nhà có công chứng' };
    expect((await staff.json<{ dossier: { status: string } }>('PUT', '/console/api/v1/dossiers/h12.34-261120-0001', change)).dossier.status).toBe('needs_supplement');
    const notices = async () => (await served.app.services.assistant.conversations.history(conversationId)).filter((m) => m.role === 'agent');
    await waitFor(async () => (await notices()).length === 1);
    expect((await notices())[0]!.text).toContain('Bạn cần bổ sung hồ sơ: Bản sao hợp đồng thuê nhà có công chứng');
    expect(await served.app.services.citizen.dossiers.notify()).toEqual({ sent: 0 });
    expect(await notices()).toHaveLength(1);
  });

  it('limits lookups per citizen', async () => {
    const { ask } = await chat();
    let last = '';
    for (let i = 0; i < 8; i++) {
      await ask('tra cứu hồ sơ H12.34-261120-0001');
      last = (await ask('0000')).text;
    }
    expect(last).toContain('tra cứu nhiều lần');
  });

  it('serves the public lookup: 404 alike for a wrong suffix, 422 for malformed input', async () => {
    const post = (body: unknown) => fetch(`${served.url}/dossiers/api/v1/lookup`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const ok = await post({ code: 'H12.34-261120-0002', phoneLast4: '4321' });
    expect(ok.status).toBe(200);
    expect(((await ok.json()) as { dossier: { newDueOn: string } }).dossier.newDueOn).toBe(day(14));
    const wrong = await post({ code: 'H12.34-261120-0002', phoneLast4: '4322' });
    const unknown = await post({ code: 'H00.00-000000-0000', phoneLast4: '4321' });
    expect([wrong.status, unknown.status]).toEqual([404, 404]);
    expect((await wrong.json()) as object).toEqual((await unknown.json()) as object);
    expect((await post({ code: 'x', phoneLast4: '12' })).status).toBe(422);
  });
});
