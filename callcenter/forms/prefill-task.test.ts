import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Reply } from '../../assistant/index.ts';
import { serveApp, type ServedApp } from '../../platform/testing/serve-app.ts';
import { eraseExpiredForms } from './erase-expired-forms.ts';
import { readPdf } from './testing/read-pdf.ts';
import { CT01_SAMPLE } from './testing/ct01-sample.ts';

/** The whole app: the assistant hands the conversation to the form task; links are fetched over HTTP. */
describe('pre-filling CT01 in the chat', () => {
  let served: ServedApp;
  beforeAll(async () => {
    served = await serveApp({ PUBLIC_BASE_URL: 'https://motcua.example.vn' });
  });
  afterAll(() => served?.close());

  async function chat(channel: 'web' | 'zalo' = 'web', citizen?: { id: string }) {
    const conversationId = await served.app.services.assistant.conversations.start(channel);
    return (text: string) => served.app.services.assistant.handleTurn({ conversationId, channel, text, citizen });
  }
  const local = (url: string) => url.replace('https://motcua.example.vn', served.url);
  const resultUrl = (reply: Reply, task = 'prefill_form') => reply.actions.flatMap((a) => (a.type === 'task_result' && a.task === task ? [a.url ?? ''] : []))[0] ?? '';

  it('asks consent, one question at a time with re-asks, then links a PDF with the values; keeps them for the next form', async () => {
    const ask = await chat('zalo', { id: 'zalo-user-1' });
    await ask('đăng ký tạm trú cần giấy tờ gì');
    const notice = await ask('điền giúp tôi tờ khai');
    expect(notice.intent).toBe('prefill_consent');
    expect(notice.text).toContain('Tờ khai thay đổi thông tin cư trú');
    expect(notice.choices.map((c) => c.label)).toEqual(['Đồng ý', 'Đồng ý và lưu thông tin cho lần sau', 'Không đồng ý']);

    expect((await ask('2')).text).toContain('Họ và tên đầy đủ');
    expect((await ask('Nguyễn Thị Hồng Nhung')).text).toContain('sinh ngày nào');
    const badDate = await ask('31/02/1990');
    expect(badDate.text).toMatch(/^Tôi chưa đọc được ngày này/);
    const gender = await ask('5/3/1990');
    expect(gender.choices.map((c) => c.label)).toEqual(['Nam', 'Nữ']);
    const id = await ask('2');
    expect(id.text).toContain('12 chữ số');
    expect((await ask('0011900123')).text).toMatch(/^Số định danh cá nhân gồm đúng 12 chữ số/);
    expect((await ask('001 190 012 345')).text).toContain('điện thoại');
    expect((await ask('0912 345 678')).text).toContain('bỏ qua');
    const relation = await ask('không có');
    expect(relation.choices).toHaveLength(9);
    expect((await ask('con')).text).toContain('chủ hộ');
    await ask('Trần Văn Đức');
    expect((await ask('001060098765')).text).toContain('đề nghị');
    const done = await ask(CT01_SAMPLE.request);
    expect(done.intent).toBe('prefill_done');
    const url = resultUrl(done);
    expect(url).toMatch(/^https:\/\/motcua\.example\.vn\/forms\/files\/[A-Za-z0-9_-]{32}$/);
    expect(done.text).toContain(url);

    const pdf = await fetch(local(url));
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    const read = await readPdf(new Uint8Array(await pdf.arrayBuffer()));
    expect(read.fields).toMatchObject({ ...CT01_SAMPLE, authority: 'Công an cấp xã', email: '', });

    // Once-only: the next form asks only what the profile does not hold.
    const again = await ask('điền giúp tôi tờ khai khai sinh');
    expect(again.choices.map((c) => c.label)).toContain('Xem thông tin đã lưu');
    const seen = await ask('2');
    expect(seen.text).toContain('Họ và tên: Nguyễn Thị Hồng Nhung');
    expect(seen.text).toContain('********2345');
    const first = await ask('1');
    expect(first.text).toContain('Bạn nộp hồ sơ ở cơ quan nào');
    expect((await ask('Ủy ban nhân dân phường Dịch Vọng')).text).toContain('cư trú ở đâu');
    expect((await ask('Số 12 ngõ 34 Trần Thái Tông, Dịch Vọng, Hà Nội')).text).toContain('là gì của cháu');

    // The profile link shows and deletes what is kept.
    const profileUrl = local(resultUrl(done, 'citizen_profile'));
    expect(await (await fetch(profileUrl)).json()).toMatchObject({ profile: { fullName: 'Nguyễn Thị Hồng Nhung', personalId: '001190012345' } });
    const page = await fetch(profileUrl, { headers: { accept: 'text/html' } });
    expect(await page.text()).toContain('Xoá thông tin của tôi');
    expect((await fetch(profileUrl, { method: 'DELETE' })).status).toBe(204);
    expect((await fetch(profileUrl)).status).toBe(404);
    expect((await fetch(local(url))).status).toBe(404);
  });

  it('answers 410 for an expired link (problem+json, or a page for a browser) and 404 for a made-up one', async () => {
    const ask = await chat();
    await ask('làm giấy khai sinh cho con cần gì');
    await ask('điền giúp tờ khai');
    await ask('đồng ý');
    for (const answer of ['UBND phường Láng Thượng', 'Lê Văn Hùng', 'Số 5 Láng Thượng, Đống Đa, Hà Nội', '001085012345', 'cha', 'Lê Minh Khôi', '20/10/2026', 'nam', 'Kinh', 'Việt Nam', 'Bệnh viện Phụ sản Hà Nội', 'Hà Nội', 'Phạm Thị Mai', '1992', 'Kinh', 'Việt Nam', 'Số 5 Láng Thượng, Đống Đa, Hà Nội', 'bỏ qua', 'bỏ qua', 'bỏ qua', 'bỏ qua', 'bỏ qua']) await ask(answer);
    const done = await ask('2');
    expect(done.intent).toBe('prefill_done');
    const read = await readPdf(new Uint8Array(await (await fetch(local(resultUrl(done)))).arrayBuffer()));
    expect(read.fields).toMatchObject({ childName: 'Lê Minh Khôi', childGender: 'Nam', motherBirthYear: '1992', fatherName: '', copies: '2' });

    await served.database.db.execute(sql`update citizen_links set expires_at = now() - interval '1 minute'`);
    const expired = await fetch(local(resultUrl(done)));
    expect(expired.status).toBe(410);
    expect(expired.headers.get('content-type')).toContain('application/problem+json');
    const page = await fetch(local(resultUrl(done)), { headers: { accept: 'text/html' } });
    expect([page.status, await page.text()]).toEqual([410, expect.stringContaining('Liên kết này đã hết hạn')]);
    expect((await fetch(`${served.url}/forms/files/${'A'.repeat(32)}`)).status).toBe(404);
    expect(await eraseExpiredForms(served.database.db, 365)).toMatchObject({ links: 1 });
    expect(await eraseExpiredForms(served.database.db, 365, new Date(Date.now() + 366 * 86_400_000))).toMatchObject({ files: 1, profiles: 0 });
  });

  it('does nothing without consent', async () => {
    const ask = await chat();
    await ask('đăng ký thường trú');
    await ask('điền giúp tờ khai');
    expect((await ask('không đồng ý')).intent).toBe('prefill_refused');
    const files = await served.database.rows<{ n: number }>(sql`select count(*)::int as n from form_files where identity like 'web:%'`);
    expect(files[0]?.n).toBe(0);
  });
});
