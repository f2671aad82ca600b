import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/**
 * Debian's Chromium, headless and offline. Playwright gives each launch a fresh temporary
 * profile (user-data-dir) and removes it on close; each user gets a context of their own.
 */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export interface UserPage {
  readonly context: BrowserContext;
  readonly page: Page;
  /** Errors the page threw; a test ends by asserting there were none. */
  readonly errors: string[];
}

/** The browser's own locale follows the user's language, as on an office computer. */
const LOCALES = { kk: 'kk-KZ', ru: 'ru-RU', en: 'en-GB' } as const;

export async function openPage(
  browser: Browser,
  baseURL: string,
  lang: keyof typeof LOCALES = 'kk',
): Promise<UserPage> {
  const context = await browser.newContext({
    baseURL,
    locale: LOCALES[lang],
    viewport: { width: 1280, height: 900 },
  });
  const page = await context.newPage();
  const errors: string[] = [];

  page.on('pageerror', (error) => errors.push(error.message));
  page.setDefaultTimeout(10_000);

  return { context, page, errors };
}
