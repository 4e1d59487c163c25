// End-to-end check of the listening pages (征求意见) against the real server with the demo city:
// the campaign office starts a round, sends letters to two named people and reads the personal
// links shown once, records a symposium with two opinions; the API confirms what was stored and
// one link opens the portal's letter page. axe-core on the page; a phone-width screenshot.
// Chromium comes from the system (/usr/bin/chromium); nothing is downloaded.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { startServer } from '../../src/http/server.js';
import { CHROMIUM, PHONE, axe, describeViolations, hasBrowser, noHorizontalOverflow, shotsDir, signIn, startDemoSession, fillDate } from './harness.js';

type Server = Awaited<ReturnType<typeof startServer>>;

async function chooseOrg(page: Page, drawer: Locator, name: string): Promise<void> {
  const unit = drawer.getByRole('combobox', { name: /单位/ }).first();
  await unit.click();
  await unit.fill(name);
  const opt = page.locator(`.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option[title="${name}"]`).first();
  await opt.waitFor();
  await opt.click();
}

/** Picks an option of the antd Select whose input is `input`. */
async function choose(page: Page, input: Locator, option: string): Promise<void> {
  await input.click();
  const opt = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option').filter({ hasText: option }).first();
  await opt.waitFor();
  await opt.click();
}

if (!hasBrowser && !process.env.CI) {
  console.warn(`[browser tests] skipped: no Chromium at ${CHROMIUM} (set CHROMIUM_PATH; with CI set this is a failure)`);
  describe.skip(`solicitations (skipped: no Chromium at ${CHROMIUM}; set CHROMIUM_PATH, or CI=1 to make this a failure)`, () => {
    it('drives the solicitations page in a browser', () => undefined);
  });
} else {
  describe('solicitations, letters and symposiums', () => {
    let server: Server;
    let browser: Browser;
    let context: BrowserContext;
    let page: Page;
    let campaign: { id: string; org: { id: string; name: string } };
    let pageUrl = '';
    let links: string[] = [];
    const tag = `${Date.now() % 100000}`;
    const roundTitle = `关于县委领导班子“四风”问题征求意见（${tag}）`;
    const host = `王主任${tag}`;
    const op1 = `座谈会意见：会议太多，基层干部疲于应付（${tag}）`;
    const op2 = `座谈会意见：检查考核过多过滥，建议合并精简（${tag}）`;

    beforeAll(async () => {
      ({ server, browser, context, page } = await startDemoSession());
    }, 300_000);

    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it('logs in as the campaign office and opens 征求意见 from the campaign menu', async () => {
      await signIn(page, server.url);

      const list = await page.request.get(`${server.url}/api/campaigns`);
      expect(list.status()).toBe(200);
      campaign = ((await list.json()) as { items: (typeof campaign)[] }).items[0];
      expect(campaign).toBeTruthy();

      await page.goto(`${server.url}/campaigns/${campaign.id}`);
      await page.getByRole('menuitem', { name: /征求意见/ }).click();
      await page.waitForURL('**/campaigns/*/solicitations');
      pageUrl = page.url();
      await page.getByRole('heading', { level: 1, name: '征求意见' }).waitFor();
      await page.getByRole('heading', { level: 2, name: '座谈会' }).waitFor();
    });

    it('starts a round with a Chinese title', async () => {
      await page.getByRole('button', { name: /发起征求意见/ }).click();
      const drawer = page.locator('.ant-drawer-open').filter({ hasText: '发起一轮征求意见' });
      await drawer.waitFor();
      await chooseOrg(page, drawer, campaign.org.name);
      await drawer.getByLabel('标题', { exact: true }).fill(roundTitle);
      await drawer.getByLabel('说明').fill('请对县委领导班子在形式主义、官僚主义、享乐主义和奢靡之风方面的问题提出意见。');
      await fillDate(drawer.getByLabel('开始日期'), '2026-11-01');
      await fillDate(drawer.getByLabel('结束日期'), '2026-12-31');
      await drawer.getByRole('checkbox', { name: '两代表一委员', exact: true }).check();
      await drawer.getByRole('checkbox', { name: '特定对象', exact: true }).check();
      await drawer.getByRole('checkbox', { name: '征求意见函', exact: true }).check();
      await drawer.getByRole('checkbox', { name: '座谈会', exact: true }).check();
      await choose(page, drawer.getByRole('combobox', { name: '意见对象' }), '领导班子');
      await drawer.getByLabel('对象名称').fill('县委领导班子');
      await drawer.getByRole('button', { name: /保\s*存/ }).click();
      await drawer.waitFor({ state: 'hidden' });
      const card = page.locator('.sol-rounds .sol-card').filter({ hasText: roundTitle });
      await card.waitFor();
      const text = await card.innerText();
      expect(text).toContain(campaign.org.name);
      expect(text).toContain('两代表一委员');
      expect(text).toContain('座谈会');
      expect(text).toContain('领导班子：县委领导班子');
    });

    it('sends letters to two people and shows each personal link once', async () => {
      await page.getByRole('button', { name: `征求意见函：${roundTitle}` }).click();
      const drawer = page.locator('.ant-drawer-open').filter({ hasText: '已发出的征求意见函' });
      await drawer.waitFor();
      await drawer.getByLabel(/收函人/).fill(`张三${tag}，县人大常委会\n李四${tag}，县政协`);
      await drawer.getByRole('button', { name: /生成征求意见函/ }).click();
      await drawer.getByText('专属链接只显示这一次').waitFor();
      const urls = drawer.locator('.sol-link-url');
      await expect.poll(() => urls.count()).toBe(2);
      links = await urls.allInnerTexts();
      for (const l of links) expect(l.startsWith(`${server.url}/portal.html#/letter/`)).toBe(true);
      expect(new Set(links).size).toBe(2);
      await drawer.getByRole('button', { name: `复制 张三${tag} 的链接` }).waitFor();
      // the list below shows both, not yet answered
      await expect.poll(() => drawer.locator('.sol-letter-list li').count()).toBe(2);
      expect(await drawer.locator('.sol-letter-list').innerText()).toContain('未回复');
      await page.keyboard.press('Escape');
      await drawer.waitFor({ state: 'hidden' });
    });

    it('records a symposium with attendance and two opinions', async () => {
      await page.getByRole('button', { name: /记录座谈会/ }).click();
      const drawer = page.locator('.ant-drawer-open').filter({ hasText: '提交座谈会记录' });
      await drawer.waitFor();
      await chooseOrg(page, drawer, campaign.org.name);
      await drawer.getByLabel('主持人').fill(host);
      await drawer.getByLabel('第 1 类人数').fill('3');
      await drawer.getByLabel('第 2 类人数').fill('4');
      await drawer.getByLabel('第 4 类人数').fill('12');
      await drawer.getByLabel('会议纪要').fill('座谈会在县委第一会议室召开。');
      await drawer.getByLabel('意见 1', { exact: true }).fill(op1);
      await drawer.getByRole('button', { name: /添加一条意见/ }).click();
      await drawer.getByLabel('意见 2', { exact: true }).fill(op2);
      await drawer.getByRole('button', { name: /提交座谈会记录/ }).click();
      await drawer.waitFor({ state: 'hidden' });
      const card = page.locator('.sol-symposiums .sol-card').filter({ hasText: host });
      await card.waitFor();
      const text = await card.innerText();
      expect(text).toContain('出席 19 人');
      expect(text).toContain('意见 2 条');
    });

    it('stored the round, the letters and the symposium with its two opinions', async () => {
      const r = await page.request.get(`${server.url}/api/campaigns/${campaign.id}/solicitations`);
      expect(r.status()).toBe(200);
      const round = ((await r.json()) as { items: { id: string; title: string; audiences: string[]; channels: string[]; targetKind: string; targetLabel: string; startsOn: string; endsOn: string }[] }).items.find((s) => s.title === roundTitle);
      expect(round).toBeTruthy();
      expect(round!.audiences.sort()).toEqual(['deputies', 'named']);
      expect(round!.channels.sort()).toEqual(['solicitation_letter', 'symposium']);
      expect(round!.targetKind).toBe('leadership');
      expect(round!.targetLabel).toBe('县委领导班子');
      expect([round!.startsOn, round!.endsOn]).toEqual(['2026-11-01', '2026-12-31']);

      const l = await page.request.get(`${server.url}/api/solicitations/${round!.id}/letters`);
      expect(l.status()).toBe(200);
      const letters = ((await l.json()) as { items: { name: string; unit: string; respondedAt: string | null }[] }).items;
      expect(letters.map((x) => [x.name, x.unit])).toEqual([[`张三${tag}`, '县人大常委会'], [`李四${tag}`, '县政协']]);
      expect(letters.every((x) => x.respondedAt === null)).toBe(true);

      const s = await page.request.get(`${server.url}/api/campaigns/${campaign.id}/symposiums`);
      expect(s.status()).toBe(200);
      const sym = ((await s.json()) as { items: { host: string; opinions: number; attendance: Record<string, number> }[] }).items.find((x) => x.host === host);
      expect(sym?.opinions).toBe(2);
      expect(sym?.attendance).toEqual({ 党代表: 3, 人大代表: 4, 群众代表: 12 });

      const o = await page.request.get(`${server.url}/api/campaigns/${campaign.id}/opinions?channel=symposium&q=${encodeURIComponent(tag)}&limit=50`);
      expect(o.status()).toBe(200);
      const bodies = ((await o.json()) as { items: { body: string }[] }).items.map((x) => x.body).sort();
      expect(bodies).toEqual([op1, op2].sort());
    });

    it('opens a letter link on the portal', async () => {
      const p = await context.newPage();
      try {
        await p.goto(links[0]);
        await p.getByRole('heading', { level: 1, name: '征求意见函' }).waitFor();
        await expect.poll(() => p.locator('.letter').innerText()).toContain(roundTitle);
        expect(await p.locator('.letter').innerText()).toContain(`张三${tag}`);
      } finally {
        await p.close();
      }
    });

    it('has no serious accessibility problems on the solicitations page', async () => {
      await page.goto(pageUrl);
      await page.locator('.sol-rounds .sol-card').first().waitFor();
      await page.locator('.sol-symposiums .sol-card').first().waitFor();
      const violations = await axe(page);
      expect(violations, describeViolations(violations)).toEqual([]);
      await page.screenshot({ path: path.join(shotsDir, 'solicitations-desktop.png'), fullPage: true });
    });

    it('fits a phone screen (375px)', async () => {
      const phone = await browser.newContext({ viewport: PHONE, locale: 'zh-CN', reducedMotion: 'reduce', storageState: await context.storageState() });
      phone.setDefaultTimeout(30_000);
      const p = await phone.newPage();
      try {
        await p.goto(pageUrl);
        await p.locator('.sol-rounds .sol-card').first().waitFor();
        await p.locator('.sol-symposiums .sol-card').first().waitFor();
        await noHorizontalOverflow(p);
        await p.screenshot({ path: path.join(shotsDir, 'solicitations-phone.png'), fullPage: true });
        const violations = await axe(p);
        expect(violations, describeViolations(violations)).toEqual([]);
        // the record drawer fits too
        await p.getByRole('button', { name: /记录座谈会/ }).click();
        await p.locator('.ant-drawer-open').filter({ hasText: '提交座谈会记录' }).waitFor();
        await noHorizontalOverflow(p);
        await p.screenshot({ path: path.join(shotsDir, 'solicitations-phone-record.png') });
      } finally {
        await phone.close();
      }
    });
  });
}
