import { fileURLToPath } from 'node:url';

/**
 * The shipped data folder (`data/` at the package root). Source files run from `src/adapters`
 * and compiled ones from `dist/server/adapters`; both sit below the root at a known depth.
 */
export function shippedDataPath(...parts: string[]): string {
  const here = fileURLToPath(import.meta.url);
  const depth = here.includes('/dist/server/') ? '../../../../data/' : '../../../data/';

  return fileURLToPath(new URL(depth + parts.join('/'), import.meta.url));
}
