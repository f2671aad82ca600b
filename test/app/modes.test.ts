import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/adapters/clock/clocks.js';
import { argon2Hasher } from '../../src/adapters/passwords.js';
import { compose } from '../../src/compose.js';
import { loadConfig } from '../../src/config.js';

const dirs: string[] = [];

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function fresh(): string {
  const dir = mkdtempSync(join(tmpdir(), 'reglament-mode-'));

  dirs.push(dir);

  return dir;
}

const quiet = {
  log: pino({ level: 'silent' }),
  passwords: argon2Hasher({ memoryCost: 1024, timeCost: 1 }),
};

describe('the training office', () => {
  it('starts its clock inside the act’s period and keeps it moving in real time across restarts', async () => {
    const dataDir = fresh();
    const wallClock = new ManualClock(Date.parse('2026-12-04T10:00:00Z'));
    const first = await compose(loadConfig({ dataDir, databaseUrl: '' }, {}), {
      ...quiet,
      wallClock,
    });
    const atStart = first.app.workingTime().format(first.app.clock.now());

    await first.close();
    wallClock.advance(3 * 60 * 60 * 1000);

    const second = await compose(loadConfig({ dataDir, databaseUrl: '' }, {}), {
      ...quiet,
      wallClock,
    });
    const afterRestart = second.app.workingTime().format(second.app.clock.now());

    await second.close();
    expect([atStart, afterRestart]).toEqual([
      '2019-03-04T09:00:00+05:00',
      '2019-03-04T12:00:00+05:00',
    ]);
  });

  it('seeds the demo staff once: clerk, head, two officers, administrator, auditor', async () => {
    const dataDir = fresh();
    const office = await compose(loadConfig({ dataDir, databaseUrl: '' }, {}), quiet);
    const staff = await office.app.store.users.list('atyrau-religious-affairs');

    await office.close();
    expect(staff.map((u) => u.role).sort()).toEqual([
      'admin',
      'auditor',
      'clerk',
      'head',
      'officer',
      'officer',
    ]);
  });
});

describe('a live office', () => {
  it('runs on real time and starts with only its administrator', async () => {
    const dataDir = fresh();
    const wallClock = new ManualClock(Date.parse('2026-12-04T10:00:00Z'));
    const config = loadConfig(
      { dataDir, databaseUrl: '', mode: 'live', adminPassword: 'Xx-1234567890' },
      {},
    );
    const office = await compose(config, { ...quiet, wallClock });
    const staff = await office.app.store.users.list('atyrau-religious-affairs');

    await office.close();
    expect([office.app.clock.now(), staff.map((u) => u.login)]).toEqual([
      wallClock.now(),
      ['admin'],
    ]);
  });

  it('refuses a short administrator password on its first start', async () => {
    const config = loadConfig(
      { dataDir: fresh(), databaseUrl: '', mode: 'live', adminPassword: 'short' },
      {},
    );

    await expect(compose(config, quiet)).rejects.toThrow(
      expect.objectContaining({ code: 'PASSWORD_WEAK', details: { min: 10 } }),
    );
  });

  it('refuses to start the first time without an administrator password', async () => {
    const config = loadConfig({ dataDir: fresh(), databaseUrl: '', mode: 'live' }, {});

    await expect(compose(config, quiet)).rejects.toThrow(/REGLAMENT_ADMIN_PASSWORD/);
  });
});
