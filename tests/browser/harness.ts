// What every browser test shares: where things are, Debian's Chromium (never a downloaded
// one), the console build, axe-core checks and the no-sideways-scroll check. Without Chromium
// each test skips with a reason locally and fails in CI (ensureWebBuilt throws when CI is set).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
export const repoRoot = path.resolve(here, '../..');
export const webDir = path.join(repoRoot, 'web/dist');
export const shotsDir = path.join(here, 'screenshots');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const hasBrowser = existsSync(CHROMIUM);
export const DESKTOP = { width: 1366, height: 900 };
export const PHONE = { width: 375, height: 800 };
const axePath = path.join(repoRoot, 'node_modules/axe-core/axe.min.js');

/** Builds the console and portal once when web/dist lacks the given page. */
export function ensureWebBuilt(page = 'index.html'): void {
  if (!hasBrowser) throw new Error(`Chromium not found at ${CHROMIUM} (CI is set, so this is a failure, not a skip)`);
  if (!existsSync(path.join(webDir, page))) {
    const r = spawnSync('npx', ['vite', 'build'], { cwd: repoRoot, stdio: 'inherit', env: process.env });
    if (r.status !== 0) throw new Error(`vite build failed (exit ${r.status})`);
  }
  mkdirSync(shotsDir, { recursive: true });
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

/** Serious and critical axe-core violations on the page as it is now. */
export async function axe(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ path: axePath });
  const result = await page.evaluate(async () => {
    const w = window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: unknown[] }> } };
    return w.axe.run(document, { resultTypes: ['violations'] });
  });
  return (result.violations as AxeViolation[]).filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

export function describeViolations(vs: AxeViolation[]): string {
  return vs.map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`).join('\n');
}

export async function noHorizontalOverflow(page: Page): Promise<void> {
  const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
  expect(scroll, 'page must not scroll sideways').toBeLessThanOrEqual(client + 1);
}

type Server = Awaited<ReturnType<typeof import('../../src/http/server.js').startServer>>;

/** The real server on the demo city (in memory) and a Chromium page at `viewport`, in zh-CN. */
export async function startDemoSession(viewport = DESKTOP): Promise<{ server: Server; browser: Browser; context: BrowserContext; page: Page }> {
  ensureWebBuilt('index.html');
  const { startServer } = await import('../../src/http/server.js');
  const server = await startServer({ sqliteFile: ':memory:', port: 0, host: '127.0.0.1', demo: true, webDir, logLevel: 'warn' });
  const browser = await launchChromium();
  const context = await browser.newContext({ viewport, locale: 'zh-CN', reducedMotion: 'reduce' });
  context.setDefaultTimeout(30_000);
  return { server, browser, context, page: await context.newPage() };
}

/** Signs in through the console's login page (the demo office by default). */
export async function signIn(page: Page, baseUrl: string, username = 'office', password = 'Massline2026'): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel('手机号或用户名').fill(username);
  await page.getByLabel('密码', { exact: true }).fill(password);
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await page.waitForURL('**/orgs');
}

/** Types a day ('YYYY-MM-DD') into a date field (the console's DateInput, an Ant Design DatePicker) and confirms it. */
export async function fillDate(input: Locator, value: string): Promise<void> {
  await input.click();
  await input.fill(value);
  await input.press('Enter');
}
