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
      // The list is in no live region (a screen reader would read its rows again at each change).
      expect(await page.locator('ul.tri-list').evaluate((el) => el.closest('[aria-live]') !== null)).toBe(false);
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
      // the count line says why more rows are shown than still match
      await expect.poll(() => page.locator('.tri-list-head .muted').first().innerText()).toMatch(/已显示 \d+ 条，其中刚分拣 2 条/);
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
      // a digit with opinions selected sets the wind of every one of them, as the bar's menu does, and clears the selection
      await page.keyboard.press('4');
      await expect.poll(async () => (await opinion(third)).category).toBe('extravagance');
      expect((await opinion(fourth)).category).toBe('extravagance');
      await bar.waitFor({ state: 'detached' });
      await expect.poll(focused).toBe(fourth);
      await page.keyboard.press('x');
      await page.keyboard.press('k');
      await page.keyboard.press('x');
      await expect.poll(() => bar.innerText()).toContain('已选 2 条');
      await bar.getByRole('button', { name: /定为/ }).click();
      await page.getByRole('menuitem', { name: '5 其他' }).click();
      await expect.poll(async () => (await opinion(third)).category).toBe('other');
      expect((await opinion(fourth)).category).toBe('other');
      await bar.waitFor({ state: 'detached' });

      // c: the organization's own category (defined at the campaign's top, offered below it)
      const made = await page.request.post(`${server.url}/api/orgs/${campaign.org.id}/opinion-categories`, { data: { name: '会议文件过多', wind: 'bureaucratism' } });
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
      // a key typed while the drawer is still closing is the queue's (review: a j right after Esc was lost)
      await page.keyboard.press('Escape');
      await page.keyboard.press('j');
      await drawer.waitFor({ state: 'hidden' });

      // m: the second letter joins the first one's cluster; s takes it out again
      await expect.poll(focused).toBe(second);
      const secondSize = (await api((await item(second)).cluster.id)).length;
      await page.keyboard.press('m');
      // one cluster, under the id of the cluster that started earliest (every original kept)
      await expect.poll(async () => ((await item(first)).cluster.id === (await item(second)).cluster.id ? 'one' : 'two')).toBe('one');
      const merged = (await item(second)).cluster.id;
      expect((await api(merged)).length).toBe(clusterSize + secondSize);
      await expect.poll(() => page.locator(`li.tri-item[data-id="${second}"]`).innerText()).toContain(`相似意见 ${clusterSize + secondSize} 条`);
      // the message offers the way back: 撤销 gives each group its members again; m merges them once more
      await page.locator('.ant-message').getByRole('button', { name: /撤\s*销/ }).click();
      await expect.poll(async () => ((await item(first)).cluster.id === (await item(second)).cluster.id ? 'one' : 'two')).toBe('two');
      expect((await api((await item(first)).cluster.id)).length).toBe(clusterSize);
      expect((await api((await item(second)).cluster.id)).length).toBe(secondSize);
      await expect.poll(() => page.locator(`li.tri-item[data-id="${second}"]`).innerText()).not.toContain(`相似意见 ${clusterSize + secondSize} 条`);
      await expect.poll(focused).toBe(second);
      await page.keyboard.press('m');
      await expect.poll(async () => ((await item(first)).cluster.id === (await item(second)).cluster.id ? 'one' : 'two')).toBe('one');
      // u undoes the merge just made from the keys, as the message's button does
      await expect.poll(() => page.locator('div.sr-only[role="status"]').textContent()).toContain('按 u 撤销');
      await page.keyboard.press('u');
      await expect.poll(async () => ((await item(first)).cluster.id === (await item(second)).cluster.id ? 'one' : 'two')).toBe('two');
      await expect.poll(focused).toBe(second);
      // once undone there is nothing left to undo: u says so
      await page.keyboard.press('u');
      await expect.poll(() => page.locator('div.sr-only[role="status"]').textContent()).toContain('本页没有可撤销的合并');
      await page.keyboard.press('m');
      await expect.poll(async () => ((await item(first)).cluster.id === (await item(second)).cluster.id ? 'one' : 'two')).toBe('one');
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
      // (Stop 44: on a slower machine the list the search answered re-rendered under the click, and the choice was lost
      // with the 转交 button left disabled. The choice is made again until the button is enabled.)
      const send = routeDialog.getByRole('button', { name: /转\s*交/ });
      await expect.poll(async () => {
        if (await send.isEnabled()) return 'chosen';
        if (!(await opt.isVisible())) await unit.click();
        await opt.click({ timeout: 2000 }).catch(() => undefined);
        return (await send.isEnabled()) ? 'chosen' : 'not yet';
      }, { timeout: 20_000 }).toBe('chosen');
      await send.click();
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

  // What a review of the console found, each checked the way the reviewer met it: a first click
  // on a row below the active one, the sticky bar and the rows under the app header, keys after
  // the filters and across the page boundary, the help's own key, Enter in the category dialog and
  // a first category made there, the rows after a backlog run (and an accept the screen no longer
  // shows), a district office's run.
  describe('triage queue: review fixes', () => {
    let server: Server;
    let browser: Browser;
    let context: BrowserContext;
    let page: Page;
    let campaign: { id: string; org: { id: string; name: string } };
    let queueUrl = '';
    const tag = `r${Date.now() % 100000}`;
    /** For what waits on the network (expect.poll gives up after a second by default). */
    const wait = { timeout: 10_000 };
    // The three oldest: one alone, then two in one cluster.
    let alone = '';
    let pair: string[] = [];

    const rows = () => page.locator('li.tri-item');
    const row = (id: string, p = page) => p.locator(`li.tri-item[data-id="${id}"]`);
    const focused = (p = page) => p.evaluate(() => document.activeElement?.closest('li.tri-item')?.getAttribute('data-id') ?? null);
    const activeId = () => page.locator('li.tri-item-active').getAttribute('data-id');
    const setSuggestion = (id: string, wind: string) =>
      server.database.db.updateTable('opinions').set({ suggested_category: wind }).where('id', '=', id).execute();
    const said = () => page.locator('[role="status"][aria-live="polite"].sr-only').innerText();
    /** The queue from the top. */
    const openQueue = async (p = page) => {
      await p.goto(queueUrl);
      await p.locator('li.tri-item').first().waitFor();
    };

    beforeAll(async () => {
      ({ server, browser, context, page } = await startDemoSession());
      await signIn(page, server.url);
      campaign = ((await (await page.request.get(`${server.url}/api/campaigns`)).json()) as { items: (typeof campaign)[] }).items[0];
      const bodies = [
        `来信反映：会议多、文件多，文山会海，基层干部疲于应付。（${tag}）`,
        `来信反映：区政务大厅办事窗口门难进、脸难看，办一个证跑了五趟。（${tag}）`,
        `反映政务大厅窗口工作人员推诿扯皮，办证要跑好几趟。（${tag}）`,
      ];
      const ids: string[] = [];
      for (const [k, body] of bodies.entries()) {
        const res = await page.request.post(`${server.url}/api/campaigns/${campaign.id}/opinions`, {
          data: { orgId: campaign.org.id, channel: 'letter', body, targetKind: 'unit', anonymous: true, receivedOn: daysAgo(100 - k) },
        });
        expect(res.status()).toBe(201);
        ids.push(((await res.json()) as { opinion: { id: string } }).opinion.id);
      }
      [alone, ...pair] = ids;
      const merged = await page.request.post(`${server.url}/api/campaigns/${campaign.id}/triage/merge`, { data: { opinionIds: pair } });
      expect(merged.status()).toBe(200);
      queueUrl = `${server.url}/campaigns/${campaign.id}/triage`;
    }, 300_000);

    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it('does what a first click on a row below the active one says (checkbox, similar-opinions link)', async () => {
      await openQueue();
      expect(await rows().nth(0).getAttribute('aria-current')).toBe('true');
      expect(await rows().nth(0).getByRole('group', { name: '分拣操作' }).count()).toBe(1);
      // one click on the third row's checkbox selects it (it used to only make the row active)
      await row(pair[1]).getByRole('checkbox', { name: '选中此条意见（批量处理）' }).click();
      const bar = page.getByRole('region', { name: '批量操作' });
      await bar.waitFor({ timeout: 5000 });
      expect(await bar.innerText()).toContain('已选 1 条');
      expect(await row(pair[1]).getByRole('checkbox').isChecked()).toBe(true);
      await page.keyboard.press('Escape');
      await bar.waitFor({ state: 'detached' });
      // one click on the second row's link opens its cluster
      await row(pair[0]).getByRole('button', { name: /相似意见 \d+ 条/ }).click();
      const drawer = page.locator('.ant-drawer-open').filter({ hasText: '相似意见组' });
      await drawer.waitFor({ timeout: 5000 });
      await page.keyboard.press('Escape');
      await drawer.waitFor({ state: 'hidden' });
      // and the row clicked is the active one after
      await expect.poll(focused, wait).toBe(pair[0]);
    });

    it('keeps the sticky bulk bar and the row moved to clear of the app header (desktop and phone)', async () => {
      for (const viewport of [null, { width: 390, height: 844 }]) {
        const ctx = viewport ? await browser.newContext({ viewport, locale: 'zh-CN', reducedMotion: 'reduce', storageState: await context.storageState() }) : null;
        const p = ctx ? await ctx.newPage() : page;
        try {
          await openQueue(p);
          const head = (await p.locator('.app-header').boundingBox())!;
          const below = head.y + head.height;
          expect(below).toBeGreaterThanOrEqual(56);
          await p.locator('li.tri-item').first().focus();
          await p.keyboard.press('x');
          const bar = p.getByRole('region', { name: '批量操作' });
          await bar.waitFor();
          for (let i = 0; i < 10; i++) await p.keyboard.press('j');
          await expect.poll(() => p.locator('li.tri-item').nth(10).getAttribute('aria-current'), wait).toBe('true');
          // scrolled far below the active row, k brings the one above it back into view
          await p.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
          await p.keyboard.press('k');
          const active = p.locator('li.tri-item').nth(9);
          await expect.poll(() => active.getAttribute('aria-current'), wait).toBe('true');
          await expect.poll(async () => (await active.boundingBox())!.y, wait).toBeLessThan(viewport?.height ?? 900);
          const barBox = (await bar.boundingBox())!;
          const rowBox = (await active.boundingBox())!;
          expect(barBox.y, 'the bulk bar sticks below the header').toBeGreaterThanOrEqual(below - 1);
          expect(rowBox.y, 'the active row is below the bulk bar').toBeGreaterThanOrEqual(barBox.y + barBox.height - 1);
          await p.screenshot({ path: `/tmp/triage-sticky-${viewport ? 'phone' : 'desktop'}.png` });
          // without the bar: below the header
          await p.keyboard.press('Escape');
          await bar.waitFor({ state: 'detached' });
          await p.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
          await p.keyboard.press('k');
          const next = p.locator('li.tri-item').nth(8);
          await expect.poll(() => next.getAttribute('aria-current'), wait).toBe('true');
          await expect.poll(async () => (await next.boundingBox())!.y, wait).toBeGreaterThanOrEqual(below - 1);
          expect((await next.boundingBox())!.y).toBeLessThan(viewport?.height ?? 900);
        } finally {
          await ctx?.close();
        }
      }
    });

    it('gives the keys back to the queue after a filter, moves across the page boundary, toggles the help with ?', async () => {
      await openQueue();
      const headText = () => page.locator('.tri-list-head .muted').first().innerText();
      const before = await headText();
      // 状态 → 全部 with the mouse, then j moves in the queue
      await page.locator('.tri-filters .ant-segmented').getByText('全部', { exact: true }).click();
      await expect.poll(headText, wait).not.toBe(before);
      // focus comes back to the queue once the list is in
      await expect.poll(focused, wait).toBe(await rows().nth(0).getAttribute('data-id'));
      await page.keyboard.press('j');
      await expect.poll(focused, wait).toBe(await rows().nth(1).getAttribute('data-id'));
      // a Select too: 首轮建议 → 形式主义, then k and j work
      await page.locator('#tri-suggested').click();
      await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option').filter({ hasText: '形式主义' }).click();
      await expect.poll(async () => new Set(await page.locator('li.tri-item .tri-suggestion strong').allInnerTexts()), wait).toEqual(new Set(['形式主义']));
      await expect.poll(focused, wait).toBe(await rows().nth(0).getAttribute('data-id'));
      await page.keyboard.press('j');
      await expect.poll(focused, wait).toBe(await rows().nth(1).getAttribute('data-id'));

      // j held across the end of the first 50: no keystroke lost while the next page loads
      await page.getByRole('button', { name: /重\s*置/ }).click();
      await page.locator('.tri-filters .ant-segmented').getByText('全部', { exact: true }).click();
      await expect.poll(() => rows().count(), wait).toBe(50);
      const total = Number((await headText()).match(/符合条件 (\d+) 条/)?.[1]);
      expect(total).toBeGreaterThan(57);
      await expect.poll(focused, wait).toBe(await rows().nth(0).getAttribute('data-id'));
      for (let i = 0; i < 55; i++) await page.keyboard.press('j');
      await expect.poll(() => rows().count(), wait).toBeGreaterThan(55);
      await expect.poll(focused, wait).toBe(await rows().nth(55).getAttribute('data-id'));

      // ? opens the help and ? closes it
      await page.keyboard.press('?');
      const help = page.getByRole('dialog', { name: '键盘快捷键' });
      await help.waitFor();
      await page.keyboard.press('?');
      await help.waitFor({ state: 'hidden', timeout: 5000 });
      await expect.poll(focused, wait).toBe(await rows().nth(55).getAttribute('data-id'));
    });

    it('makes a first category in the dialog, confirms a chosen category with Enter, says the wind it brings', async () => {
      await openQueue();
      await rows().first().focus();
      await page.keyboard.press('c');
      const dialog = page.getByRole('dialog', { name: '选择分类' });
      await dialog.waitFor();
      // nothing defined yet: the campaign office makes one for the opinion's unit
      await expect.poll(() => dialog.innerText(), wait).toContain('该单位及上级尚未设立分类');
      const form = dialog.getByRole('region', { name: `为${campaign.org.name}新建分类` });
      await expect.poll(() => page.evaluate(() => document.activeElement?.id), wait).toBe('tri-new-category_name');
      const inForm = await axe(page);
      expect(inForm, describeViolations(inForm)).toEqual([]);
      await form.getByLabel('分类名称').fill('窗口服务');
      await form.getByLabel('所属四风（可选）').click();
      await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option').filter({ hasText: '官僚主义' }).click();
      await form.getByRole('button', { name: /新建分类/ }).click();
      const select = dialog.getByRole('combobox');
      await select.waitFor();
      await expect.poll(() => dialog.locator('.ant-select-content, .ant-select-selection-item').first().innerText(), wait).toContain('窗口服务');
      await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('role')), wait).toBe('combobox');
      // Enter on the chosen value confirms
      await page.keyboard.press('Enter');
      await dialog.waitFor({ state: 'hidden', timeout: 5000 });
      await expect.poll(() => row(alone).innerText(), wait).toContain('分类：窗口服务');
      await expect.poll(said, wait).toContain('分类：窗口服务（官僚主义）');

      // the next: c, the list open, down to it, Enter picks, Enter confirms
      await page.keyboard.press('j');
      await expect.poll(focused, wait).toBe(pair[0]);
      await page.keyboard.press('c');
      await dialog.waitFor();
      await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').waitFor();
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      await expect.poll(() => dialog.locator('.ant-select-content, .ant-select-selection-item').first().innerText(), wait).toContain('窗口服务');
      // (the list closes a moment after the pick)
      await expect.poll(() => dialog.getByRole('combobox').getAttribute('aria-expanded'), wait).toBe('false');
      await page.keyboard.press('Enter');
      await dialog.waitFor({ state: 'hidden', timeout: 5000 });
      await expect.poll(() => row(pair[0]).innerText(), wait).toContain('分类：窗口服务');
    });

    it('reloads the rows when an accept meets a changed suggestion, and after a backlog run', async () => {
      const untriaged = async (id: string) => ((await (await page.request.get(`${server.url}/api/opinions/${id}`)).json()) as { opinion: { status: string } }).opinion.status;
      // the screen shows 奢靡之风 for the third; then the suggestion changes behind it
      await setSuggestion(pair[1], 'extravagance');
      await openQueue();
      await expect.poll(() => row(pair[1]).locator('.tri-suggestion strong').innerText(), wait).toBe('奢靡之风');
      await setSuggestion(pair[1], 'hedonism');
      await row(pair[1]).focus();
      await page.keyboard.press('a');
      // refused: said in words (how many changed, reloaded; no opinion ids), the row as it is now, nothing triaged
      const warned = page.locator('.ant-message-warning');
      await warned.waitFor({ timeout: 5000 });
      expect(await warned.innerText()).toContain('有 1 条意见的首轮建议刚刚更新');
      expect(await warned.innerText()).not.toContain(pair[1]);
      await expect.poll(() => row(pair[1]).locator('.tri-suggestion strong').innerText(), wait).toBe('享乐主义');
      expect(await untriaged(pair[1])).toBe('received');

      // a backlog run puts the first pass back: the rows follow without a reload, the active row kept
      await row(pair[1]).focus();
      await expect.poll(activeId, wait).toBe(pair[1]);
      const panel = page.getByTestId('triage-runs');
      await panel.getByRole('button', { name: /重新分拣/ }).click();
      await expect.poll(() => panel.innerText(), { timeout: 30_000 }).toContain('已完成');
      await expect.poll(() => row(pair[1]).locator('.tri-suggestion strong').innerText(), wait).toBe('官僚主义');
      expect(await activeId()).toBe(pair[1]);
      await page.keyboard.press('a');
      await expect.poll(() => untriaged(pair[1]), wait).toBe('triaged');
    });

    it('lets a district office run the first pass again over its own district', async () => {
      const county = await browser.newContext({ viewport: { width: 1366, height: 800 }, locale: 'zh-CN', reducedMotion: 'reduce' });
      county.setDefaultTimeout(30_000);
      const p = await county.newPage();
      try {
        await signIn(p, server.url, 'county');
        const me = ((await (await p.request.get(`${server.url}/api/auth/me`)).json()) as { user: { orgId: string; orgName: string } }).user;
        const mine = ((await (await p.request.get(`${server.url}/api/campaigns/${campaign.id}/triage/queue?state=all&limit=1&orgId=${me.orgId}`)).json()) as { total: number }).total;
        const all = ((await (await page.request.get(`${server.url}/api/campaigns/${campaign.id}/triage/queue?state=all&limit=1`)).json()) as { total: number }).total;
        expect(mine).toBeLessThan(all);
        await p.goto(queueUrl);
        const panel = p.getByTestId('triage-runs');
        const start = panel.getByRole('button', { name: /重新分拣/ });
        await expect.poll(() => start.isEnabled(), wait).toBe(true);
        await start.click();
        // refused before (没有权限执行此操作): the run asked for the whole city
        await expect.poll(() => panel.innerText(), { timeout: 30_000 }).toMatch(/已完成|没有权限/);
        expect(await panel.innerText()).not.toContain('没有权限');
        // the panel says what the run covers: the district, and how many opinions it has
        expect(await panel.getByTestId('triage-runs-scope').innerText()).toBe(`范围：${me.orgName}及下级单位，共 ${mine} 条意见`);
        expect(await start.innerText()).toContain(me.orgName);
        const runs = ((await (await p.request.get(`${server.url}/api/campaigns/${campaign.id}/triage/runs`)).json()) as { items: { total: number; status: string }[] }).items;
        expect(runs[0]).toMatchObject({ status: 'done', total: mine });
        await p.screenshot({ path: '/tmp/triage-county-run.png', fullPage: true });
      } finally {
        await county.close();
      }
    });
  });
}
