// Records the stories' histories into `recorded/`. Run only after a deliberate change of the
// engine's decisions, and review the diff of the recorded files: `npx tsx test/histories/record.ts`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { shippedWorkingTime } from '../support/calendar.js';
import { STORIES } from './stories.js';

const time = await shippedWorkingTime();
const dir = new URL('./recorded/', import.meta.url);

mkdirSync(dir, { recursive: true });
for (const [name, story] of Object.entries(STORIES)) {
  writeFileSync(new URL(`${name}.json`, dir), `${JSON.stringify(story(time), null, 2)}\n`);
}
