import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeInChromium, launchBrowser, screenshot, seriousAxeViolations } from '../../../platform/testing/browser.ts';
import { serveApp, type ServedApp } from '../../../platform/testing/serve-app.ts';
import { addStaff, CONSOLE_TEST_SETTINGS } from '../../console/testing/staff-client.ts';
import { logInAs, openPage } from '../../console/testing/console-browser.ts';


/** The lifecycle in Chromium: chat filing → classify and assign → answer → reopen by rating → answer → satisfied → closed. */
describeInChromium('complaint lifecycle in Chromium', () => {
  let served: ServedApp;
  let browser: Browser;
  beforeAll(async () => {
    served = await serveApp({ ...CONSOLE_TEST_SETTINGS,  SEED_SAMPLE_CORPUS: 'true' });
    await addStaff(served, { email: 'giamsat@motcua.vn', name: 'Phạm Giám Sát', role: 'supervisor' });
    await addStaff(served, { email: 'congan@motcua.vn', name: 'Lê Cán Bộ', role: 'agency_officer', agency: 'cong-an' });
    browser = await launchBrowser();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });

  const newPage = (path: string) => openPage(browser, served.url + path);
  const logIn = (page: Page, email: string) => logInAs(page, email);
  async function openTicket(page: Page, code: string): Promise<void> {
    await page.getByRole('button', { name: 'Phản ánh, kiến nghị' }).click();
    await page.getByRole('button', { name: 'Tất cả' }).click();
    await page.getByRole('button', { name: code }).click();
    await page.getByRole('heading', { name: new RegExp(`Phiếu ${code}`) }).waitFor();
  }
  /** Clicks an action; one that needs input opens a labelled form in place, filled here and sent with its own button. */
  async function act(page: Page, button: string, form?: { fields: Record<string, string>; submit: string }): Promise<void> {
    const count = await page.locator('ol.timeline li').count();
    await page.getByRole('button', { name: button, exact: true }).click();
    if (form) {
      for (const [label, value] of Object.entries(form.fields)) {
        const field = page.getByLabel(label, { exact: true });
        if (await field.evaluate((el) => el.tagName === 'SELECT')) await field.selectOption(value);
        else await field.fill(value);
      }
      await page.getByRole('button', { name: form.submit, exact: true }).click();
    }
    await expect.poll(() => page.locator('ol.timeline li').count()).toBeGreaterThan(count);
    expect(await page.locator('.complaints-status').textContent()).toMatch(/Đã cập nhật/);
  }

  it('runs from the chat to a closed ticket, every step in the timeline', async () => {
    const citizen = await newPage('/');
    await citizen.locator('.mc-starter').first().waitFor();
    const say = async (text: string) => {
      const before = await citizen.locator('.mc-assistant').count();
      await citizen.locator('.mc-input').fill(text);
      await citizen.locator('.mc-input').press('Enter');
      await expect.poll(() => citizen.locator('.mc-assistant').count(), { timeout: 15_000 }).toBeGreaterThan(before);
      return (await citizen.locator('.mc-assistant').last().textContent()) ?? '';
    };
    expect(await say('Tôi muốn phản ánh, hồ sơ đăng ký tạm trú của tôi bị trễ hẹn')).toMatch(/phản ánh, kiến nghị/);
    expect(await say('1')).toMatch(/dữ liệu cá nhân/);
    await say('Đồng ý');
    await say('1');
    await say('Tôi nộp hồ sơ đăng ký tạm trú ngày 5/1, hẹn 3 ngày mà đến nay chưa có kết quả.');
    await say('Công an phường Dịch Vọng');
    await say('Trần Thị Bình');
    await say('0912345678');
    const filed = await say('1');
    const code = /PAKN-\d{8}-\d{4}/.exec(filed)![0];
    const lookup = /mã tra cứu: ([A-Z2-9]{6})/.exec(filed)![1]!;

    const supervisor = await newPage('/console/');
    await logIn(supervisor, 'giamsat@motcua.vn');
    await openTicket(supervisor, code);
    expect(await supervisor.locator('.ticket').textContent()).toContain('Đề xuất tự động: cơ quan cong-an');
    await act(supervisor, 'Phân loại: thuộc thẩm quyền');
    // Actions that need input ask in a labelled form in place (no browser prompt): Escape closes it and gives the focus back.
    await supervisor.getByRole('button', { name: 'Hiện thông tin', exact: true }).click();
    await expect.poll(() => supervisor.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('reason');
    await supervisor.keyboard.press('Escape');
    await expect.poll(() => supervisor.getByRole('form', { name: 'Hiện thông tin' }).count()).toBe(0);
    expect(await supervisor.evaluate(() => document.activeElement?.textContent)).toBe('Hiện thông tin');
    await supervisor.getByRole('button', { name: 'Giao cơ quan', exact: true }).click();
    expect(await supervisor.getByLabel('Cơ quan xử lý', { exact: true }).inputValue()).toBe('cong-an'); // the proposal, preselected
    expect(await seriousAxeViolations(supervisor)).toEqual([]);
    await supervisor.getByRole('button', { name: 'Giao cơ quan', exact: true }).click(); // closes it again
    await act(supervisor, 'Giao cơ quan', { fields: { 'Cơ quan xử lý': 'cong-an' }, submit: 'Giao phiếu' });

    const officer = await newPage('/console/');
    await logIn(officer, 'congan@motcua.vn');
    await openTicket(officer, code);
    await act(officer, 'Nhận xử lý');
    await act(officer, 'Trả lời', { fields: { 'Nội dung trả lời': 'Hồ sơ của bà đã được giải quyết, mời bà nhận kết quả tại Công an phường.' }, submit: 'Gửi trả lời' });
    // The citizen is told in the chat.
    await expect.poll(() => citizen.locator('.mc-system, .mc-message').allTextContents(), { timeout: 10_000 }).toEqual(expect.arrayContaining([expect.stringContaining('mời bà nhận kết quả')]));

    const tracking = await newPage(`/phan-anh/tra-cuu?ma=${code}&khoa=${lookup}`);
    expect(await tracking.textContent('main')).toContain('mời bà nhận kết quả');
    expect(await tracking.textContent('main')).not.toContain('Trần Thị Bình');
    expect(await seriousAxeViolations(tracking)).toEqual([]);
    await tracking.getByLabel(/^Không hài lòng/).check();
    await tracking.getByLabel('Ý kiến thêm (không bắt buộc)').fill('Tôi đến nhưng chưa có kết quả.');
    await tracking.getByRole('button', { name: 'Gửi đánh giá' }).click();
    await tracking.getByText('Đã giao xử lý').first().waitFor();

    await openTicket(officer, code);
    // The officer's page may still show the ticket as it was; answer only once it shows the reopening, or a late refresh eats the form.
    await expect.poll(() => officer.locator('ol.timeline li').allTextContents(), { timeout: 15_000 }).toEqual(expect.arrayContaining([expect.stringMatching(/^Mở lại/)]));
    await act(officer, 'Trả lời', { fields: { 'Nội dung trả lời': 'Kết quả đã có từ hôm nay, cán bộ sẽ gọi điện hẹn bà đến nhận.' }, submit: 'Gửi trả lời' });
    await tracking.goto(`${served.url}/phan-anh/tra-cuu?ma=${code}&khoa=${lookup}`);
    await tracking.getByLabel('Hài lòng', { exact: true }).check();
    await tracking.getByRole('button', { name: 'Gửi đánh giá' }).click();
    await tracking.getByText('Đã đóng').first().waitFor();
    const steps = await tracking.locator('ol.timeline li strong').allTextContents();
    expect(steps).toEqual(['Tiếp nhận', 'Phân loại', 'Giao xử lý', 'Bắt đầu xử lý', 'Trả lời', 'Thông báo cho người gửi', 'Người gửi đánh giá', 'Mở lại', 'Trả lời', 'Thông báo cho người gửi', 'Người gửi đánh giá', 'Đóng']);
    await screenshot(tracking, 'complaint-timeline.png', 'docs/screenshots/complaint-timeline.png');

    await openTicket(supervisor, code);
    expect(await seriousAxeViolations(supervisor)).toEqual([]);
    await supervisor.getByRole('button', { name: 'Báo cáo phản ánh' }).click();
    await supervisor.getByRole('heading', { name: 'Báo cáo phản ánh, kiến nghị' }).waitFor();
    await supervisor.locator('table tbody tr').first().waitFor();
    await screenshot(supervisor, 'complaint-report.png', 'docs/screenshots/complaint-report.png');

    const form = await newPage('/phan-anh');
    expect(await seriousAxeViolations(form)).toEqual([]);
  }, 180_000);
});
