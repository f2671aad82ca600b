import { connect, migrateToLatest } from '../../../adapters/store/connect.js';
import type { CliCommand } from '../command.js';
import { configFrom, parseFlags, STORE_OPTIONS } from '../options.js';

export const migrateCommand: CliCommand = {
  name: 'migrate',
  summary: 'apply the database migrations (SQLite by default, PostgreSQL with --database-url)',
  usage: 'reglament migrate [--data-dir DIR] [--database-url URL]',
  async run(args, io) {
    const { values } = parseFlags(args, STORE_OPTIONS);
    const db = connect(configFrom(values));

    try {
      const applied = await migrateToLatest(db);

      io.stdout(applied.length === 0 ? 'up to date\n' : `applied: ${applied.join(', ')}\n`);

      return 0;
    } finally {
      await db.destroy();
    }
  },
};
