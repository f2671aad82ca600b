import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { WEB_DIST } from '../../../src/interfaces/http/web.js';

const ROOT = new URL('../../../', import.meta.url).pathname;

/**
 * The browser tests need the built application. `npm test` builds it first; a bare
 * `vitest run test/e2e` builds it here once when `dist/web` is missing.
 */
export function ensureWebBuilt(): string {
  if (existsSync(join(WEB_DIST, 'index.html'))) return WEB_DIST;

  try {
    execFileSync(
      'npx',
      ['vite', 'build', '--config', 'web/vite.config.ts', '--logLevel', 'error'],
      {
        cwd: ROOT,
        stdio: 'pipe',
      },
    );
  } catch (error: unknown) {
    const output = (error as { stderr?: Buffer }).stderr?.toString() ?? String(error);

    throw new Error(`dist/web is missing and "npm run build:web" failed:\n${output}`, {
      cause: error,
    });
  }

  return WEB_DIST;
}
