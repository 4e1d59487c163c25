// End-to-end check of the web console against the real server with the demo city:
// log in as the campaign office, browse the organization tree, search, open the campaign's
// progress matrix and drill down; axe-core on the login and organizations pages; phone-width
// screenshots. Chromium comes from the system (/usr/bin/chromium); nothing is downloaded.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startServer } from '../../src/http/server.js';
import { CHROMIUM, DESKTOP, PHONE, axe, describeViolations, ensureWebBuilt, hasBrowser, launchChromium, noHorizontalOverflow, shotsDir, webDir } from './harness.js';

const CJK = /[\u4e00-\u9fff]/;

type Server = Awaited<ReturnType<typeof startServer>>;

if (!hasBrowser && !process.env.CI) {
  console.warn(`[browser tests] skipped: no Chromium at ${CHROMIUM} (set CHROMIUM_PATH; with CI set this is a failure)`);
  describe.skip(`web console (skipped: no Chromium at ${CHROMIUM}; set CHROMIUM_PATH, or CI=1 to make this a failure)`, () => {
    it('drives the console in a browser', () => undefined);
  });
} else {
  describe('web console', () => {
    let server: Server;
    let browser: Browser;
    let context: BrowserContext;
    let page: Page;
    let login: { username: string; password: string };
    let campaignUrl = '';

    beforeAll(async () => {
      ensureWebBuilt('index.html');
      server = await startServer({ sqliteFile: ':memory:', port: 0, host: '127.0.0.1', demo: true, webDir, logLevel: 'warn' });
      const office = server.demoLogins.find((l) => l.role === 'campaign_office');
      if (!office) throw new Error('the demo has no campaign_office login');
      login = office;
      browser = await launchChromium();
      context = await browser.newContext({ viewport: DESKTOP, locale: 'zh-CN', reducedMotion: 'reduce' });
      context.setDefaultTimeout(30_000);
      page = await context.newPage();
    }, 300_000);

    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it('shows the login page in Chinese with no serious accessibility problems', async () => {
      await page.goto(`${server.url}/login`);
      await page.getByLabel('手机号或用户名').waitFor();
      expect(await page.getByRole('heading', { level: 1 }).innerText()).toMatch(CJK);
      await page.screenshot({ path: path.join(shotsDir, 'login-desktop.png'), fullPage: true });
      const violations = await axe(page);
      expect(violations, describeViolations(violations)).toEqual([]);
    });

    it('rejects a wrong password with the server message', async () => {
      await page.getByLabel('手机号或用户名').fill(login.username);
      await page.getByLabel('密码', { exact: true }).fill('wrong-password');
      await page.getByRole('button', { name: /登\s*录/ }).click();
      const alert = page.locator('.login-card .ant-alert-error');
      await alert.waitFor();
      expect(await alert.innerText()).toMatch(CJK);
    });

    it('logs in as the campaign office and lands on the organization tree', async () => {
      await page.getByLabel('密码', { exact: true }).fill(login.password);
      await page.getByRole('button', { name: /登\s*录/ }).click();
      await page.waitForURL('**/orgs');
      await page.getByRole('heading', { level: 1, name: '组织架构' }).waitFor();
      await page.locator('.org-tree .org-title-name').first().waitFor();
    });

    it('expands the root and shows its children in Chinese', async () => {
      const nodes = page.locator('.org-tree .ant-tree-treenode:not([aria-hidden="true"])');
      if ((await nodes.count()) < 2) {
        await nodes.first().locator('.ant-tree-switcher').click();
      }
      await expect.poll(() => nodes.count(), { timeout: 30_000 }).toBeGreaterThan(2);
      const names = await page.locator('.org-tree .org-title-name').allInnerTexts();
      expect(names.length).toBeGreaterThan(2);
      for (const n of names.slice(0, 5)) expect(n).toMatch(CJK);
      // type tags are translated too
      expect(await page.locator('.org-tree .org-type-tag').first().innerText()).toMatch(CJK);

      // open a child (second level) lazily
      const child = page.locator('.org-tree [role="treeitem"][aria-expanded="false"]').first();
      const childId = await child.getAttribute('id');
      const before = await nodes.count();
      await child.locator('.ant-tree-switcher').click();
      await expect
        .poll(() => page.locator(`.org-tree [id="${childId}"]`).getAttribute('aria-expanded'), { timeout: 30_000 })
        .toBe('true');
      await expect.poll(() => nodes.count(), { timeout: 30_000 }).toBeGreaterThan(before);

      // selecting a node shows its details
      await page.locator('.org-tree .org-title-name').nth(1).click();
      await page.locator('.detail-card .ant-descriptions').waitFor();
      await page.screenshot({ path: path.join(shotsDir, 'orgs-desktop.png'), fullPage: true });
    });

    it('has no serious accessibility problems on the organizations page', async () => {
      const violations = await axe(page);
      expect(violations, describeViolations(violations)).toEqual([]);
    });

    it('searches for an organization and shows where it sits', async () => {
      // search for the name of a second-level org, then pick it
      const target = (await page.locator('.org-tree .org-title-name').nth(2).innerText()).trim();
      const query = target.slice(0, Math.min(3, target.length));
      await page.getByLabel('搜索单位').fill(query);
      const results = page.locator('.search-item-btn');
      await results.first().waitFor();
      expect(await page.locator('.search-results').innerText()).toContain(query);
      const hit = results.filter({ hasText: target }).first();
      await (await hit.count() ? hit : results.first()).click();
      const crumb = page.locator('.detail-card .ant-breadcrumb');
      await expect.poll(async () => (await crumb.innerText()).length, { timeout: 30_000 }).toBeGreaterThan(0);
      const current = await page.locator('.detail-card [aria-current="page"]').innerText();
      expect(current).toMatch(CJK);
      expect(await page.locator('.org-tree .ant-tree-treenode-selected').count()).toBe(1);
      expect(await crumb.locator('a').count()).toBeGreaterThan(0); // the path above it
    });

    it('opens the campaign and shows the progress matrix with percentages', async () => {
      await page.getByRole('menuitem', { name: /活动概览/ }).click();
      await page.waitForURL('**/campaigns');
      const link = page.locator('.campaign-link').first();
      await link.waitFor();
      await link.click();
      await page.waitForURL('**/campaigns/*');
      campaignUrl = page.url();
      await page.getByText('学习教育、听取意见').first().waitFor();
      const cells = page.locator('.matrix-table .pct-value');
      await cells.first().waitFor();
      const texts = await cells.allInnerTexts();
      expect(texts.length).toBeGreaterThan(10);
      for (const tx of texts.slice(0, 10)) expect(tx).toMatch(/^\d{1,3}%$/);
      expect(texts.some((tx) => tx !== '0%')).toBe(true);
      await page.screenshot({ path: path.join(shotsDir, 'campaign-desktop.png'), fullPage: true });
    });

    it('drills down one level and comes back through the breadcrumb', async () => {
      const drill = page.locator('.matrix-table button.link-button').first();
      const name = (await drill.innerText()).trim();
      await drill.click();
      const here = page.locator('.matrix-breadcrumb [aria-current="location"]');
      await expect.poll(() => here.innerText(), { timeout: 30_000 }).toBe(name);
      await expect.poll(() => page.locator('.matrix-table .matrix-totals-row').innerText()).toContain(name);
      await page.locator('.matrix-table .pct-value').first().waitFor();

      // a grassroots unit's cell opens its items
      const leafCell = page.locator('.matrix-table .pct-button').first();
      if (await leafCell.count()) {
        await leafCell.click();
        await page.locator('.ant-drawer .item-card').first().waitFor();
        expect(await page.locator('.ant-drawer .ant-drawer-title').innerText()).toMatch(CJK);
        await page.keyboard.press('Escape');
        await page.locator('.ant-drawer-open').waitFor({ state: 'detached' }).catch(() => undefined);
      }

      await page.locator('.matrix-breadcrumb a').first().click();
      await expect.poll(() => here.innerText(), { timeout: 30_000 }).not.toBe(name);
    });

    it('fits a phone screen (375px): organizations and the matrix', async () => {
      const phone = await browser.newContext({
        viewport: PHONE,
        locale: 'zh-CN',
        reducedMotion: 'reduce',
        storageState: await context.storageState(),
      });
      phone.setDefaultTimeout(30_000);
      const p = await phone.newPage();
      try {
        await p.goto(`${server.url}/orgs`);
        await p.locator('.org-tree .org-title-name').first().waitFor();
        await p.getByRole('button', { name: '打开导航菜单' }).waitFor();
        await noHorizontalOverflow(p);
        await p.screenshot({ path: path.join(shotsDir, 'orgs-phone.png'), fullPage: true });

        await p.goto(campaignUrl);
        await p.locator('.matrix-table .pct-value').first().waitFor();
        await noHorizontalOverflow(p);
        await p.locator('.matrix-card').evaluate((el) => {
          window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 64);
        });
        await p.screenshot({ path: path.join(shotsDir, 'matrix-phone.png') });
        await p.locator('.matrix-card').screenshot({ path: path.join(shotsDir, 'matrix-phone-card.png') });
        await p.screenshot({ path: path.join(shotsDir, 'campaign-phone.png'), fullPage: true });
        expect(existsSync(path.join(shotsDir, 'matrix-phone.png'))).toBe(true);
      } finally {
        await phone.close();
      }
    });
  });
}
