import { sql } from 'drizzle-orm';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeInChromium, launchBrowser, screenshot, seriousAxeViolations } from '../../../platform/testing/browser.ts';
import { serveApp, type ServedApp } from '../../../platform/testing/serve-app.ts';
import { staffTeams } from '../../tables.ts';
import { addStaff, CONSOLE_TEST_SETTINGS } from '../testing/staff-client.ts';
import { logInAs, openPage } from '../testing/console-browser.ts';

/**
 * The wrap-up in Chromium: the agent files a complaint for the citizen from the conversation and
 * closes without a survey; the supervisor holding the new ticket is reminded of its deadline
 * live, and the notice's link opens the ticket.
 */
describeInChromium('wrap-up "tạo phản ánh" and "không gửi khảo sát" in Chromium', () => {
  let served: ServedApp;
  let browser: Browser;

  beforeAll(async () => {
    served = await serveApp(CONSOLE_TEST_SETTINGS);
    await served.database.db.insert(staffTeams).values({ name: 'Tổng đài', alwaysOpen: true });
    await addStaff(served, { email: 'an@motcua.vn', name: 'Nguyễn Văn An', teams: ['Tổng đài'], skills: ['web'] });
    await addStaff(served, { email: 'giamsat@motcua.vn', name: 'Phạm Giám Sát', role: 'supervisor' });
    browser = await launchBrowser();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });

  const newPage = (path: string) => openPage(browser, served.url + path);
  const logIn = (page: Page, email: string) => logInAs(page, email);

  it('files the ticket from the wrap-up, shows its code, sends no survey, and the holder is reminded with a link to it', async () => {
    const agent = await newPage('/console/');
    await logIn(agent, 'an@motcua.vn');
    await agent.getByLabel('Trạng thái').selectOption('available');
    const supervisor = await newPage('/console/');
    await logIn(supervisor, 'giamsat@motcua.vn');

    const citizen = await newPage('/');
    await citizen.locator('.mc-starter').first().waitFor();
    await citizen.locator('.mc-input').fill('Tôi muốn gặp nhân viên, hồ sơ đăng ký tạm trú của tôi nộp ngày 5/1 đến nay chưa có kết quả');
    await citizen.locator('.mc-input').press('Enter');
    await agent.getByRole('button', { name: /^Mở cuộc trò chuyện/ }).first().click();
    await agent.getByRole('button', { name: 'Nhận cuộc trò chuyện' }).click();
    await agent.getByLabel('Trả lời').waitFor();

    // "Tạo phản ánh" works from the keyboard and reveals the ticket's fields, the content taken from the handoff summary.
    await agent.getByLabel('Tạo phản ánh').focus();
    await agent.keyboard.press('Space');
    await agent.getByRole('group', { name: 'Phiếu phản ánh, kiến nghị thay cho người dân' }).waitFor();
    expect(await agent.getByLabel('Kết quả xử lý').inputValue()).toBe('complaint');
    expect(await agent.getByLabel(/^Nội dung/).inputValue()).toContain('tạm trú');
    await agent.getByLabel('Họ tên người gửi').fill('Trần Thị Bình');
    await agent.getByLabel('Người dân đã đồng ý cho xử lý dữ liệu cá nhân').check();
    await agent.getByLabel('Không gửi khảo sát').check();
    await agent.getByLabel('Ghi chú tổng kết').fill('Người dân phản ánh trễ hẹn.');
    await screenshot(agent, 'console-wrap-up-complaint.png');
    expect(await seriousAxeViolations(agent)).toEqual([]);
    await agent.getByRole('button', { name: 'Tạo phản ánh, kết thúc và lưu' }).click();

    const status = agent.getByRole('status').filter({ hasText: 'Đã kết thúc cuộc trò chuyện và tạo phiếu phản ánh' });
    await status.waitFor();
    const code = /PAKN-\d{8}-\d{4}/.exec((await status.textContent()) ?? '')![0];
    // The citizen is given the code in the chat; the survey never comes.
    await expect.poll(() => citizen.locator('.mc-system').allTextContents(), { timeout: 10_000 }).toEqual(expect.arrayContaining([expect.stringContaining(code), expect.stringContaining('đã kết thúc cuộc trò chuyện')]));
    const [ticket] = await served.database.rows<{ id: string; channel: string; type: string; conversation_id: string }>(sql`select id, channel, type, conversation_id from complaints where code = ${code}`);
    expect(ticket).toMatchObject({ channel: 'web', type: 'phan_anh' });
    const surveys = await served.database.rows<{ status: string }>(sql`select status from csat_surveys where conversation_id = ${ticket!.conversation_id}`);
    expect(surveys).toEqual([{ status: 'skipped' }]);
    expect(await citizen.locator('.mc-system').allTextContents()).not.toEqual(expect.arrayContaining([expect.stringContaining('Bạn có hài lòng')]));
    expect(await agent.locator('.conversation').textContent()).toContain(`Đã tạo phiếu phản ánh ${code}.`);
    expect(await seriousAxeViolations(agent)).toEqual([]);

    // The ticket awaits classification, so the supervisors hold it: its reminder appears on the supervisor's console.
    await served.database.rows(sql`update complaints set remind_at = now() - interval '1 minute' where id = ${ticket!.id}`);
    await served.app.complaints.checkDeadlines();
    const notices = supervisor.getByRole('region', { name: 'Thông báo hạn xử lý phản ánh' });
    await notices.getByText(`Phiếu ${code} sắp đến hạn xử lý`).waitFor();
    expect(await notices.locator('[aria-live]').count()).toBe(1);
    await screenshot(supervisor, 'console-complaint-alert.png');
    expect(await seriousAxeViolations(supervisor)).toEqual([]);
    await notices.getByRole('link', { name: `Mở phiếu ${code}` }).click();
    await supervisor.getByRole('heading', { name: new RegExp(`Phiếu ${code}`) }).waitFor();
    await notices.getByRole('button', { name: `Đã xem thông báo phiếu ${code}` }).click();
    await expect.poll(() => notices.getByRole('listitem').count()).toBe(0);
    // No alert reaches the agent, who does not hold tickets.
    expect(await agent.getByRole('region', { name: 'Thông báo hạn xử lý phản ánh' }).getByRole('listitem').count()).toBe(0);
    for (const page of [agent, supervisor, citizen]) expect(page.errors).toEqual([]);
  }, 240_000);
});
