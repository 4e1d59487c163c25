// End-to-end check of the triage queue (意见分拣) against the real server with the demo city: the
// campaign office opens the queue, accepts the first pass with the keyboard, sets and changes a
// wind with digit keys, and the API, the labels table and the untriaged count follow. axe-core on
// the queue (and with the shortcut help open); screenshots at desktop and phone width.
// Chromium comes from the system (/usr/bin/chromium); nothing is downloaded.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startServer } from '../../src/http/server.js';
import { CHROMIUM, PHONE, axe, describeViolations, hasBrowser, noHorizontalOverflow, shotsDir, signIn, startDemoSession } from './harness.js';

type Server = Awaited<ReturnType<typeof startServer>>;

/** A China day `n` days ago, as the server stamps them. */
function daysAgo(n: number): string {
  return new Date(Date.now() + 8 * 3600_000 - n * 86_400_000).toISOString().slice(0, 10);
}

interface OpinionJson {
  id: string;
  status: string;
  category: string | null;
  suggestion: { category: string } | null;
}

if (!hasBrowser && !process.env.CI) {
  console.warn(`[browser tests] skipped: no Chromium at ${CHROMIUM} (set CHROMIUM_PATH; with CI set this is a failure)`);
  describe.skip(`triage queue (skipped: no Chromium at ${CHROMIUM}; set CHROMIUM_PATH, or CI=1 to make this a failure)`, () => {
    it('drives the triage queue in a browser', () => undefined);
  });
} else {
  describe('triage queue', () => {
    let server: Server;
    let browser: Browser;
    let context: BrowserContext;
    let page: Page;
    let campaign: { id: string; org: { id: string; name: string } };
    let queueUrl = '';
    const tag = `${Date.now() % 100000}`;
    // Two older letters, so they head the queue (oldest first) in a known order.
    const meetings = `来信反映：会议多、文件多，文山会海，一个星期开四五次会，基层干部疲于应付，没有时间下去办实事。（${tag}）`;
    const window = `来信反映：区政务大厅办事窗口门难进、脸难看、事难办，办一个营业执照前后跑了五趟，工作人员互相推诿扯皮。（${tag}）`;
    let first = '';
    let second = '';
    let untriagedBefore = 0;

    const opinion = async (id: string) => ((await (await page.request.get(`${server.url}/api/opinions/${id}`)).json()) as { opinion: OpinionJson }).opinion;
    const untriagedNow = async () =>
      ((await (await page.request.get(`${server.url}/api/campaigns/${campaign.id}/triage/queue?limit=1`)).json()) as { counts: { untriaged: number } }).counts.untriaged;

    beforeAll(async () => {
      ({ server, browser, context, page } = await startDemoSession());
    }, 300_000);

    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it('signs in as the office, enters two letters and reaches the queue from the inbox', async () => {
      await signIn(page, server.url);
      const list = await page.request.get(`${server.url}/api/campaigns`);
      campaign = ((await list.json()) as { items: (typeof campaign)[] }).items[0];
      for (const [body, ago] of [[meetings, 60], [window, 59]] as const) {
        const res = await page.request.post(`${server.url}/api/campaigns/${campaign.id}/opinions`, {
          data: { orgId: campaign.org.id, channel: 'letter', body, targetKind: 'unit', anonymous: true, receivedOn: daysAgo(ago) },
        });
        expect(res.status()).toBe(201);
        const id = ((await res.json()) as { opinion: { id: string } }).opinion.id;
        if (body === meetings) first = id;
        else second = id;
      }
      untriagedBefore = await untriagedNow();
      expect(untriagedBefore).toBeGreaterThanOrEqual(2);

      await page.goto(`${server.url}/campaigns/${campaign.id}/opinions`);
      const figure = page.locator('.op-untriaged');
      await expect.poll(() => figure.innerText(), { timeout: 30_000 }).toBe(`待分拣：${untriagedBefore} 条`);
      await page.getByRole('link', { name: '意见分拣', exact: true }).click();
      await page.waitForURL('**/campaigns/*/triage');
      queueUrl = page.url();
      await page.getByRole('heading', { level: 1, name: '意见分拣' }).waitFor();
      await expect.poll(() => page.locator('.tri-untriaged').innerText()).toBe(`待分拣 ${untriagedBefore} 条`);
    });

    it('shows the oldest first, with the suggestion, its confidence and the deciding words marked', async () => {
      const items = page.locator('li.tri-item');
      await items.first().waitFor();
      await expect.poll(() => items.nth(0).getAttribute('data-id')).toBe(first);
      expect(await items.nth(1).getAttribute('data-id')).toBe(second);
      const top = await items.nth(0).innerText();
      expect(top).toContain('首轮建议：形式主义');
      expect(top).toMatch(/置信度 \d+%/);
      expect(await items.nth(0).locator('.tri-body mark.tri-term').allInnerTexts()).toContain('文山会海');
      expect(await items.nth(0).getAttribute('aria-current')).toBe('true');
    });

    it('accepts with the keyboard, sets a wind with a digit, goes back and changes it', async () => {
      const before = await opinion(first);
      expect(before.suggestion?.category).toBe('formalism');

      const third = await page.locator('li.tri-item').nth(2).getAttribute('data-id');
      // a, then 3 on the next one, typed straight after each other: neither waits for the network
      await page.keyboard.press('a');
      await page.keyboard.press('3');
      await expect.poll(async () => (await opinion(first)).status).toBe('triaged');
      expect((await opinion(first)).category).toBe('formalism');
      await expect.poll(async () => (await opinion(second)).category).toBe('hedonism');
      expect((await opinion(second)).status).toBe('triaged');
      // focus moved on after each decision
      await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-id'))).toBe(third);

      await page.keyboard.press('k');
      await page.keyboard.press('k');
      await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-id'))).toBe(first);
      await page.keyboard.press('2');
      await expect.poll(async () => (await opinion(first)).category).toBe('bureaucratism');

      // labels: what staff decided beside what the first pass said
      const labels = await server.database.db.selectFrom('triage_labels').select(['opinion_id', 'wind', 'suggested']).where('opinion_id', 'in', [first, second]).orderBy('at').execute();
      expect(labels.filter((l) => l.opinion_id === first).map((l) => [l.wind, l.suggested])).toEqual([['formalism', 'formalism'], ['bureaucratism', 'formalism']]);
      expect(labels.filter((l) => l.opinion_id === second).map((l) => l.wind)).toEqual(['hedonism']);

      expect(await untriagedNow()).toBe(untriagedBefore - 2);
      await expect.poll(() => page.locator('.tri-untriaged').innerText()).toBe(`待分拣 ${untriagedBefore - 2} 条`);
      const row = page.locator(`li.tri-item[data-id="${first}"]`);
      await expect.poll(() => row.innerText()).toContain('已定：官僚主义');
    });

    it('selects for bulk with x, picks a category with c, routes with r, merges with m, splits with s, shows the cluster with v', async () => {
      const items = page.locator('li.tri-item');
      const idAt = (i: number) => items.nth(i).getAttribute('data-id') as Promise<string>;
      const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-id'));
      const goTo = async (id: string) => {
        for (let i = 0; i < 20 && (await focused()) !== id; i++) await page.keyboard.press('k');
        expect(await focused()).toBe(id);
      };
      type Row = { id: string; wind: string | null; orgCategory: { name: string } | null; unit: { name: string }; cluster: { id: string } };
      const api = async (clusterId: string) => ((await (await page.request.get(`${server.url}/api/campaigns/${campaign.id}/triage/queue?state=all&clusterId=${clusterId}`)).json()) as { items: Row[] }).items;
      const item = async (id: string) => ((await (await page.request.get(`${server.url}/api/campaigns/${campaign.id}/triage/queue?state=all&limit=200`)).json()) as { items: Row[] }).items.find((o) => o.id === id)!;

      // x on the third and fourth, then the bulk bar sets their wind
      const [third, fourth] = [await idAt(2), await idAt(3)];
      await page.keyboard.press('j');
      await expect.poll(focused).toBe(third);
      await page.keyboard.press('x');
      await page.keyboard.press('j');
      await page.keyboard.press('x');
      const bar = page.getByRole('region', { name: '批量操作' });
      await expect.poll(() => bar.innerText()).toContain('已选 2 条');
      await bar.getByRole('button', { name: /定为/ }).click();
      await page.getByRole('menuitem', { name: '5 其他' }).click();
      await expect.poll(async () => (await opinion(third)).category).toBe('other');
      expect((await opinion(fourth)).category).toBe('other');
      await bar.waitFor({ state: 'detached' });

      // c: the organization's own category (defined at the campaign's top, offered below it)
      const made = await page.request.post(`${server.url}/api/orgs/${campaign.org.id}/opinion-categories`, { data: { name: '会议文件过多', wind: 'formalism' } });
      expect(made.status()).toBe(201);
      await goTo(first);
      await page.keyboard.press('c');
      const catDialog = page.getByRole('dialog', { name: '选择分类' });
      await catDialog.waitFor();
      await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option').filter({ hasText: '会议文件过多' }).first().click();
      await catDialog.getByRole('button', { name: /确\s*定/ }).click();
      await catDialog.waitFor({ state: 'hidden' });
      await expect.poll(async () => (await item(first)).orgCategory?.name).toBe('会议文件过多');
      await expect.poll(focused).toBe(first);

      // v: the cluster view lists every member with its channel and day
      const clusterSize = (await api((await item(first)).cluster.id)).length;
      await page.keyboard.press('v');
      const drawer = page.locator('.ant-drawer-open').filter({ hasText: '相似意见组' });
      await drawer.waitFor();
      await expect.poll(() => drawer.locator('.tri-cluster-list > li').count()).toBe(clusterSize);
      expect(await drawer.innerText()).toContain('来信');
      const inDrawer = await axe(page);
      expect(inDrawer, describeViolations(inDrawer)).toEqual([]);
      await page.screenshot({ path: '/tmp/triage-cluster.png' });
      await page.keyboard.press('Escape');
      await drawer.waitFor({ state: 'hidden' });

      // m: the second letter joins the first one's cluster; s takes it out again
      await expect.poll(focused).toBe(first);
      await page.keyboard.press('j');
      await expect.poll(focused).toBe(second);
      const secondSize = (await api((await item(second)).cluster.id)).length;
      await page.keyboard.press('m');
      // one cluster, under the id of the cluster that started earliest (every original kept)
      await expect.poll(async () => ((await item(first)).cluster.id === (await item(second)).cluster.id ? 'one' : 'two')).toBe('one');
      const merged = (await item(second)).cluster.id;
      expect((await api(merged)).length).toBe(clusterSize + secondSize);
      await expect.poll(() => page.locator(`li.tri-item[data-id="${second}"]`).innerText()).toContain(`相似意见 ${clusterSize + secondSize} 条`);
      await expect.poll(focused).toBe(second);
      await page.keyboard.press('s');
      await expect.poll(async () => (await api(second)).map((o) => o.id)).toEqual([second]);
      expect((await api((await item(first)).cluster.id)).length).toBe(clusterSize + secondSize - 1);
      await expect.poll(() => page.locator(`li.tri-item[data-id="${second}"]`).innerText()).not.toContain('相似意见');

      // r: route to a township found by name
      await expect.poll(focused).toBe(second);
      await page.keyboard.press('r');
      const routeDialog = page.getByRole('dialog', { name: '转交单位' });
      await routeDialog.waitFor();
      const unit = routeDialog.getByRole('combobox');
      await unit.fill('山泉');
      const opt = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option[title="山泉街道"]').first();
      await opt.waitFor();
      await opt.click();
      await routeDialog.getByRole('button', { name: /转\s*交/ }).click();
      await routeDialog.waitFor({ state: 'hidden' });
      await expect.poll(async () => (await item(second)).unit.name).toBe('山泉街道');

      // space: the opinion's details
      await expect.poll(focused).toBe(second);
      await page.keyboard.press(' ');
      const detail = page.locator('.ant-drawer-open').filter({ hasText: '意见详情' });
      await detail.locator('.op-detail-text').filter({ hasText: '营业执照' }).waitFor();
      await page.keyboard.press('Escape');
      await detail.waitFor({ state: 'hidden' });
      await expect.poll(focused).toBe(second);
    });

    it('shows the possible duplicates the first pass left apart with d, and merges one with its digit', async () => {
      // Two reports of one clinic's Monday meetings, older than every other untriaged opinion.
      const clinic = [
        `青石镇卫生院周一上午开全院大会，门诊九点半才开诊，病人排队等了一个多小时。（${tag}）`,
        `反映青石卫生院看病难的问题：医生都在会议室，病人在走廊等。（${tag}）`,
      ];
      const ids: string[] = [];
      for (const [k, body] of clinic.entries()) {
        const res = await page.request.post(`${server.url}/api/campaigns/${campaign.id}/opinions`, {
          data: { orgId: campaign.org.id, channel: k ? 'hotline' : 'letter', body, targetKind: 'unit', anonymous: true, receivedOn: daysAgo(70 - k) },
        });
        expect(res.status()).toBe(201);
        ids.push(((await res.json()) as { opinion: { id: string } }).opinion.id);
      }
      const [a, b] = ids;
      type Similar = { items: { score: number; item: { id: string; cluster: { id: string } } }[] };
      const similar = async (id: string) => ((await (await page.request.get(`${server.url}/api/opinions/${id}/triage/similar`)).json()) as Similar).items;
      const clusterOf = async (id: string) => ((await (await page.request.get(`${server.url}/api/opinions/${id}`)).json()) as { opinion: { clusterId: string | null } }).opinion.clusterId;
      // Among the demo's opinions the first pass may have joined them: then staff take the second
      // out (as after a wrong split), and it is offered again, as a possible duplicate.
      if ((await clusterOf(b)) === (await clusterOf(a))) expect((await page.request.post(`${server.url}/api/opinions/${b}/triage/split`)).status()).toBe(200);
      expect(await clusterOf(b)).not.toBe(await clusterOf(a));
      const offered = (await similar(a)).map((s) => s.item.id);
      expect(offered).toContain(b);

      await page.goto(queueUrl);
      const items = page.locator('li.tri-item');
      await expect.poll(() => items.nth(0).getAttribute('data-id')).toBe(a);
      await items.nth(0).focus();
      await page.keyboard.press('d');
      const drawer = page.locator('.ant-drawer-open').filter({ hasText: '可能相同的意见' });
      await drawer.waitFor();
      const listed = drawer.locator('.tri-cluster-list > li');
      await expect.poll(() => listed.count()).toBe(offered.length);
      const at = offered.indexOf(b);
      expect(await listed.nth(at).innerText()).toContain('医生都在会议室');
      expect(await listed.nth(at).innerText()).toMatch(/很可能相同|可能相同|或许相关/);
      expect(await drawer.locator('.tri-similar-current').innerText()).toContain('门诊九点半才开诊');
      const inDrawer = await axe(page);
      expect(inDrawer, describeViolations(inDrawer)).toEqual([]);
      await page.screenshot({ path: '/tmp/triage-similar.png' });

      // its digit merges it with the current opinion: one cluster, every original kept
      await page.keyboard.press(String(at + 1));
      await expect.poll(async () => (await clusterOf(b)) === (await clusterOf(a))).toBe(true);
      await expect.poll(() => drawer.innerText()).not.toContain('医生都在会议室');
      await page.keyboard.press('Escape');
      await drawer.waitFor({ state: 'hidden' });
      await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-id'))).toBe(a);
      await expect.poll(() => page.locator(`li.tri-item[data-id="${a}"]`).innerText()).toContain('相似意见 2 条');
    });

    it('has shortcut help on "?" and no serious accessibility problems', async () => {
      await page.keyboard.press('?');
      const help = page.getByRole('dialog', { name: '键盘快捷键' });
      await help.waitFor();
      expect(await help.innerText()).toContain('采纳首轮建议');
      const inDialog = await axe(page);
      expect(inDialog, describeViolations(inDialog)).toEqual([]);
      await page.keyboard.press('Escape');
      await help.waitFor({ state: 'hidden' });
      await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('tri-item'))).toBe(true);

      const violations = await axe(page);
      expect(violations, describeViolations(violations)).toEqual([]);
      await noHorizontalOverflow(page);
      await page.screenshot({ path: path.join(shotsDir, 'triage-desktop.png'), fullPage: true });
      await page.screenshot({ path: '/tmp/triage-desktop.png', fullPage: true });
      await page.locator('li.tri-item-active').screenshot({ path: '/tmp/triage-desktop-active.png' });
    });

    it('fits a phone screen (375px), with buttons instead of keys', async () => {
      const phone = await browser.newContext({ viewport: PHONE, locale: 'zh-CN', reducedMotion: 'reduce', storageState: await context.storageState() });
      phone.setDefaultTimeout(30_000);
      const p = await phone.newPage();
      try {
        await p.goto(queueUrl);
        await p.locator('li.tri-item').first().waitFor();
        expect(await p.locator('.tri-hint').count()).toBe(0);
        expect(await p.locator('li.tri-item').first().getByRole('button', { name: '采纳建议' }).count()).toBe(1);
        expect(await p.locator('.tri-kbd').count()).toBe(0);
        await noHorizontalOverflow(p);
        await p.screenshot({ path: path.join(shotsDir, 'triage-phone.png'), fullPage: true });
        await p.screenshot({ path: '/tmp/triage-phone.png', fullPage: true });
        await p.screenshot({ path: '/tmp/triage-phone-top.png' });
        const violations = await axe(p);
        expect(violations, describeViolations(violations)).toEqual([]);
        // possible duplicates from the row's menu: the drawer takes the whole screen, text wraps
        const first = p.locator('li.tri-item').first();
        await first.getByRole('button', { name: '分拣操作' }).click();
        await p.getByRole('menuitem', { name: '查看可能反映同一问题、但未归为一组的意见' }).click();
        const drawer = p.locator('.ant-drawer-open').filter({ hasText: '可能相同的意见' });
        await drawer.waitFor();
        await drawer.locator('.tri-similar-current').waitFor();
        await expect.poll(() => drawer.locator('.ant-spin-spinning').count()).toBe(0);
        await noHorizontalOverflow(p);
        await p.screenshot({ path: '/tmp/triage-phone-similar.png' });
        await p.keyboard.press('Escape');
        await drawer.waitFor({ state: 'hidden' });
      } finally {
        await phone.close();
      }
    });
  });
}
