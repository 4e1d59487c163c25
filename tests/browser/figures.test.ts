// The figures dashboard in Chromium on the demo city: the key figures are the database's
// roll-ups (one is compared with the database directly), the sub-unit list drills down, the
// four-winds and trend charts render (ECharts canvas), axe-core finds nothing serious, and the
// page works at phone width. Screenshots go to /tmp (figures-desktop.png, figures-phone.png).
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startServer } from '../../src/http/server.js';
import { seedFiguresDemo } from '../../src/modules/figures/demo.js';
import '../../src/modules/figures/schema.js';
import { CHROMIUM, DESKTOP, PHONE, axe, describeViolations, ensureWebBuilt, hasBrowser, launchChromium, noHorizontalOverflow, shotsDir, webDir } from './harness.js';

type Server = Awaited<ReturnType<typeof startServer>>;

if (!hasBrowser && !process.env.CI) {
  describe.skip(`figures dashboard (skipped: no Chromium at ${CHROMIUM})`, () => {
    it('shows the dashboard', () => undefined);
  });
} else {
  describe('figures dashboard', () => {
    let server: Server;
    let browser: Browser;
    let context: BrowserContext;
    let page: Page;
    let campaignId = '';
    let rootId = '';

    const rollup = async (orgId: string, code: string) => {
      const r = await server.database.db.selectFrom('indicator_rollups').select('value').where('campaign_id', '=', campaignId).where('org_id', '=', orgId).where('indicator', '=', code).where('period', '=', 'all').executeTakeFirst();
      return Number(r?.value ?? 0);
    };
    const shown = async (code: string) => Number((await page.locator(`.figure-card[data-code="${code}"] .figure-value`).innerText()).replace(/[,\s]/g, ''));

    beforeAll(async () => {
      ensureWebBuilt('index.html');
      server = await startServer({ sqliteFile: ':memory:', port: 0, host: '127.0.0.1', demo: true, webDir, logLevel: 'warn' });
      const db = server.database.db;
      const campaign = await db.selectFrom('campaigns').selectAll().orderBy('created_at').executeTakeFirstOrThrow();
      campaignId = campaign.id;
      rootId = campaign.org_id;
      // Until the demo seed calls it itself.
      const seeded = await db.selectFrom('indicator_facts').select('org_id').where('campaign_id', '=', campaign.id).where('source', '=', 'reported').limit(1).executeTakeFirst();
      if (!seeded) await seedFiguresDemo(db, campaign);
      browser = await launchChromium();
      context = await browser.newContext({ viewport: DESKTOP, locale: 'zh-CN', reducedMotion: 'reduce' });
      context.setDefaultTimeout(30_000);
      page = await context.newPage();
      const office = server.demoLogins.find((l) => l.role === 'campaign_office')!;
      await page.goto(`${server.url}/login`);
      await page.getByLabel('手机号或用户名').fill(office.username);
      await page.getByLabel('密码', { exact: true }).fill(office.password);
      await page.getByRole('button', { name: /登\s*录/ }).click();
      await page.waitForURL('**/orgs');
    }, 300_000);

    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it('opens from the campaign page and shows the database’s roll-ups', async () => {
      await page.goto(`${server.url}/campaigns/${campaignId}`);
      await page.getByRole('link', { name: '数据看板' }).click();
      await page.waitForURL(`**/campaigns/${campaignId}/figures`);
      await page.locator('.figure-card[data-code="opinions_solicited"] .figure-value').waitFor();
      const opinions = await server.database.db.selectFrom('opinions').select((eb) => eb.fn.countAll<number>().as('n')).where('campaign_id', '=', campaignId).executeTakeFirstOrThrow();
      expect(await shown('opinions_solicited')).toBe(Number(opinions.n));
      expect(await shown('opinions_solicited')).toBe(await rollup(rootId, 'opinions_solicited'));
      const docs = await rollup(rootId, 'documents_cut');
      expect(docs).toBeGreaterThan(0);
      expect(await shown('documents_cut')).toBe(docs);
      expect(await shown('briefings_issued')).toBe(24);
      expect(await shown('briefings_adopted')).toBe(14);
      expect(await page.locator('.figure-card[data-code="documents_cut"]').innerText()).toContain('精简文件');
      expect(await page.locator('.figures-page canvas').count()).toBeGreaterThanOrEqual(3);
      await page.waitForTimeout(300);
      await page.screenshot({ path: '/tmp/figures-desktop.png', fullPage: true });
      await page.screenshot({ path: path.join(shotsDir, 'figures-desktop.png'), fullPage: true });
      const violations = await axe(page);
      expect(violations, describeViolations(violations)).toEqual([]);
    });

    it('drills down into a sub-unit and shows its own roll-up', async () => {
      const first = page.locator('.figures-child-links a').first();
      const name = await first.innerText();
      await first.click();
      await page.waitForURL(/orgId=/);
      await page.getByRole('heading', { level: 1, name: new RegExp(name) }).waitFor();
      const orgId = new URL(page.url()).searchParams.get('orgId')!;
      await page.locator('.figure-card[data-code="documents_cut"] .figure-value').waitFor();
      await expect.poll(() => shown('documents_cut')).toBe(await rollup(orgId, 'documents_cut'));
      // The breadcrumb leads back up.
      await page.locator('.figures-crumbs a').first().click();
      await page.getByRole('heading', { level: 1, name: /江州/ }).waitFor();
    });

    it('lists the units’ reports and opens one with its values', async () => {
      await page.getByRole('tab', { name: '报表填报' }).click();
      await page.waitForURL(/tab=reports/);
      const rows = page.locator('.figures-reports .ant-table-tbody tr.ant-table-row');
      await rows.first().waitFor();
      expect(await rows.count()).toBeGreaterThan(0);
      expect(await page.locator('.figures-reports').innerText()).toMatch(/已审核|已报送/);
      await rows.first().getByRole('button', { name: /打\s*开/ }).click();
      await page.locator('.ant-drawer-body input').first().waitFor();
      expect(await page.locator('.ant-drawer-body').innerText()).toContain('精简文件');
      const violations = await axe(page);
      expect(violations, describeViolations(violations)).toEqual([]);
      await page.keyboard.press('Escape');
    });

    it('works at phone width', async () => {
      const phone = await browser.newContext({ viewport: PHONE, locale: 'zh-CN', reducedMotion: 'reduce', storageState: await context.storageState() });
      const p = await phone.newPage();
      await p.goto(`${server.url}/campaigns/${campaignId}/figures`);
      await p.locator('.figure-card[data-code="opinions_solicited"] .figure-value').waitFor();
      await p.waitForTimeout(300);
      await noHorizontalOverflow(p);
      await p.screenshot({ path: '/tmp/figures-phone.png', fullPage: true });
      await p.screenshot({ path: path.join(shotsDir, 'figures-phone.png'), fullPage: true });
      const violations = await axe(p);
      expect(violations, describeViolations(violations)).toEqual([]);
      await phone.close();
    });
  });
}
