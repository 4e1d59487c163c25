// The triage page's backlog runs in a browser, against the real server with the demo city: a user
// whose right comes from a role held at another unit than their own runs that unit (the panel
// asks for what the server accepts, with a choice when they hold several), the history names the
// unit of each run, and the queue keeps every row it showed (past the server's page of 200) and
// its active row when a run ends.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, type Page } from 'playwright-core';
import { startServer } from '../../src/http/server.js';
import { submitOpinion } from '../../src/modules/opinions/commands.js';
import { CHROMIUM, axe, describeViolations, hasBrowser, signIn, startDemoSession } from './harness.js';

type Server = Awaited<ReturnType<typeof startServer>>;

if (!hasBrowser && !process.env.CI) {
  console.warn(`[browser tests] skipped: no Chromium at ${CHROMIUM} (set CHROMIUM_PATH; with CI set this is a failure)`);
  describe.skip(`triage runs (skipped: no Chromium at ${CHROMIUM}; set CHROMIUM_PATH, or CI=1 to make this a failure)`, () => {
    it('runs the first pass again from the triage page', () => undefined);
  });
} else {
  describe('triage runs', () => {
    let server: Server;
    let browser: Browser;
    let page: Page;
    let campaign: { id: string; org: { id: string; name: string } };
    let queueUrl = '';
    let countyA: { id: string; name: string };
    let countyB: { id: string; name: string };
    const wait = { timeout: 10_000 };
    const password = 'Massline2026x';

    /** A user of `home` holding the office role at each of `roles` (made by the city office). */
    const userAt = async (username: string, home: string, roles: string[], role = 'campaign_office') => {
      const made = await page.request.post(`${server.url}/api/users`, { data: { username, name: `借调${username}`, orgId: home, password } });
      expect(made.status()).toBe(201);
      const id = ((await made.json()) as { user: { id: string } }).user.id;
      for (const orgId of roles) expect((await page.request.post(`${server.url}/api/users/${id}/roles`, { data: { role, orgId } })).status()).toBe(201);
    };
    /** A signed-in page of `username`, at the triage queue. */
    const queueAs = async (username: string) => {
      const ctx = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'zh-CN', reducedMotion: 'reduce' });
      ctx.setDefaultTimeout(30_000);
      const p = await ctx.newPage();
      await signIn(p, server.url, username, password);
      await p.goto(queueUrl);
      return { ctx, p, panel: p.getByTestId('triage-runs') };
    };
    const runs = async (p: Page) =>
      ((await (await p.request.get(`${server.url}/api/campaigns/${campaign.id}/triage/runs`)).json()) as { items: { status: string; org: { id: string; name: string } | null }[] }).items;

    beforeAll(async () => {
      ({ server, browser, page } = await startDemoSession());
      await signIn(page, server.url);
      campaign = ((await (await page.request.get(`${server.url}/api/campaigns`)).json()) as { items: (typeof campaign)[] }).items[0];
      queueUrl = `${server.url}/campaigns/${campaign.id}/triage`;
      const db = server.database.db;
      // The demo's district office works in the first county; the second is another district.
      const county = await db.selectFrom('users').select('org_id').where('username', '=', 'county').executeTakeFirstOrThrow();
      const counties = await db.selectFrom('organizations').select(['id', 'name', 'path']).where('parent_id', '=', campaign.org.id).where('level', '=', 'county').orderBy('sort_order').orderBy('code').execute();
      const a = counties.find((c) => c.id === county.org_id)!;
      const b = counties.find((c) => c.id !== county.org_id)!;
      countyA = { id: a.id, name: a.name };
      countyB = { id: b.id, name: b.name };
    }, 300_000);

    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it("runs the unit of the user's role, not their own unit, and names the unit in the history", async () => {
      // Belongs to the second district, lent to the first one's office.
      await userAt('lent.office', countyB.id, [countyA.id]);
      const { ctx, p, panel } = await queueAs('lent.office');
      try {
        const start = panel.getByRole('button', { name: /重新分拣/ });
        await expect.poll(() => start.isEnabled(), wait).toBe(true);
        expect(await panel.getByTestId('triage-runs-scope').innerText()).toMatch(new RegExp(`^范围：${countyA.name}及下级单位，共 \\d+ 条意见$`));
        expect(await start.innerText()).toContain(countyA.name);
        await start.click();
        // refused before (没有权限执行此操作): the panel asked for the user's own district
        await expect.poll(() => panel.innerText(), { timeout: 30_000 }).toMatch(/已完成|没有权限/);
        expect(await panel.innerText()).not.toContain('没有权限');
        expect((await runs(p))[0]).toMatchObject({ status: 'done', org: countyA });
        // the last run says the unit it covered
        expect(await panel.getByTestId('triage-runs-last').innerText()).toContain(`最近一次运行 · ${countyA.name}`);
      } finally {
        await ctx.close();
      }
    });

    it("says a unit liaison's run covers their own unit alone, not the units below it", async () => {
      await userAt('liaison.runs', countyA.id, [countyA.id], 'unit_liaison');
      const { ctx, panel } = await queueAs('liaison.runs');
      try {
        await expect.poll(() => panel.getByTestId('triage-runs-scope').innerText(), wait).toBe(`范围：${countyA.name}本单位的意见（不含下级单位）`);
      } finally {
        await ctx.close();
      }
    });

    it('offers a choice between the units of several roles, and lists the earlier runs with their units', async () => {
      await userAt('two.offices', countyB.id, [countyA.id, countyB.id]);
      const { ctx, p, panel } = await queueAs('two.offices');
      try {
        const start = panel.getByRole('button', { name: /重新分拣/ });
        await expect.poll(() => start.isEnabled(), wait).toBe(true);
        const choice = panel.getByLabel('单位（含下级）');
        await choice.waitFor();
        const first = (await start.innerText()).includes(countyA.name) ? countyA : countyB;
        const other = first === countyA ? countyB : countyA;
        await choice.click();
        await p.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option').filter({ hasText: other.name }).click();
        await expect.poll(() => panel.getByTestId('triage-runs-scope').innerText(), wait).toContain(`范围：${other.name}及下级单位`);
        await expect.poll(() => start.innerText(), wait).toContain(other.name);
        await start.click();
        await expect.poll(() => panel.getByTestId('triage-runs-last').innerText(), { timeout: 30_000 }).toContain('已完成');
        expect((await runs(p))[0]).toMatchObject({ status: 'done', org: other });
        expect(await panel.getByTestId('triage-runs-last').innerText()).toContain(`最近一次运行 · ${other.name}`);
        // the run before it (the first test's) with its unit
        const history = panel.getByTestId('triage-runs-history');
        await expect.poll(() => history.locator('li').first().innerText(), wait).toContain(countyA.name);
        const violations = await axe(p);
        expect(violations, describeViolations(violations)).toEqual([]);
        await p.screenshot({ path: '/tmp/triage-runs-choice.png', fullPage: true });
      } finally {
        await ctx.close();
      }
    });

    it('keeps every row shown (more than a page of 200) and the active row when a run ends', async () => {
      // Enough opinions for five pages of 50.
      const db = server.database.db;
      const have = ((await (await page.request.get(`${server.url}/api/campaigns/${campaign.id}/triage/queue?limit=1`)).json()) as { total: number }).total;
      for (let i = have; i < 260; i++) {
        await submitOpinion(db, { campaignId: campaign.id, orgId: countyA.id, channel: 'letter', body: `来信反映：第${i}封，村里的路坏了很久没人修，希望尽快解决。`, targetKind: 'unit', anonymous: true });
      }
      await page.goto(queueUrl);
      const rows = page.locator('li.tri-item');
      await rows.first().waitFor();
      const shown = () => page.locator('.tri-list-head .muted').first().innerText();
      for (let n = 100; n <= 250; n += 50) {
        await page.getByRole('button', { name: /加载更多/ }).click();
        await expect.poll(() => rows.count(), wait).toBe(n);
      }
      expect(await shown()).toContain('已显示 250 条');
      const target = rows.nth(230);
      const id = await target.getAttribute('data-id');
      await target.focus();
      await expect.poll(() => page.locator('li.tri-item-active').getAttribute('data-id'), wait).toBe(id);

      const panel = page.getByTestId('triage-runs');
      // the rows are read again from the start when the run ends (the queue's first page at the server's most)
      const reload = page.waitForResponse((r) => r.url().includes('/triage/queue?') && r.url().includes('limit=200') && !r.url().includes('after='), { timeout: 60_000 });
      await panel.getByRole('button', { name: /重新分拣/ }).click();
      await expect.poll(() => panel.getByTestId('triage-runs-last').innerText(), { timeout: 60_000 }).toContain('已完成');
      await reload;
      // once they are in (the list no longer busy): as many as before, the same one active
      await expect.poll(() => page.locator('[aria-busy="true"]').count(), wait).toBe(0);
      expect(await shown()).toContain('已显示 250 条');
      expect(await rows.count()).toBe(250);
      expect(await page.locator('li.tri-item-active').getAttribute('data-id')).toBe(id);
    });
  });
}
