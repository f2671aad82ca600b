import type { Page } from 'playwright-core';

/** The paths of every POST and PUT the page sends from now on. */
export function watchWrites(page: Page): string[] {
  const writes: string[] = [];

  page.on('request', (request) => {
    if (request.method() === 'POST' || request.method() === 'PUT') {
      writes.push(new URL(request.url()).pathname);
    }
  });

  return writes;
}

/** The scripts the page fetches from now on whose address matches `pattern`. */
export function watchScripts(page: Page, pattern: RegExp): string[] {
  const scripts: string[] = [];

  page.on('request', (request) => {
    if (request.resourceType() === 'script' && pattern.test(request.url())) {
      scripts.push(new URL(request.url()).pathname);
    }
  });

  return scripts;
}

/** The error text Ant Design shows under the form field holding `testId`. */
export function fieldError(page: Page, testId: string) {
  return page
    .locator('.ant-form-item')
    .filter({ has: page.getByTestId(testId) })
    .locator('.ant-form-item-explain-error');
}
