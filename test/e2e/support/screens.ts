import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const SCREENS_DIR = new URL('../../../test-artifacts/screens/', import.meta.url).pathname;
const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

export interface Violation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly targets: readonly string[];
}

const NO_BANNER: Violation = {
  id: 'training-banner',
  impact: 'critical',
  help: 'A training office must say so on every screen',
  targets: [],
};

/**
 * Takes the screen's picture for people to look at and runs axe-core on it. Returns the
 * serious and critical violations, which tests expect to be none, and a missing training
 * banner: the test office runs in training mode, which every screen must say.
 */
export async function screen(page: Page, name: string): Promise<Violation[]> {
  mkdirSync(SCREENS_DIR, { recursive: true });
  await page.evaluate('document.fonts.ready');
  await page.screenshot({
    path: `${SCREENS_DIR}${name}.png`,
    fullPage: true,
    animations: 'disabled',
  });

  const banner = await page.getByTestId('training-banner').isVisible();

  return [...(banner ? [] : [NO_BANNER]), ...(await axeViolations(page))];
}

/**
 * The printed form of the page: no screen furniture, the training watermark across the
 * sheet. True when the print shows the watermark and hides the banner.
 */
export async function printed(page: Page, name: string): Promise<boolean> {
  await page.emulateMedia({ media: 'print' });
  await page.screenshot({ path: `${SCREENS_DIR}${name}.png`, fullPage: true });

  const watermark = await page.getByTestId('watermark').isVisible();
  const banner = await page.getByTestId('training-banner').isVisible();

  await page.emulateMedia({ media: 'screen' });

  return watermark && !banner;
}

async function axeViolations(page: Page): Promise<Violation[]> {
  if ((await page.evaluate('typeof window.axe')) !== 'object') {
    await page.addScriptTag({ content: AXE_SOURCE });
  }

  const found = await page.evaluate<Violation[]>(
    `axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations.map((v) => ({
      id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => String(n.target)),
    })))`,
  );

  return found.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}
