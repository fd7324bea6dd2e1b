import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveApp, type ServedApp } from '../../platform/testing/serve-app.ts';
import { chunkProcedure } from '../../knowledge/index.ts';
import { testDriver } from '../../platform/testing/test-db.ts';
import { addStaff, CONSOLE_TEST_SETTINGS, StaffClient, TEST_PASSWORD } from './testing/staff-client.ts';

interface Assist {
  results: { code: string; name: string; url: string | null; section: string; answer: string }[];
}

/** Agent assist over the sample corpus: the official text the question asks about, with its citation. */
describe(`agent assist (${testDriver()})`, () => {
  let served: ServedApp;
  let agent: StaffClient;

  beforeAll(async () => {
    served = await serveApp({ ...CONSOLE_TEST_SETTINGS, SEED_SAMPLE_CORPUS: 'true' });
    await addStaff(served, { email: 'an@motcua.vn', name: 'Nguyễn Văn An' });
    await addStaff(served, { email: 'officer@motcua.vn', name: 'Cán bộ sở', role: 'agency_officer', agency: 'cong-an' });
    agent = new StaffClient(served.url);
    await agent.login('an@motcua.vn', TEST_PASSWORD);
  }, 120_000);
  afterAll(() => served?.close());

  it('answers a documents question from the record of the procedure, citing it', async () => {
    const { results } = await agent.json<Assist>('GET', `/console/api/v1/assist?q=${encodeURIComponent('làm căn cước cần giấy tờ gì')}`);
    const top = results[0]!;
    expect(top.name).toMatch(/căn cước/i);
    expect(top.section).toBe('documents');
    expect(top.url).toMatch(/^https:\/\/dichvucong\.gov\.vn\//);
    expect(top.answer).toContain(`Nguồn: ${top.name} (mã ${top.code}) – ${top.url}`);
    // Grounded: the body is the procedure's own documents text, quoted as the knowledge module renders it.
    const procedure = (await served.app.services.retriever.getByCode(top.code))!;
    const official = chunkProcedure(procedure).filter((c) => c.section === 'documents').map((c) => c.text).join('\n');
    const quoted = top.answer.split('\n').slice(1, -1).filter((l) => l !== '…');
    expect(quoted.length).toBeGreaterThan(0);
    for (const line of quoted) expect(official).toContain(line);
  });

  it('picks the fees section for a fee question', async () => {
    const { results } = await agent.json<Assist>('GET', `/console/api/v1/assist?q=${encodeURIComponent('lệ phí đăng ký khai sinh bao nhiêu')}`);
    expect(results.some((r) => /khai sinh/i.test(r.name) && r.section === 'methods' && /lệ phí|miễn/i.test(r.answer))).toBe(true);
  });

  it('refuses without a session, for other roles, and with a bad query', async () => {
    expect((await new StaffClient(served.url).request('GET', '/console/api/v1/assist?q=khai%20sinh')).status).toBe(401);
    const officer = new StaffClient(served.url);
    await officer.login('officer@motcua.vn', TEST_PASSWORD);
    expect((await officer.request('GET', '/console/api/v1/assist?q=khai%20sinh')).status).toBe(403);
    expect((await agent.request('GET', '/console/api/v1/assist')).status).toBe(422);
    expect((await agent.request('GET', `/console/api/v1/assist?q=${'a'.repeat(400)}`)).status).toBe(422);
    expect((await agent.request('GET', '/console/api/v1/assist?q=a&q=b')).status).toBe(422);
  });
});
