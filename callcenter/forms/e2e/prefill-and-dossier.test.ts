import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { artifactsDir, describeInChromium, launchBrowser, screenshot, seriousAxeViolations } from '../../../platform/testing/browser.ts';
import { serveApp, type ServedApp } from '../../../platform/testing/serve-app.ts';
import { dossiers } from '../../dossiers/tables.ts';
import { createUser } from '../../index.ts';
import { readPdf } from '../testing/read-pdf.ts';
import { CT01_SAMPLE } from '../testing/ct01-sample.ts';
import { renderPdfPage } from '../testing/render-pdf-page.ts';

const repoRoot = path.resolve(import.meta.dirname, '../../..');
const day = (offset: number) => new Date(Date.now() + 7 * 3_600_000 + offset * 86_400_000).toISOString().slice(0, 10);

describeInChromium('pre-filled CT01 and dossier lookup in the web chat', () => {
  let served: ServedApp;
  let browser: Browser;
  beforeAll(async () => {
    served = await serveApp({});
    await served.database.db.insert(dossiers).values({ code: 'H12.34-261120-0007', procedureCode: '1.004194', procedureName: 'Đăng ký tạm trú', phoneLast4: '5678', status: 'needs_supplement', receivedOn: day(-2), dueOn: day(10), note: 'Bản sao hợp đồng thuê nhà' });
    await createUser(served.database.db, { email: 'an@motcua.vn', name: 'Nguyễn Văn An', role: 'agent', password: 'mật-khẩu-thử-1234' });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });

  async function openChat(): Promise<Page & { errors: string[] }> {
    const context = await browser.newContext({ viewport: { width: 420, height: 900 }, locale: 'vi-VN', reducedMotion: 'reduce' });
    const page = (await context.newPage()) as Page & { errors: string[] };
    page.errors = [];
    page.on('pageerror', (e) => page.errors.push(String(e)));
    await page.goto(`${served.url}/`);
    await page.locator('.mc-starter').first().waitFor();
    return page;
  }
  const replies = (page: Page) => page.locator('.mc-assistant:not(.mc-welcome)');
  async function waitForReply(page: Page, before: number): Promise<string> {
    await replies(page).nth(before).waitFor();
    return (await replies(page).nth(before).locator('.mc-text').textContent()) ?? '';
  }
  async function say(page: Page, text: string): Promise<string> {
    const before = await replies(page).count();
    await page.locator('.mc-input').fill(text);
    await page.locator('.mc-input').press('Enter');
    return waitForReply(page, before);
  }
  async function pick(page: Page, label: string): Promise<string> {
    const before = await replies(page).count();
    await replies(page).last().locator('.mc-choice', { hasText: label }).click();
    return waitForReply(page, before);
  }

  it('fills CT01 one question at a time, downloads the PDF and finds the Vietnamese values in its fields', { timeout: 300_000 }, async () => {
    const page = await openChat();
    await say(page, 'đăng ký tạm trú cần giấy tờ gì');
    expect(await say(page, 'điền giúp tôi tờ khai')).toContain('Bạn có đồng ý không?');
    expect(await pick(page, 'Đồng ý và lưu thông tin cho lần sau')).toContain('Họ và tên đầy đủ');
    expect(await say(page, 'Nguyễn Thị Hồng Nhung')).toContain('sinh ngày nào');
    expect(await say(page, '5/3/1990')).toContain('Giới tính');
    expect(await pick(page, 'Nữ')).toContain('Số định danh cá nhân');
    expect(await say(page, '12345')).toContain('đúng 12 chữ số');
    expect(await say(page, '001190012345')).toContain('điện thoại');
    expect(await say(page, '0912345678')).toContain('Email');
    expect(await say(page, 'không có')).toContain('quan hệ thế nào với chủ hộ');
    expect(await pick(page, 'Con')).toContain('Họ và tên của chủ hộ');
    await say(page, 'Trần Văn Đức');
    expect(await say(page, '001060098765')).toContain('đề nghị việc gì');
    expect(await say(page, CT01_SAMPLE.request)).toContain('Tôi đã điền xong');

    const download = replies(page).last().locator('a.mc-task-link', { hasText: 'Tải tờ khai (PDF)' });
    await screenshot(page, 'prefill-ct01-chat.png', 'docs/screenshots/prefill-ct01-chat.png');
    const response = await page.request.get(new URL((await download.getAttribute('href'))!, served.url).toString());
    expect(response.status()).toBe(200);
    expect(response.headers()['content-disposition']).toBe('attachment; filename="to-khai-ct01.pdf"');
    const pdf = new Uint8Array(await response.body());
    const read = await readPdf(pdf);
    expect(read.fields).toMatchObject({ ...CT01_SAMPLE, authority: 'Công an cấp xã', signName: CT01_SAMPLE.fullName, });
    await mkdir(artifactsDir, { recursive: true });
    await mkdir(path.join(repoRoot, 'docs/screenshots'), { recursive: true });
    await renderPdfPage(browser, pdf, path.join(repoRoot, 'docs/screenshots/ct01-prefilled.png'));

    // The saved details: an accessible page with a delete button.
    const profileHref = await replies(page).last().locator('a.mc-task-link', { hasText: 'Xem hoặc xoá' }).getAttribute('href');
    const profile = await page.context().newPage();
    await profile.goto(new URL(profileHref!, served.url).toString());
    await profile.getByRole('heading', { name: 'Thông tin bạn đã lưu' }).waitFor();
    expect(await profile.locator('dd').allTextContents()).toContain('001190012345');
    await screenshot(profile, 'citizen-profile.png');
    expect(await seriousAxeViolations(profile)).toEqual([]);
    await profile.getByRole('button', { name: 'Xoá thông tin của tôi' }).click();
    await profile.getByRole('heading', { name: 'Đã xoá thông tin' }).waitFor();
    expect(await seriousAxeViolations(profile)).toEqual([]);
    await profile.goto(new URL(profileHref!, served.url).toString());
    await profile.getByRole('heading', { name: 'Không tìm thấy' }).waitFor();
    expect(await seriousAxeViolations(profile)).toEqual([]);
    expect(page.errors).toEqual([]);
    await page.context().close();
  });

  it('looks up a dossier in the chat: code, then the phone suffix', { timeout: 120_000 }, async () => {
    const page = await openChat();
    expect(await say(page, 'tra cứu hồ sơ')).toContain('mã hồ sơ');
    expect(await say(page, 'H12.34-261120-0007')).toContain('4 số cuối');
    const answer = await say(page, '5678');
    expect(answer).toContain('Hồ sơ H12.34-261120-0007 (Đăng ký tạm trú) cần bổ sung');
    expect(answer).toContain('Bạn cần bổ sung hồ sơ: Bản sao hợp đồng thuê nhà');
    expect(await pick(page, 'Có, nhắn cho tôi')).toContain('tôi sẽ nhắn cho bạn');
    await screenshot(page, 'dossier-lookup-chat.png');
    expect(page.errors).toEqual([]);
    await page.context().close();
  });

  it('an agent records a new status in the console and the watching citizen is told in the chat', { timeout: 180_000 }, async () => {
    const citizen = await openChat();
    await say(citizen, 'tra cứu hồ sơ H12.34-261120-0007');
    await say(citizen, '5678');
    await pick(citizen, 'Có, nhắn cho tôi');

    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'vi-VN', reducedMotion: 'reduce' });
    const agent = await context.newPage();
    await agent.goto(`${served.url}/console/`);
    await agent.getByLabel('Email').fill('an@motcua.vn');
    await agent.getByLabel('Mật khẩu').fill('mật-khẩu-thử-1234');
    await agent.getByRole('button', { name: 'Đăng nhập' }).click();
    await agent.getByRole('button', { name: 'Hồ sơ', exact: true }).click();
    await agent.getByLabel('Mã hồ sơ').fill('h12.34-261120-0007');
    await agent.getByRole('button', { name: 'Tìm' }).click();
    await agent.getByRole('heading', { name: /H12\.34-261120-0007: Đăng ký tạm trú/ }).waitFor();
    await agent.getByLabel('Trạng thái mới').selectOption('ready');
    await agent.getByRole('button', { name: 'Lưu và báo công dân' }).click();
    await agent.getByText('Đã lưu. Công dân đăng ký nhận tin sẽ được báo.').waitFor();
    await screenshot(agent, 'console-dossiers.png');
    expect(await seriousAxeViolations(agent)).toEqual([]);

    const notice = citizen.locator('.mc-agent', { hasText: 'Cập nhật hồ sơ của bạn' });
    await notice.waitFor({ timeout: 30_000 });
    expect(await notice.textContent()).toContain('đã có kết quả');
    await context.close();
    await citizen.context().close();
  });
});
