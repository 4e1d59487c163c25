// End-to-end check of campaign administration in the web console, against the real server with
// the demo city: the campaign office creates a campaign on a district with one township left out,
// lands on its page (three phases, the template's actions, the participating count without the
// excluded subtree), edits it, sends a supervision group to two townships and then takes one away.
// Checked through the UI and, where useful, the API with the page's cookies. axe-core on the new
// UI; desktop and phone (375px) screenshots. Chromium comes from the system; nothing is downloaded.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { startServer } from '../../src/http/server.js';
import { CHROMIUM, PHONE, axe, describeViolations, hasBrowser, noHorizontalOverflow, shotsDir, signIn, startDemoSession, fillDate } from './harness.js';

const DISTRICT = '东城区委';
const CAMPAIGN_NAME = '东城区第二批党的群众路线教育实践活动';
const PLAN_TEMPLATE_SIZE = 20;

type Server = Awaited<ReturnType<typeof startServer>>;
interface OrgNode { id: string; name: string; type: string; active: boolean }

/** Types into an antd search select and picks the option with exactly this name. */
async function pickOrg(page: Page, field: Locator, name: string): Promise<void> {
  await field.click();
  await field.fill(name);
  const option = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option').filter({
    has: page.locator('.org-option-name', { hasText: new RegExp(`^${name}$`) }),
  });
  await option.first().waitFor();
  await option.first().click();
}

function day(offset: number): string {
  return new Date(Date.now() + offset * 86400_000).toISOString().slice(0, 10);
}

if (!hasBrowser && !process.env.CI) {
  console.warn(`[browser tests] skipped: no Chromium at ${CHROMIUM} (set CHROMIUM_PATH; with CI set this is a failure)`);
  describe.skip(`campaign administration (skipped: no Chromium at ${CHROMIUM}; set CHROMIUM_PATH, or CI=1 to make this a failure)`, () => {
    it('creates and administers a campaign in a browser', () => undefined);
  });
} else {
  describe('campaign administration', () => {
    let server: Server;
    let browser: Browser;
    let context: BrowserContext;
    let page: Page;
    let district: OrgNode;
    let townships: OrgNode[] = [];
    let districtSize = 0;
    let townshipSize = 0;
    let campaignId = '';
    let campaignUrl = '';

    const getJson = async <T>(url: string): Promise<T> => {
      const r = await page.request.get(`${server.url}${url}`);
      expect(r.status(), `GET ${url}`).toBe(200);
      return (await r.json()) as T;
    };

    beforeAll(async () => {
      ({ server, browser, context, page } = await startDemoSession());
    }, 300_000);

    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it('logs in as the campaign office, who may create campaigns', async () => {
      await signIn(page, server.url);
      const me = await getJson<{ user: { can: { createCampaign: boolean } } }>('/api/auth/me');
      expect(me.user.can.createCampaign).toBe(true);

      // The district and its townships, for the steps below.
      const found = await getJson<{ items: OrgNode[] }>(`/api/orgs/search?q=${encodeURIComponent(DISTRICT)}`);
      district = found.items.find((o) => o.name === DISTRICT)!;
      expect(district, `${DISTRICT} in the demo`).toBeTruthy();
      const children = await getJson<{ items: OrgNode[] }>(`/api/orgs/${district.id}/children`);
      townships = children.items.filter((o) => o.type === 'township' && o.active);
      expect(townships.length).toBeGreaterThanOrEqual(4);
      districtSize = (await getJson<{ subtreeCount: number }>(`/api/orgs/${district.id}`)).subtreeCount;
      townshipSize = (await getJson<{ subtreeCount: number }>(`/api/orgs/${townships[0].id}`)).subtreeCount;
      expect(townshipSize).toBeGreaterThan(1);
    });

    it('creates a campaign on a district with one township left out', async () => {
      await page.getByRole('menuitem', { name: /活动概览/ }).click();
      await page.waitForURL('**/campaigns');
      await page.getByRole('button', { name: '新建活动' }).click();
      const drawer = page.locator('.campaign-form-drawer');
      await drawer.locator('.ant-drawer-title', { hasText: '新建教育实践活动' }).waitFor();

      await drawer.getByLabel('活动名称').fill(CAMPAIGN_NAME);
      expect(await drawer.getByRole('radio', { name: '第二批' }).isChecked()).toBe(true);
      await pickOrg(page, drawer.getByLabel('组织单位'), DISTRICT);
      // Client-side check: the end may not come before the start.
      await fillDate(drawer.getByLabel('开始日期', { exact: true }), day(10));
      await fillDate(drawer.getByLabel('结束日期', { exact: true }), day(5));
      await drawer.getByRole('button', { name: '创建活动' }).click();
      await drawer.getByText('结束日期不能早于开始日期').first().waitFor();
      await fillDate(drawer.getByLabel('结束日期', { exact: true }), day(190));
      await expect.poll(() => drawer.getByText('结束日期不能早于开始日期').count()).toBe(0);
      // Filling one phase date asks for all of them.
      await fillDate(drawer.getByLabel('第二环节开始日期'), day(60));
      await drawer.getByRole('button', { name: '创建活动' }).click();
      await drawer.getByText('请填写全部三个环节的起止日期，或全部留空').first().waitFor();
      await drawer.getByRole('button', { name: '清空环节日期' }).click();
      await expect.poll(() => drawer.getByText('请填写全部三个环节的起止日期，或全部留空').count()).toBe(0);

      await pickOrg(page, drawer.getByLabel('不参加单位'), townships[0].name);
      await drawer.locator('.org-multi-select .ant-select-selection-item', { hasText: townships[0].name }).waitFor();
      await drawer.locator('.ant-drawer-title').click(); // closes the dropdown
      expect(await drawer.getByRole('checkbox', { name: '使用实施方案模板' }).isChecked()).toBe(true);

      await page.screenshot({ path: path.join(shotsDir, 'campaign-create-desktop.png') });
      const violations = await axe(page);
      expect(violations, describeViolations(violations)).toEqual([]);

      // A server error is shown next to the form, in the user's language.
      await page.route('**/api/campaigns', (route) =>
        route.request().method() === 'POST'
          ? route.fulfill({ status: 400, contentType: 'application/json', body: JSON.stringify({ code: 'campaign.dates_invalid', message: '结束日期不能早于开始日期（endsOn）' }) })
          : route.continue(),
      );
      await drawer.getByRole('button', { name: '创建活动' }).click();
      await expect.poll(() => drawer.locator('.campaign-form-error').innerText()).toContain('结束日期不能早于开始日期（endsOn）');
      await page.unroute('**/api/campaigns');

      const created = page.waitForResponse((r) => r.url().endsWith('/api/campaigns') && r.request().method() === 'POST');
      await drawer.getByRole('button', { name: '创建活动' }).click();
      const res = await created;
      expect(res.status()).toBe(201);
      const body = (await res.json()) as { campaign: { id: string; org: { id: string } } };
      campaignId = body.campaign.id;
      expect(body.campaign.org.id).toBe(district.id);
      await page.waitForURL(`**/campaigns/${campaignId}`);
      campaignUrl = page.url();
    });

    it('lands on the new campaign: three phases, the template actions, the exclusion and the count', async () => {
      await page.getByRole('heading', { level: 1, name: CAMPAIGN_NAME }).waitFor();
      const phases = page.locator('.phase-section');
      await expect.poll(() => phases.count()).toBe(3);
      for (const title of ['学习教育、听取意见', '查摆问题、开展批评', '整改落实、建章立制']) {
        await page.locator('.phase-title', { hasText: title }).waitFor();
      }
      await expect.poll(() => page.locator('.action-item').count()).toBe(PLAN_TEMPLATE_SIZE);
      await page.locator('.action-title', { hasText: '召开动员部署大会' }).waitFor();
      await page.locator('.exclusions-list .ant-tag', { hasText: townships[0].name }).waitFor();

      const detail = await getJson<{ campaign: { participatingCount: number; exclusions: { id: string }[]; phases: { phase: string; startsOn: string; endsOn: string; actions: unknown[] }[] } }>(
        `/api/campaigns/${campaignId}`,
      );
      expect(detail.campaign.exclusions.map((e) => e.id)).toEqual([townships[0].id]);
      expect(detail.campaign.phases.map((p) => p.phase)).toEqual(['listen', 'examine', 'rectify']);
      expect(detail.campaign.phases[0].startsOn).toBe(day(10)); // split by the server
      expect(detail.campaign.phases[2].endsOn).toBe(day(190));
      // The excluded township's whole subtree is out.
      expect(detail.campaign.participatingCount).toBe(districtSize - townshipSize);
      const count = page
        .locator('.ant-descriptions-item')
        .filter({ has: page.locator('.ant-descriptions-item-label', { hasText: /^参加单位$/ }) })
        .locator('.ant-descriptions-item-content');
      await expect.poll(() => count.innerText()).toBe(`${districtSize - townshipSize} 个`);

      // The matrix counts the same units; the excluded township is not a row of it.
      await page.locator('.matrix-table .matrix-totals-row').waitFor();
      const matrix = await getJson<{ rows: { org: { id: string }; units: number }[] }>(`/api/campaigns/${campaignId}/matrix`);
      expect(matrix.rows.some((r) => r.org.id === townships[0].id && r.units > 0)).toBe(false);
      const matrixUnits = matrix.rows.reduce((s, r) => s + r.units, 0);
      expect(matrixUnits).toBe(districtSize - townshipSize);
      await expect.poll(() => page.locator('.matrix-table .matrix-totals-row .matrix-units').innerText()).toContain(String(matrixUnits));
      await expect.poll(() => page.locator('.matrix-table .matrix-org-name', { hasText: townships[0].name }).count()).toBe(0);
    });

    it('edits the campaign name and the phase dates', async () => {
      await page.getByRole('button', { name: '修改活动' }).click();
      const drawer = page.locator('.campaign-form-drawer');
      await drawer.locator('.ant-drawer-title', { hasText: '修改活动信息' }).waitFor();
      expect(await drawer.getByLabel('第一环节开始日期').inputValue()).toBe(day(10));
      await drawer.getByLabel('活动名称').fill(`${CAMPAIGN_NAME}（修订）`);
      await fillDate(drawer.getByLabel('第一环节结束日期'), day(40));
      await fillDate(drawer.getByLabel('第二环节开始日期'), day(41));
      await drawer.getByRole('button', { name: /保\s*存/ }).click();
      await page.getByRole('heading', { level: 1, name: `${CAMPAIGN_NAME}（修订）` }).waitFor();
      const detail = await getJson<{ campaign: { phases: { phase: string; startsOn: string; endsOn: string }[] } }>(`/api/campaigns/${campaignId}`);
      expect(detail.campaign.phases[0].endsOn).toBe(day(40));
      expect(detail.campaign.phases[1].startsOn).toBe(day(41));
    });

    it('sends a supervision group to two townships', async () => {
      const panel = page.locator('.supervision-card');
      await panel.getByText('尚未派出督导组').waitFor();
      await panel.getByRole('button', { name: '派出督导组' }).click();
      const modal = page.locator('.ant-modal', { hasText: '督导组名称' });
      await modal.getByLabel('督导组名称').fill('区委第一督导组');
      expect(await modal.locator('.ant-select-content', { hasText: DISTRICT }).count()).toBe(1); // sent by the campaign's organization
      const units = modal.getByLabel('督导单位');
      await pickOrg(page, units, townships[1].name);
      await pickOrg(page, units, townships[2].name);
      await expect.poll(() => modal.locator('.org-multi-select .ant-select-selection-item').count()).toBe(2);
      await modal.locator('.ant-modal-title').click(); // closes the dropdown
      await modal.getByRole('button', { name: /新\s*建/ }).click();
      const group = panel.locator('.supervision-group', { hasText: '区委第一督导组' });
      await group.waitFor();
      await expect.poll(() => group.locator('.supervision-units .ant-tag').allInnerTexts()).toEqual(expect.arrayContaining([townships[1].name, townships[2].name]));
      await group.getByText(`派出单位：${DISTRICT}`).waitFor();

      const list = await getJson<{ items: { name: string; org: { id: string }; units: { id: string }[] }[] }>(`/api/campaigns/${campaignId}/supervision-groups`);
      expect(list.items).toHaveLength(1);
      expect(list.items[0].org.id).toBe(district.id);
      expect(list.items[0].units.map((u) => u.id).sort()).toEqual([townships[1].id, townships[2].id].sort());
      await page.screenshot({ path: path.join(shotsDir, 'campaign-admin-desktop.png'), fullPage: true });
      const violations = await axe(page);
      expect(violations, describeViolations(violations)).toEqual([]);
    });

    it('takes one unit away from the group', async () => {
      const group = page.locator('.supervision-group', { hasText: '区委第一督导组' });
      await group.getByRole('button', { name: '调整督导单位：区委第一督导组' }).click();
      const modal = page.locator('.ant-modal', { hasText: '“区委第一督导组”的督导单位' });
      const tag = modal.locator('.org-multi-select .ant-select-selection-item', { hasText: townships[2].name });
      await tag.waitFor();
      await tag.locator('.ant-select-selection-item-remove').click();
      await expect.poll(() => modal.locator('.org-multi-select .ant-select-selection-item').count()).toBe(1);
      await modal.getByRole('button', { name: /保\s*存/ }).click();
      await expect.poll(() => group.locator('.supervision-units .ant-tag').allInnerTexts()).toEqual([townships[1].name]);
      const list = await getJson<{ items: { units: { id: string }[] }[] }>(`/api/campaigns/${campaignId}/supervision-groups`);
      expect(list.items[0].units.map((u) => u.id)).toEqual([townships[1].id]);
    });

    it('changes the excluded units; the count and the matrix follow', async () => {
      const extraSize = (await getJson<{ subtreeCount: number }>(`/api/orgs/${townships[3].id}`)).subtreeCount;
      await page.getByRole('button', { name: '调整不参加单位' }).click();
      const modal = page.locator('.ant-modal', { hasText: '调整不参加单位' });
      await modal.locator('.org-multi-select .ant-select-selection-item', { hasText: townships[0].name }).waitFor();
      await pickOrg(page, modal.getByLabel('不参加单位'), townships[3].name);
      await modal.locator('.ant-modal-title').click(); // closes the dropdown
      await modal.getByRole('button', { name: /保\s*存/ }).click();
      await page.locator('.exclusions-list .ant-tag', { hasText: townships[3].name }).waitFor();
      const expected = districtSize - townshipSize - extraSize;
      const count = page
        .locator('.ant-descriptions-item')
        .filter({ has: page.locator('.ant-descriptions-item-label', { hasText: /^参加单位$/ }) })
        .locator('.ant-descriptions-item-content');
      await expect.poll(() => count.innerText()).toBe(`${expected} 个`);
      await expect.poll(() => page.locator('.matrix-table .matrix-totals-row .matrix-units').innerText()).toContain(String(expected));
      const detail = await getJson<{ campaign: { participatingCount: number; exclusions: { id: string }[] } }>(`/api/campaigns/${campaignId}`);
      expect(detail.campaign.participatingCount).toBe(expected);
      expect(detail.campaign.exclusions.map((e) => e.id).sort()).toEqual([townships[0].id, townships[3].id].sort());
    });

    it('fits a phone screen (375px): the create form and the campaign page', async () => {
      const phone = await browser.newContext({ viewport: PHONE, locale: 'zh-CN', reducedMotion: 'reduce', storageState: await context.storageState() });
      phone.setDefaultTimeout(30_000);
      const p = await phone.newPage();
      try {
        await p.goto(`${server.url}/campaigns`);
        await p.locator('.campaign-link').first().waitFor();
        await noHorizontalOverflow(p);
        await p.getByRole('button', { name: '新建活动' }).click();
        const drawer = p.locator('.campaign-form-drawer');
        await drawer.getByLabel('活动名称').waitFor();
        await noHorizontalOverflow(p);
        await p.screenshot({ path: path.join(shotsDir, 'campaign-create-phone.png') });
        await drawer.getByRole('checkbox', { name: '使用实施方案模板' }).scrollIntoViewIfNeeded();
        await p.screenshot({ path: path.join(shotsDir, 'campaign-create-phone-phases.png') });

        await p.goto(campaignUrl);
        await p.locator('.supervision-group').first().waitFor();
        await p.locator('.matrix-table .pct-value').first().waitFor();
        await noHorizontalOverflow(p);
        await p.evaluate(() => window.scrollTo(0, 0));
        await p.screenshot({ path: path.join(shotsDir, 'campaign-admin-phone-top.png') });
        await p.screenshot({ path: path.join(shotsDir, 'campaign-admin-phone.png'), fullPage: true });
        await p.locator('.supervision-card').screenshot({ path: path.join(shotsDir, 'supervision-phone-card.png') });
        // The same page in English still fits.
        await p.evaluate(() => window.localStorage.setItem('massline.lang', 'en'));
        await p.reload();
        await p.locator('.supervision-card').getByText('Supervised units (1)').waitFor();
        await noHorizontalOverflow(p);
        await p.locator('.supervision-card').screenshot({ path: path.join(shotsDir, 'supervision-phone-card-en.png') });
        await p.evaluate(() => window.localStorage.setItem('massline.lang', 'zh-CN'));
        // Unit tags wrap inside the card.
        const overflow = await p.locator('.supervision-card').evaluate((el) => el.scrollWidth - el.clientWidth);
        expect(overflow).toBeLessThanOrEqual(1);
      } finally {
        await phone.close();
      }
    });
  });
}
