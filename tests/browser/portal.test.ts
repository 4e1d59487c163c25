// End-to-end check of the public portal (web/portal.html) against the real server with the demo
// city, on a phone-sized page (375×800). The campaign office opens a round of asking through the
// console API; a person picks it on the portal, sends an anonymous opinion in Chinese with a photo
// and gets a 16-digit receipt shown once; the office answers through the API; the person enters
// the receipt (with spaces) and reads the reply, then adds information. Also: disclosures grouped
// by the four winds, a solicitation letter answered anonymously, the language switch (简/繁/EN,
// remembered, <html lang> updated), nothing of the receipt left in storage, axe-core on the home,
// submit and receipt pages in zh-CN and English, phone screenshots. Chromium comes from the
// system (/usr/bin/chromium); nothing is downloaded.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type APIRequestContext, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startServer } from '../../src/http/server.js';
import { CHROMIUM, PHONE, axe, describeViolations, ensureWebBuilt, hasBrowser, launchChromium, noHorizontalOverflow, shotsDir, webDir } from './harness.js';

const CJK = /[\u4e00-\u9fff]/;

const TITLE = '关于市委领导班子作风建设的意见征求';
const TARGET_LABEL = '市委领导班子';
const OPINION = '有的部门会议太多，一个星期开了四五次会，文件层层转发，基层干部疲于应付，没有时间下去办实事。建议精简会议和文件。';
const REPLY = '感谢您的意见。市委已决定本月起精简会议三成，文件一律不再层层转发，请继续监督。';
const MORE_INFO = '补充：上周区里又开了两次内容重复的会议。';
const LETTER_ANSWER = '建议领导班子多到社区走一走，听听群众的真实想法。';

// The smallest valid PNG (1×1, transparent): the portal redraws it to drop metadata.
const PNG_1x1 = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

type Server = Awaited<ReturnType<typeof startServer>>;

async function expectAccessible(page: Page): Promise<void> {
  const violations = await axe(page);
  expect(violations, describeViolations(violations)).toEqual([]);
}

/** Everything the page could have kept on the device. */
async function storedEverywhere(page: Page, context: BrowserContext): Promise<string> {
  const local = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }) + document.cookie);
  const cookies = JSON.stringify(await context.cookies());
  return local + cookies;
}

function day(offset: number): string {
  return new Date(Date.now() + offset * 86400_000).toISOString().slice(0, 10);
}

async function json<T>(res: { ok(): boolean; status(): number; text(): Promise<string> }, what: string): Promise<T> {
  const text = await res.text();
  if (!res.ok()) throw new Error(`${what}: HTTP ${res.status()} ${text}`);
  return JSON.parse(text) as T;
}

if (!hasBrowser && !process.env.CI) {
  console.warn(`[browser tests] skipped: no Chromium at ${CHROMIUM} (set CHROMIUM_PATH; with CI set this is a failure)`);
  describe.skip(`public portal (skipped: no Chromium at ${CHROMIUM}; set CHROMIUM_PATH, or CI=1 to make this a failure)`, () => {
    it('takes an opinion and shows the reply in a browser', () => undefined);
  });
} else {
  describe('public portal', () => {
    let server: Server;
    let browser: Browser;
    let office: BrowserContext;
    let officeApi: APIRequestContext;
    let person: BrowserContext;
    let page: Page;
    let campaign: { id: string; org: { id: string; name: string } };
    let solicitationId = '';
    let receipt = '';
    let opinionId = '';

    beforeAll(async () => {
      ensureWebBuilt('portal.html');
      server = await startServer({ sqliteFile: ':memory:', port: 0, host: '127.0.0.1', demo: true, webDir, logLevel: 'warn' });
      const login = server.demoLogins.find((l) => l.role === 'campaign_office');
      if (!login) throw new Error('the demo has no campaign_office login');
      browser = await launchChromium();

      // The campaign office, through the console API (its own cookie jar).
      office = await browser.newContext({ baseURL: server.url });
      officeApi = office.request;
      await json(await officeApi.post('/api/auth/login', { data: { login: login.username, password: login.password } }), 'login');
      const campaigns = await json<{ items: { id: string; org: { id: string; name: string } }[] }>(await officeApi.get('/api/campaigns'), 'campaigns');
      expect(campaigns.items.length).toBeGreaterThan(0);
      campaign = campaigns.items[0];
      const created = await json<{ solicitation: { id: string } }>(
        await officeApi.post(`/api/campaigns/${campaign.id}/solicitations`, {
          data: {
            orgId: campaign.org.id, title: TITLE, description: '请对市委领导班子在形式主义、官僚主义、享乐主义和奢靡之风方面存在的问题提出意见和建议。',
            startsOn: day(-1), endsOn: day(30), audiences: ['public'], channels: ['web'], targetKind: 'leadership', targetLabel: TARGET_LABEL,
          },
        }),
        'create solicitation',
      );
      solicitationId = created.solicitation.id;

      // The person: a phone, Chinese, no account.
      person = await browser.newContext({ viewport: PHONE, locale: 'zh-CN', reducedMotion: 'reduce', isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
      person.setDefaultTimeout(30_000);
      page = await person.newPage();
    }, 300_000);

    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it('lists the open solicitation on the home page, in Chinese, accessibly', async () => {
      await page.goto(`${server.url}/portal.html`);
      await page.getByRole('heading', { level: 1, name: '正在征求意见' }).waitFor();
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
      const card = page.locator('.card').filter({ hasText: TITLE });
      await card.waitFor();
      expect(await card.innerText()).toContain(campaign.org.name);
      expect(await card.innerText()).toContain(TARGET_LABEL);
      await noHorizontalOverflow(page);
      await page.screenshot({ path: path.join(shotsDir, 'portal-home.png'), fullPage: true });
      await expectAccessible(page);
    });

    it('opens the form for that solicitation with the unit and target filled in', async () => {
      await page.getByRole('link', { name: `就“${TITLE}”提意见` }).click();
      await page.waitForURL(`**/portal.html#/submit?solicitation=${solicitationId}`);
      await page.getByRole('heading', { level: 1, name: '提意见' }).waitFor();
      expect(await page.getByTestId('chosen-unit').innerText()).toBe(campaign.org.name);
      expect(await page.getByRole('radio', { name: '领导班子' }).isChecked()).toBe(true);
      expect(await page.getByLabel('班子名称（选填）').inputValue()).toBe(TARGET_LABEL);
      // anonymous is the default, explained plainly, and asks for no contact details
      expect(await page.getByRole('radio', { name: /匿名（背靠背）/ }).isChecked()).toBe(true);
      expect(await page.locator('#anon-help').innerText()).toContain('不记录您的身份、IP 或设备，凭回执号查看答复');
      expect(await page.getByLabel('姓名', { exact: true }).count()).toBe(0);
      // named shows the contact fields; back to anonymous hides them
      await page.getByRole('radio', { name: /实名（面对面）/ }).check();
      await page.getByLabel('姓名', { exact: true }).waitFor();
      await page.getByLabel('手机号').waitFor();
      await page.getByRole('radio', { name: /匿名（背靠背）/ }).check();
      expect(await page.getByLabel('姓名', { exact: true }).count()).toBe(0);
    });

    it('searches units by name (debounced) and keeps the chosen one', async () => {
      await page.getByRole('button', { name: '更换单位' }).click();
      const search = page.getByLabel('搜索单位名称');
      await search.fill('区');
      await expect.poll(() => page.locator('#unit-count').innerText(), { timeout: 15_000 }).toMatch(/找到 \d+ 个单位/);
      const options = page.getByRole('radiogroup', { name: '单位列表' }).getByRole('radio');
      expect(await options.count()).toBeGreaterThan(1);
      const names = await page.locator('.unit-list .choice').allInnerTexts();
      expect(names.slice(1).some((n) => n.includes('区'))).toBe(true);
      // the chosen unit stays on top and checked
      expect(await options.first().isChecked()).toBe(true);
      await page.getByRole('button', { name: '完成' }).click();
      expect(await page.getByTestId('chosen-unit').innerText()).toBe(campaign.org.name);
    });

    it('counts characters, says when a paste was cut to the limit, and passes axe on the filled form', async () => {
      // A paste longer than the field takes: the browser keeps the first 5,000 characters and says nothing; the page says it.
      await page.getByLabel('您的意见和建议').evaluate((el) => {
        const data = new DataTransfer();
        data.setData('text/plain', '长'.repeat(6000));
        el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
      });
      await expect.poll(() => page.locator('#body-count').innerText()).toContain('粘贴的内容超过 5000 字，只保留了前 5000 字。');
      // typing clears it
      await page.getByLabel('您的意见和建议').fill(OPINION);
      expect(await page.locator('#body-count').innerText()).toBe(`已输入 ${OPINION.length} / 5000 字`);
      await page.getByLabel('添加图片或 PDF').setInputFiles({ name: 'IMG_20260301_张三家门口.png', mimeType: 'image/png', buffer: PNG_1x1 });
      await page.locator('.files li').filter({ hasText: 'IMG_20260301_张三家门口.png' }).waitFor();
      await noHorizontalOverflow(page);
      await page.screenshot({ path: path.join(shotsDir, 'portal-submit.png'), fullPage: true });
      await expectAccessible(page);
    });

    it('submits anonymously and shows a 16-digit receipt once, grouped 4-4-4-4, stored nowhere', async () => {
      await page.getByRole('button', { name: '提交意见' }).click();
      await page.getByRole('heading', { name: '提交成功' }).waitFor();
      const shown = await page.getByTestId('receipt').innerText();
      expect(shown.trim()).toMatch(/^\d{4} \d{4} \d{4} \d{4}$/);
      receipt = shown.replace(/\s/g, '');
      expect(receipt).toMatch(/^\d{16}$/);
      expect(await page.locator('.receipt-once .warning').innerText()).toContain('只显示这一次');
      await page.getByRole('button', { name: '复制回执号' }).waitFor();
      await noHorizontalOverflow(page);
      await page.screenshot({ path: path.join(shotsDir, 'portal-receipt-once.png'), fullPage: true });
      expect(await storedEverywhere(page, person)).not.toContain(receipt);
      expect(page.url()).not.toContain(receipt);
    });

    it('lets the office find the anonymous opinion (no contact, scrubbed attachment) and answer it', async () => {
      const inbox = await json<{ items: { id: string; body: string; anonymous: boolean; contact: unknown; solicitationId: string | null; targetLabel: string }[] }>(
        await officeApi.get(`/api/campaigns/${campaign.id}/opinions?solicitationId=${solicitationId}`),
        'inbox',
      );
      const mine = inbox.items.find((o) => o.body === OPINION);
      expect(mine, 'the submitted opinion is in the inbox verbatim').toBeTruthy();
      expect(mine!.anonymous).toBe(true);
      expect(mine!.contact).toBeNull();
      expect(mine!.targetLabel).toBe(TARGET_LABEL);
      opinionId = mine!.id;
      const detail = await json<{ attachments: { name: string; type: string }[] }>(await officeApi.get(`/api/opinions/${opinionId}`), 'opinion');
      expect(detail.attachments).toHaveLength(1);
      expect(detail.attachments[0].type).toBe('image/png');
      expect(detail.attachments[0].name).not.toContain('张三');
      await json(await officeApi.post(`/api/opinions/${opinionId}/transition`, { data: { to: 'answered', reply: REPLY } }), 'transition');
    });

    it('shows the reply when the person enters the receipt with spaces, and takes more information', async () => {
      await page.getByRole('navigation', { name: '主要栏目' }).getByRole('link', { name: '查询答复' }).click();
      await page.getByRole('heading', { level: 1, name: '查询答复' }).waitFor();
      await expectAccessible(page);
      // a wrong format is caught on the page, in Chinese
      await page.getByLabel('回执号').fill('1234 5678');
      await page.getByRole('button', { name: '查询' }).click();
      await page.getByRole('alert').filter({ hasText: '回执号应为 16 位数字' }).waitFor();
      // the real one, typed in groups
      await page.getByLabel('回执号').fill(receipt.replace(/(\d{4})(?=\d)/g, '$1 '));
      await page.getByRole('button', { name: '查询' }).click();
      await page.getByRole('heading', { name: '办理情况' }).waitFor();
      const result = page.locator('.result');
      await result.getByText(REPLY).waitFor();
      expect(await result.locator('.status').first().innerText()).toBe('已答复');
      expect(await result.locator('.quote').innerText()).toBe(OPINION);
      await noHorizontalOverflow(page);
      await page.screenshot({ path: path.join(shotsDir, 'portal-receipt-result.png'), fullPage: true });
      await expectAccessible(page);

      await page.getByLabel('补充情况').fill(MORE_INFO);
      await page.getByRole('button', { name: '提交补充' }).click();
      await page.getByRole('status').filter({ hasText: '已提交补充情况。' }).waitFor();
      await result.locator('.step-info').getByText(MORE_INFO).waitFor();
      // the office sees it too
      const detail = await json<{ events: { kind: string; text: string }[] }>(await officeApi.get(`/api/opinions/${opinionId}`), 'opinion');
      expect(detail.events.some((e) => e.kind === 'info' && e.text === MORE_INFO)).toBe(true);
      expect(await storedEverywhere(page, person)).not.toContain(receipt);

      // clear forgets it on the page
      await page.getByRole('button', { name: '清除并退出' }).click();
      expect(await page.locator('.result').count()).toBe(0);
      expect(await page.getByLabel('回执号').inputValue()).toBe('');
    });

    it('says so, in the chosen language, when a receipt is unknown', async () => {
      await page.getByLabel('回执号').fill('1000 0000 0000 0001');
      await page.getByRole('button', { name: '查询' }).click();
      await page.getByRole('alert').filter({ hasText: '没有找到该回执号对应的意见' }).waitFor();
    });

    it('switches to English (remembered, lang updated) with no serious accessibility problems', async () => {
      await page.getByRole('button', { name: 'English' }).click();
      await page.getByRole('heading', { level: 1, name: 'Check a reply' }).waitFor();
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
      expect(await page.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe('true');
      await expectAccessible(page);
      // server messages follow the language too
      await page.getByLabel('Receipt number').fill('1000000000000001');
      await page.getByRole('button', { name: 'Check', exact: true }).click();
      await page.getByRole('alert').filter({ hasText: 'No opinion has this receipt number' }).waitFor();

      await page.goto(`${server.url}/portal.html#/`);
      await page.getByRole('heading', { level: 1, name: 'Opinions wanted now' }).waitFor();
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
      await expectAccessible(page);
      await page.getByRole('link', { name: `Give an opinion on “${TITLE}”` }).click();
      await page.getByRole('heading', { level: 1, name: 'Give an opinion' }).waitFor();
      await page.getByTestId('chosen-unit').waitFor();
      await page.getByRole('radio', { name: /With my name/ }).check();
      await page.getByLabel('Mobile phone').waitFor();
      await noHorizontalOverflow(page);
      await page.screenshot({ path: path.join(shotsDir, 'portal-submit-en.png'), fullPage: true });
      await expectAccessible(page);
      // named without contact details is refused on the page, with focus on the field
      await page.getByLabel('Your opinion or suggestion').fill('A named test opinion.');
      await page.getByRole('button', { name: 'Send opinion' }).click();
      await page.getByRole('alert').filter({ hasText: 'Please give your name' }).waitFor();
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('contact-name');
    });

    it('shows hand-written traditional Chinese', async () => {
      await page.getByRole('button', { name: '繁體中文' }).click();
      await page.goto(`${server.url}/portal.html#/`);
      await page.getByRole('heading', { level: 1, name: '正在徵求意見' }).waitFor();
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-TW');
      expect(await page.getByRole('navigation').innerText()).toContain('查詢答覆');
      await noHorizontalOverflow(page);
      await page.screenshot({ path: path.join(shotsDir, 'portal-home-tw.png'), fullPage: true });
      await page.getByRole('button', { name: '简体中文' }).click();
      await page.getByRole('heading', { level: 1, name: '正在征求意见' }).waitFor();
    });

    it('shows disclosures grouped by the four winds with what is being done', async () => {
      await json(
        await officeApi.put(`/api/opinions/${opinionId}/disclosure`, {
          data: { disclosed: true, text: '会议多、文件多，层层转发。', action: '精简会议三成，文件不再层层转发。', category: 'formalism' },
        }),
        'disclose',
      );
      await page.goto(`${server.url}/portal.html#/disclosures?org=${campaign.org.id}`);
      await page.getByRole('heading', { level: 1, name: '整改公示' }).waitFor();
      const group = page.locator('section.wind-formalism');
      await group.getByRole('heading', { name: /形式主义/ }).waitFor();
      await group.getByText('精简会议三成，文件不再层层转发。').waitFor();
      expect(await group.innerText()).toContain('会议多、文件多，层层转发。');
      expect(await group.innerText()).not.toContain(OPINION); // the disclosure text, not the verbatim opinion
      await noHorizontalOverflow(page);
      await page.screenshot({ path: path.join(shotsDir, 'portal-disclosures.png'), fullPage: true });
      await expectAccessible(page);
    });

    it('answers a solicitation letter anonymously and shows that receipt once', async () => {
      const letters = await json<{ letters: { link: string }[] }>(
        await officeApi.post(`/api/solicitations/${solicitationId}/letters`, { data: { recipients: [{ name: '张建国', unit: '市人大代表' }] } }),
        'letters',
      );
      const token = /#\/letter\/(.+)$/.exec(letters.letters[0].link)?.[1];
      expect(token).toBeTruthy();
      await page.goto(`${server.url}/portal.html#/letter/${token}`);
      await page.getByRole('heading', { level: 1, name: '征求意见函' }).waitFor();
      await page.getByText('张建国：').waitFor();
      await page.getByLabel('您的意见和建议').fill(LETTER_ANSWER);
      await page.getByRole('checkbox', { name: /匿名回复/ }).check();
      await expectAccessible(page);
      await page.getByRole('button', { name: '提交意见' }).click();
      await page.getByRole('heading', { name: '已收到您的回复，谢谢您。' }).waitFor();
      const letterReceipt = (await page.getByTestId('receipt').innerText()).replace(/\s/g, '');
      expect(letterReceipt).toMatch(/^\d{16}$/);
      await noHorizontalOverflow(page);
      await page.screenshot({ path: path.join(shotsDir, 'portal-letter.png'), fullPage: true });
      expect(await storedEverywhere(page, person)).not.toContain(letterReceipt);
      const inbox = await json<{ items: { body: string; anonymous: boolean; contact: unknown }[] }>(
        await officeApi.get(`/api/campaigns/${campaign.id}/opinions?solicitationId=${solicitationId}`),
        'inbox',
      );
      const answer = inbox.items.find((o) => o.body === LETTER_ANSWER);
      expect(answer?.anonymous).toBe(true);
      expect(answer?.contact).toBeNull();
    });

    it('keeps Chinese text wrapping inside a phone screen on every page', async () => {
      for (const hash of ['#/', `#/submit?solicitation=${solicitationId}`, '#/receipt', `#/disclosures?org=${campaign.org.id}`]) {
        await page.goto(`${server.url}/portal.html${hash}`);
        await page.locator('main h1').waitFor();
        expect(await page.locator('main h1').innerText()).toMatch(CJK);
        await page.waitForLoadState('networkidle');
        await noHorizontalOverflow(page);
      }
    });
  });
}
