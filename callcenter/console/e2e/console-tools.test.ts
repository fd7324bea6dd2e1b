import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeInChromium, launchBrowser, screenshot, seriousAxeViolations } from '../../../platform/testing/browser.ts';
import { serveApp, type ServedApp } from '../../../platform/testing/serve-app.ts';
import { staffTeams } from '../../tables.ts';
import { addStaff, CONSOLE_TEST_SETTINGS } from '../testing/staff-client.ts';
import { logInAs, openPage } from '../testing/console-browser.ts';

/** The reply box's tools in Chromium: canned replies kept by a supervisor, agent assist, typing both ways. */
describeInChromium('console reply tools in Chromium', () => {
  let served: ServedApp;
  let browser: Browser;

  beforeAll(async () => {
    served = await serveApp({ ...CONSOLE_TEST_SETTINGS, SEED_SAMPLE_CORPUS: 'true' });
    await served.database.db.insert(staffTeams).values({ name: 'Tổng đài', alwaysOpen: true });
    await addStaff(served, { email: 'an@motcua.vn', name: 'Nguyễn Văn An', teams: ['Tổng đài'], skills: ['web'] });
    await addStaff(served, { email: 'giamsat@motcua.vn', name: 'Phạm Giám Sát', role: 'supervisor', teams: ['Tổng đài'], branch: 'Ba Đình' });
    browser = await launchBrowser();
  }, 120_000);
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

  it('a supervisor adds a canned reply; the agent sees the citizen typing, inserts the reply and a grounded answer, and the citizen sees the agent typing', async () => {
    const supervisor = await newPage('/console/');
    await logIn(supervisor, 'giamsat@motcua.vn');
    await supervisor.getByRole('button', { name: 'Mẫu trả lời' }).click();
    await supervisor.getByLabel('Tiêu đề').fill('Lời chào');
    await supervisor.getByLabel(/^Phím tắt/).fill('chao');
    await supervisor.getByLabel('Nội dung').fill('Chào {ten_cong_dan}, tôi là {ten_can_bo}, cán bộ tổng đài. Tôi sẽ hỗ trợ về {thu_tuc}.');
    await supervisor.getByRole('button', { name: 'Thêm mẫu' }).click();
    await supervisor.getByRole('cell', { name: 'Lời chào', exact: true }).waitFor();
    await expectAccessible(supervisor, 'console-canned-replies.png');
    // Opening hours of the supervisor's branch: set, shown, accessible.
    await supervisor.getByRole('button', { name: 'Giờ làm việc' }).click();
    await supervisor.getByLabel(/^Giờ làm việc riêng/).fill('07:00-19:00');
    await supervisor.getByRole('button', { name: 'Lưu giờ làm việc' }).click();
    await supervisor.getByText('Giờ làm việc: 07:00-19:00 các ngày làm việc.').waitFor();
    await expectAccessible(supervisor, 'console-hours.png');

    const agent = await newPage('/console/');
    await logIn(agent, 'an@motcua.vn');
    await agent.getByLabel('Trạng thái').selectOption('available');
    const citizen = await newPage('/');
    await citizen.locator('.mc-starter').first().waitFor();
    await citizen.locator('.mc-input').fill('Tôi muốn gặp nhân viên hỗ trợ');
    await citizen.locator('.mc-input').press('Enter');
    await expect.poll(() => citizen.locator('.mc-assistant:not(.mc-welcome)').last().textContent()).toMatch(/nhân viên|cán bộ/i);

    await agent.getByRole('button', { name: /^Mở cuộc trò chuyện/ }).first().click();
    await agent.getByRole('button', { name: 'Nhận cuộc trò chuyện' }).click();
    const reply = agent.getByLabel('Trả lời', { exact: true });
    await reply.waitFor();

    // The citizen types: the agent sees it.
    await citizen.locator('.mc-input').pressSequentially('Cho tôi hỏi', { delay: 30 });
    await agent.getByText('Người dân đang nhập…').waitFor({ timeout: 10_000 });

    // The agent types: the citizen sees "Cán bộ đang nhập…".
    await reply.pressSequentially('Vâng. ', { delay: 30 });
    await citizen.locator('.mc-agent-typing').waitFor({ state: 'visible', timeout: 10_000 });
    expect(await citizen.locator('.mc-agent-typing').textContent()).toContain('Cán bộ đang nhập…');
    await screenshot(citizen, 'widget-agent-typing.png');

    // Canned reply by keyboard: Ctrl+/ opens the picker, the search filters, Enter inserts the filled text.
    await reply.press('Control+/');
    const search = agent.getByRole('combobox', { name: 'Tìm mẫu trả lời' });
    await expect.poll(() => search.evaluate((el) => el === document.activeElement)).toBe(true);
    await search.fill('chao');
    await agent.getByRole('option', { name: /Lời chào/ }).waitFor();
    await expectAccessible(agent, 'console-canned-picker.png');
    await search.press('Enter');
    await expect.poll(() => reply.inputValue()).toContain('Vâng. Chào anh/chị, tôi là Nguyễn Văn An, cán bộ tổng đài.');
    expect(await reply.inputValue()).not.toContain('{ten_can_bo}');

    // Agent assist: search, then insert the official text with its citation.
    await agent.getByRole('button', { name: 'Mở tra cứu' }).click();
    await agent.getByLabel('Câu hỏi tra cứu').fill('lệ phí đăng ký khai sinh');
    await agent.getByRole('button', { name: 'Tra cứu', exact: true }).click();
    const insert = agent.getByRole('button', { name: /^Chèn đoạn này: .*khai sinh/i }).first();
    await insert.waitFor({ timeout: 20_000 });
    await expectAccessible(agent, 'console-agent-assist.png');
    await insert.click();
    await expect.poll(() => reply.inputValue()).toMatch(/Nguồn: .*khai sinh.* – https:\/\/dichvucong\.gov\.vn\//i);

    // The procedure was never named, so {thu_tuc} is still there: the console will not send it as is.
    await agent.getByRole('button', { name: 'Gửi' }).click();
    await agent.getByRole('alert').filter({ hasText: 'Còn chỗ chưa điền: {thu_tuc}' }).waitFor();
    await reply.fill((await reply.inputValue()).replace('{thu_tuc}', 'thủ tục khai sinh'));
    await agent.getByRole('button', { name: 'Gửi' }).click();
    const sent = citizen.locator('.mc-agent').last();
    await expect.poll(() => sent.textContent(), { timeout: 10_000 }).toContain('Nguồn:');
    await expect.poll(() => citizen.locator('.mc-agent-typing').isHidden()).toBe(true);
    for (const page of [agent, supervisor, citizen]) expect(page.errors).toEqual([]);
  }, 240_000);
});
