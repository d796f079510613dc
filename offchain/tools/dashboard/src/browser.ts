/**
 * Headless Chromium for the dashboard's end-to-end test and README screenshots: the system's
 * browser (`/usr/bin/chromium`, Debian's `chromium` package; puppeteer-core downloads none), with
 * a fresh profile removed on close, and with its background traffic switched off (on a machine
 * without internet Chromium otherwise keeps retrying its own services).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const QUIET_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface HeadlessBrowser {
  browser: Browser;
  /** A new tab of `width`×`height` CSS pixels. */
  page(width?: number, height?: number): Promise<Page>;
  close(): Promise<void>;
}

export async function launchChromium(executablePath = CHROMIUM_PATH): Promise<HeadlessBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'sibyl-chromium-'));
  try {
    const browser = await puppeteer.launch({ executablePath, headless: true, args: [...QUIET_FLAGS, `--user-data-dir=${profile}`] });
    return {
      browser,
      async page(width = 1280, height = 900) {
        const page = await browser.newPage();
        await page.setViewport({ width, height });
        return page;
      },
      async close() {
        await browser.close().catch(() => undefined);
        rmSync(profile, { recursive: true, force: true });
      },
    };
  } catch (error) {
    rmSync(profile, { recursive: true, force: true });
    throw error;
  }
}

/** Opens `url` in `page`, waits until `selector` is shown, and saves a full-page PNG at `path`. */
export async function screenshot(page: Page, url: string, selector: string, path: string): Promise<void> {
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  await page.waitForSelector(selector, { visible: true, timeout: 30_000 });
  await mkdir(dirname(path), { recursive: true });
  await page.screenshot({ path: path as `${string}.png`, fullPage: true });
}
