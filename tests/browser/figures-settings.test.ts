// The figures settings screens in Chromium on the demo city, as the city's campaign office:
// a custom indicator is added (the form refuses bad input before sending, and shows the server's
// message when the server refuses), a weekly report form is built with it, baselines are set
// and a bulletin item is recorded as adopted — each checked in the database and through the
// API afterwards, not only on screen. axe-core runs on every screen; phone (390 px) and desktop
// screenshots go to .tmp/ (figures-settings-*.png).
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startServer } from '../../src/http/server.js';
import '../../src/modules/figures/schema.js';
import { CHROMIUM, DESKTOP, axe, describeViolations, ensureWebBuilt, hasBrowser, launchChromium, noHorizontalOverflow, repoRoot, webDir } from './harness.js';

type Server = Awaited<ReturnType<typeof startServer>>;
const shots = path.join(repoRoot, '.tmp');
const PHONE = { width: 390, height: 844 };

if (!hasBrowser && !process.env.CI) {
  describe.skip(`figures settings (skipped: no Chromium at ${CHROMIUM})`, () => {
    it('builds forms, indicators, baselines and bulletins', () => undefined);
  });
} else {
  describe('figures settings', () => {
    let server: Server;
    let browser: Browser;
    let context: BrowserContext;
    let page: Page;
    let campaignId = '';
    let rootId = '';
    const requests: string[] = [];

    const db = () => server.database.db;
    const tab = async (name: string, key: string) => {
      await page.getByRole('tab', { name }).click();
      await page.waitForURL(new RegExp(`tab=${key}`));
    };
    const expectAxeClean = async (p: Page = page) => {
      const violations = await axe(p);
      expect(violations, describeViolations(violations)).toEqual([]);
    };
    const drawer = () => page.getByRole('dialog').last();
    /** Types into an antd DatePicker and confirms. */
    const pickDate = async (label: string, value: string) => {
      const input = page.getByLabel(label, { exact: true });
      await input.click();
      await input.fill(value);
      await input.press('Enter');
    };

    beforeAll(async () => {
      ensureWebBuilt('index.html');
      mkdirSync(shots, { recursive: true });
      server = await startServer({ sqliteFile: ':memory:', port: 0, host: '127.0.0.1', demo: true, webDir, logLevel: 'warn' });
      const campaign = await db().selectFrom('campaigns').selectAll().orderBy('created_at').executeTakeFirstOrThrow();
      campaignId = campaign.id;
      rootId = campaign.org_id;
      browser = await launchChromium();
      context = await browser.newContext({ viewport: DESKTOP, locale: 'zh-CN', reducedMotion: 'reduce' });
      context.setDefaultTimeout(30_000);
      page = await context.newPage();
      page.on('request', (r) => { if (r.url().includes('/api/') && r.method() !== 'GET') requests.push(`${r.method()} ${new URL(r.url()).pathname}`); });
      const office = server.demoLogins.find((l) => l.role === 'campaign_office' && l.username === 'office')!;
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

    it('adds a custom indicator: validates first, shows the server’s refusal, then saves it', async () => {
      await page.goto(`${server.url}/campaigns/${campaignId}/figures`);
      await page.locator('.figure-card').first().waitFor();
      await tab('指标目录', 'catalogue');
      await page.locator('.figures-catalogue [data-code="documents_cut"]').waitFor();
      expect(await page.locator('.figures-catalogue').innerText()).toContain('平台自动统计');
      await expectAxeClean();
      await page.screenshot({ path: path.join(shots, 'figures-settings-catalogue-desktop.png'), fullPage: true });

      await page.getByRole('button', { name: '新增自定义指标' }).click();
      await drawer().getByLabel('指标名称').waitFor();
      // Nothing typed: the form says what is missing and sends nothing.
      const before = requests.length;
      await page.getByLabel('指标代码').fill('Bad Code');
      await drawer().getByRole('button', { name: /新\s*建/ }).click();
      await drawer().getByText('请填写指标名称').waitFor();
      await drawer().getByText('指标代码须以小写字母开头', { exact: false }).waitFor();
      expect(requests.length).toBe(before);
      await expectAxeClean();

      // Someone else takes the code meanwhile: the server's message (409) is shown.
      const other = await page.request.post(`${server.url}/api/campaigns/${campaignId}/indicators`, { data: { code: 'visits_taken', zh: '他人新增', unit: '户', aggregation: 'sum' } });
      expect(other.status()).toBe(201);
      await drawer().getByLabel('指标名称').fill('走访群众户数');
      await page.getByLabel('指标代码').fill('visits_taken');
      await drawer().getByRole('combobox', { name: '计量单位' }).fill('户');
      await drawer().getByRole('button', { name: /新\s*建/ }).click();
      await drawer().getByRole('alert').filter({ hasText: '指标代码已存在：visits_taken' }).waitFor();

      await page.getByLabel('指标代码').fill('visits_households');
      await drawer().getByRole('button', { name: /新\s*建/ }).click();
      await page.locator('.figures-catalogue [data-code="visits_households"]').waitFor();
      const row = await db().selectFrom('indicators').selectAll().where('campaign_id', '=', campaignId).where('code', '=', 'visits_households').executeTakeFirstOrThrow();
      expect(row).toMatchObject({ zh: '走访群众户数', unit: '户', aggregation: 'sum', source: 'reported' });
      expect(await page.locator('.figures-catalogue').innerText()).toContain('本活动自定义');
    });

    it('builds a weekly report form holding the custom indicator', async () => {
      await tab('报表设置', 'forms');
      await page.getByRole('button', { name: '新建报表' }).click();
      await drawer().getByLabel('报表名称').waitFor();
      // No indicator chosen: refused on the page.
      await drawer().getByLabel('报表名称').fill('走访工作周报');
      await drawer().getByText('周报', { exact: true }).click();
      const before = requests.length;
      await drawer().getByRole('button', { name: /新\s*建/ }).click();
      await drawer().getByText('请至少选择一个指标').waitFor();
      expect(requests.length).toBe(before);
      // Computed indicators are not offered (opinions are counted by the platform).
      const select = drawer().getByRole('combobox', { name: '填报指标' });
      await select.click();
      await select.fill('意见建议');
      expect(await page.locator('.ant-select-dropdown:visible .ant-select-item-option').count()).toBe(0);
      await select.fill('走访群众');
      await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '走访群众户数' }).click();
      await select.fill('精简文件');
      await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '精简文件' }).first().click();
      await page.keyboard.press('Escape');
      await expectAxeClean();
      await drawer().getByRole('button', { name: /新\s*建/ }).click();
      await page.locator('.figures-form-item', { hasText: '走访工作周报' }).waitFor();

      const form = await db().selectFrom('report_forms').selectAll().where('campaign_id', '=', campaignId).where('name', '=', '走访工作周报').executeTakeFirstOrThrow();
      expect(form.cycle).toBe('week');
      expect(form.org_id).toBe(rootId);
      expect(JSON.parse(form.indicators)).toEqual(['visits_households', 'documents_cut']);
      const api = await (await page.request.get(`${server.url}/api/campaigns/${campaignId}/report-forms`)).json();
      expect(api.items.find((f: { name: string }) => f.name === '走访工作周报').indicators).toEqual(['visits_households', 'documents_cut']);
      expect(await page.locator('.figures-form-item', { hasText: '走访工作周报' }).innerText()).toMatch(/周报[\s\S]*走访群众户数（户）[\s\S]*精简文件/);
      await expectAxeClean();
      await page.screenshot({ path: path.join(shots, 'figures-settings-forms-desktop.png'), fullPage: true });

      // The form is offered when a unit starts a report.
      await tab('报表填报', 'reports');
      await page.getByRole('combobox', { name: '报表', exact: true }).click();
      await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '走访工作周报' }).waitFor();
      await page.keyboard.press('Escape');
    });

    it('sets baselines: refuses a negative one on the page, saves the others, the dashboard shows them', async () => {
      await tab('活动前基数', 'baselines');
      const input = (code: string) => page.locator(`.figures-baselines input[data-code="${code}"], .figures-baselines [data-code="${code}"] input`).first();
      await input('visits_households').waitFor();
      const baselineRows = () => db().selectFrom('indicator_baselines').select(['indicator', 'value']).where('campaign_id', '=', campaignId).where('org_id', '=', rootId).orderBy('indicator').execute();
      const demoBaselines = await baselineRows();
      await input('visits_households').fill('120');
      await input('documents_cut').fill('-5');
      const before = requests.length;
      await page.getByRole('button', { name: '保存基数' }).click();
      await page.getByRole('alert').filter({ hasText: '不能为负数' }).waitFor();
      expect(requests.length).toBe(before);
      expect(await baselineRows()).toEqual(demoBaselines);

      await input('documents_cut').fill('300');
      await page.getByRole('button', { name: '保存基数' }).click();
      await page.getByText('已保存 2 项基数').waitFor();
      const rows = await baselineRows();
      expect(rows.map((r) => [r.indicator, Number(r.value)])).toEqual(expect.arrayContaining([['documents_cut', 300], ['visits_households', 120]]));
      const api = await (await page.request.get(`${server.url}/api/campaigns/${campaignId}/baselines?orgId=${rootId}`)).json();
      expect(api.items.find((b: { indicator: string }) => b.indicator === 'visits_households').value).toBe(120);
      // The change against the roll-up is shown beside it.
      const docsNow = Number((await db().selectFrom('indicator_rollups').select('value').where('campaign_id', '=', campaignId).where('org_id', '=', rootId).where('indicator', '=', 'documents_cut').where('period', '=', 'all').executeTakeFirst())?.value ?? 0);
      const pct = Math.round(((docsNow - 300) / 300) * 1000) / 10;
      await expect.poll(async () => page.locator('.figures-baselines tr', { has: page.locator('[data-code="documents_cut"]') }).innerText()).toContain(`${pct > 0 ? '+' : ''}${pct}%`);
      await expectAxeClean();
      await page.screenshot({ path: path.join(shots, 'figures-settings-baselines-desktop.png'), fullPage: true });

      await page.getByRole('tab', { name: '数据看板' }).click();
      await page.locator('.figure-card[data-code="visits_households"] .figure-baseline').waitFor();
      expect(await page.locator('.figure-card[data-code="visits_households"] .figure-baseline').innerText()).toContain('活动前 120户');
      expect(await page.locator('.figure-card[data-code="documents_cut"] .figure-baseline').innerText()).toContain('活动前 300');
    });

    it('records a bulletin item as adopted, checks the dates first, and the counts follow', async () => {
      const start = await (await page.request.get(`${server.url}/api/campaigns/${campaignId}/bulletins`)).json();
      await page.getByRole('tab', { name: '简报信息' }).click();
      await page.waitForURL(/tab=bulletins/);
      await page.locator('.figures-bulletin-stats').filter({ hasText: '共报送' }).waitFor();
      expect(await page.locator('.figures-bulletin-stats').innerText()).toContain(`共报送 ${start.sent} 条，被采用 ${start.adopted} 条`);
      await expectAxeClean();

      await page.getByRole('button', { name: '登记简报信息' }).click();
      await drawer().getByLabel('信息标题').waitFor();
      await drawer().getByLabel('信息标题').fill('江州市开门搞活动，领导干部下基层听取意见建议');
      await pickDate('报送日期', '2026-11-20');
      await drawer().getByLabel('报送对象').fill('省委活动办');
      await drawer().getByRole('switch', { name: '上级已采用' }).click();
      await drawer().getByLabel('采用刊物或单位').fill('省委《教育实践活动简报》');
      await pickDate('采用日期', '2026-11-18');
      const before = requests.length;
      await drawer().getByRole('button', { name: /保\s*存/ }).click();
      await drawer().getByText('采用日期不能早于报送日期').waitFor();
      expect(requests.length).toBe(before);
      await expectAxeClean();

      await pickDate('采用日期', '2026-11-25');
      await drawer().getByRole('button', { name: /保\s*存/ }).click();
      await page.locator('.figures-bulletins tr', { hasText: '江州市开门搞活动' }).waitFor();
      const row = await db().selectFrom('bulletin_items').selectAll().where('campaign_id', '=', campaignId).where('title', '=', '江州市开门搞活动，领导干部下基层听取意见建议').executeTakeFirstOrThrow();
      expect([row.org_id, row.sent_on, row.sent_to, Number(row.adopted), row.adopted_by, row.adopted_on]).toEqual([rootId, '2026-11-20', '省委活动办', 1, '省委《教育实践活动简报》', '2026-11-25']);
      const after = await (await page.request.get(`${server.url}/api/campaigns/${campaignId}/bulletins`)).json();
      expect([after.sent, after.adopted]).toEqual([start.sent + 1, start.adopted + 1]);
      await expect.poll(() => page.locator('.figures-bulletin-stats').innerText()).toContain(`共报送 ${after.sent} 条，被采用 ${after.adopted} 条`);
      expect(await page.locator('.figures-bulletins tr', { hasText: '江州市开门搞活动' }).innerText()).toContain('已采用');

      // An item not yet adopted is marked later from the list.
      await page.locator('.figures-bulletins .ant-segmented').getByText('未采用', { exact: true }).click();
      const pending = page.locator('.figures-bulletins tbody tr.ant-table-row').first();
      const title = (await pending.locator('.figures-bulletin-title').innerText()).trim();
      await pending.getByRole('button', { name: /记为采用/ }).click();
      await page.getByRole('dialog').getByLabel('采用刊物或单位').fill('市委简报');
      await page.getByRole('dialog').getByRole('button', { name: /保\s*存/ }).click();
      await page.getByText('已更新采用情况').waitFor();
      const marked = await db().selectFrom('bulletin_items').selectAll().where('campaign_id', '=', campaignId).where('title', '=', title).execute();
      expect(marked.some((b) => Number(b.adopted) === 1 && b.adopted_by === '市委简报')).toBe(true);
      const final = await (await page.request.get(`${server.url}/api/campaigns/${campaignId}/bulletins`)).json();
      expect(final.adopted).toBe(start.adopted + 2);
      await page.locator('.figures-bulletins .ant-segmented').getByText('全部', { exact: true }).click();
      await page.screenshot({ path: path.join(shots, 'figures-settings-bulletins-desktop.png'), fullPage: true });
    });

    it('works at phone width (390 px) on every new screen', async () => {
      const phone = await browser.newContext({ viewport: PHONE, locale: 'zh-CN', reducedMotion: 'reduce', storageState: await context.storageState() });
      phone.setDefaultTimeout(30_000);
      const p = await phone.newPage();
      for (const [key, ready] of [['catalogue', '[data-code="visits_households"]'], ['forms', '.figures-form-item'], ['baselines', '[data-code="visits_households"]'], ['bulletins', '.figures-bulletin-title']] as const) {
        await p.goto(`${server.url}/campaigns/${campaignId}/figures?tab=${key}`);
        await p.locator(`.figures-settings ${ready}`).first().waitFor();
        await p.waitForTimeout(200);
        await noHorizontalOverflow(p);
        await p.screenshot({ path: path.join(shots, `figures-settings-${key}-phone.png`), fullPage: key !== 'catalogue' && key !== 'baselines' });
        const violations = await axe(p);
        expect(violations, `${key}: ${describeViolations(violations)}`).toEqual([]);
      }
      // The new-indicator drawer fits the phone too.
      await p.goto(`${server.url}/campaigns/${campaignId}/figures?tab=catalogue`);
      await p.getByRole('button', { name: '新增自定义指标' }).click();
      await p.getByRole('dialog').getByLabel('指标名称').waitFor();
      await p.getByRole('dialog').getByText('比率', { exact: true }).click();
      await p.getByRole('dialog').getByLabel('分子指标').waitFor();
      await p.waitForTimeout(300);
      await p.screenshot({ path: path.join(shots, 'figures-settings-indicator-drawer-phone.png') });
      await noHorizontalOverflow(p);
      await phone.close();
    });
  });
}
