#!/usr/bin/env node
// The installed command. It runs the compiled code; `npm run build` (or `npm start`) makes it.
import { existsSync } from 'node:fs';

const entry = new URL('../dist/server/interfaces/cli/main.js', import.meta.url);

if (!existsSync(entry)) {
  process.stderr.write('reglament: not built yet; run `npm run build` first\n');
  process.exit(1);
}

const { main } = await import(entry.href);

process.exitCode = await main(process.argv.slice(2));
