import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeInChromium, launchBrowser, screenshot, seriousAxeViolations } from '../../../platform/testing/browser.ts';
import { staffTeams } from '../../tables.ts';
import { serveApp, type ServedApp } from '../../../platform/testing/serve-app.ts';
import { addStaff, CONSOLE_TEST_SETTINGS } from '../testing/staff-client.ts';
import { logInAs, openPage } from '../testing/console-browser.ts';


describeInChromium('agent console in Chromium', () => {
  let served: ServedApp;
  let browser: Browser;

  beforeAll(async () => {
    served = await serveApp(CONSOLE_TEST_SETTINGS);
    await served.database.db.insert(staffTeams).values({ name: 'Tổng đài', alwaysOpen: true });
    await addStaff(served, { email: 'an@motcua.vn', name: 'Nguyễn Văn An', teams: ['Tổng đài'], skills: ['web'] });
    await addStaff(served, { email: 'giamsat@motcua.vn', name: 'Phạm Giám Sát', role: 'supervisor', teams: ['Tổng đài'] });
    await addStaff(served, { email: 'admin@motcua.vn', name: 'Quản Trị', role: 'admin' });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });

  const newPage = (path: string) => openPage(browser, served.url + path);

  const logIn = (page: Page, email: string) => logInAs(page, email);

  async function expectAccessible(page: Page, name: string): Promise<void> {
    await screenshot(page, name);
    expect(await seriousAxeViolations(page), name).toEqual([]);
  }

  it('a citizen asks for a person, an agent takes it, replies live, and closes with a wrap-up', async () => {
    const agent = await newPage('/console/');
    await agent.getByRole('button', { name: 'Đăng nhập' }).waitFor();
    await expectAccessible(agent, 'console-login.png');
    await logIn(agent, 'an@motcua.vn');
    await agent.getByLabel('Trạng thái').selectOption('available');

    const supervisor = await newPage('/console/');
    await logIn(supervisor, 'giamsat@motcua.vn');
    await supervisor.getByRole('heading', { name: 'Hàng chờ theo nhóm' }).waitFor();

    const citizen = await newPage('/');
    await citizen.locator('.mc-starter').first().waitFor();
    await citizen.locator('.mc-input').fill('Tôi muốn gặp nhân viên hỗ trợ, số điện thoại của tôi là 0912345678');
    await citizen.locator('.mc-input').press('Enter');
    await expect.poll(() => citizen.locator('.mc-assistant:not(.mc-welcome)').last().textContent()).toMatch(/nhân viên|cán bộ/i);

    // The agent's inbox shows the offer live; the supervisor's view counts it.
    await agent.getByRole('button', { name: /^Mở cuộc trò chuyện/ }).first().waitFor();
    await expect.poll(() => supervisor.locator('td[data-testid="waiting"]').allTextContents()).toContain('1');
    await screenshot(supervisor, 'console-supervisor-waiting.png');
    await agent.getByRole('button', { name: /^Mở cuộc trò chuyện/ }).first().click();
    await agent.getByRole('button', { name: 'Nhận cuộc trò chuyện' }).click();
    await agent.getByLabel('Trả lời').waitFor();
    // The summary is there and personal data is masked until "Hiện".
    await agent.getByRole('heading', { name: 'Tóm tắt bàn giao' }).waitFor();
    expect(await agent.locator('.conversation').textContent()).not.toContain('0912345678');
    await expectAccessible(agent, 'console-conversation.png');
    await agent.getByRole('button', { name: /^Hiện/ }).click();
    await expect.poll(() => agent.locator('.conversation').textContent()).toContain('0912345678');
    await expect.poll(() => supervisor.locator('td[data-testid="waiting"]').allTextContents()).not.toContain('1');

    await citizen.locator('.mc-input').fill('Tôi đang ở vị trí thứ mấy?');
    await citizen.locator('.mc-input').press('Enter');
    await expect.poll(() => citizen.locator('.mc-assistant:not(.mc-welcome)').last().textContent()).toContain('Nguyễn Văn An');

    await agent.getByLabel('Trả lời').fill('Chào anh/chị, tôi là An. Tôi sẽ hỗ trợ ngay.');
    await agent.getByRole('button', { name: 'Gửi' }).click();
    const agentMessage = citizen.locator('.mc-agent').last();
    await expect.poll(() => agentMessage.textContent(), { timeout: 10_000 }).toContain('Chào anh/chị, tôi là An.');
    expect(await agentMessage.locator('.mc-author').textContent()).toBe('Cán bộ Nguyễn Văn An');
    await screenshot(citizen, 'widget-agent-reply.png');

    await agent.getByLabel('Kết quả xử lý').selectOption('resolved');
    await agent.getByLabel('Ghi chú tổng kết').fill('Đã hướng dẫn thủ tục.');
    await agent.getByRole('button', { name: 'Kết thúc và lưu' }).click();
    // The end notice, then the satisfaction survey (callcenter/csat), sent once on the agent's close.
    await expect.poll(() => citizen.locator('.mc-system').allTextContents(), { timeout: 10_000 }).toEqual(
      expect.arrayContaining([expect.stringContaining('đã kết thúc cuộc trò chuyện'), expect.stringContaining('Bạn có hài lòng')]),
    );
    await expectAccessible(agent, 'console-inbox.png');

    await supervisor.getByRole('button', { name: 'Giám sát' }).click();
    await expectAccessible(supervisor, 'console-supervisor.png');
    await supervisor.getByRole('button', { name: 'Báo cáo ngày' }).click();
    // The dated heading of the report itself, not the page's title.
    await supervisor.getByRole('heading', { name: /Báo cáo ngày \d/ }).waitFor();
    await supervisor.locator('canvas').first().waitFor();
    await expectAccessible(supervisor, 'console-report.png');

    const admin = await newPage('/console/');
    await logIn(admin, 'admin@motcua.vn');
    await admin.getByRole('button', { name: 'Nhật ký truy cập' }).click();
    await expect.poll(() => admin.locator('tbody tr').first().textContent()).toContain('an@motcua.vn');
    await expectAccessible(admin, 'console-audit.png');
    for (const page of [agent, supervisor, citizen, admin]) expect(page.errors).toEqual([]);
  }, 240_000);
});
