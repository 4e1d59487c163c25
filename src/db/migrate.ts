import { Migrator, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import * as foundation from './migrations/20261124-0001-foundation.js';
import * as listen from './migrations/20261124-0002-listen.js';
import * as treeVersion from './migrations/20261124-0003-tree-version.js';
import * as triage from './migrations/20261202-0004-triage.js';
import * as rectify from './migrations/20261202-0005-rectify.js';
import * as figures from './migrations/20261202-0006-figures.js';
import * as figuresArchive from './migrations/20261203-0007-figures-archive.js';
import * as auditAction from './migrations/20261203-0008-audit-action.js';
import * as oneRun from './migrations/20261205-0009-one-run.js';
import * as runOrg from './migrations/20261205-0010-run-org.js';
import * as runHeartbeat from './migrations/20261205-0011-run-heartbeat.js';
import * as mergeMembers from './migrations/20261206-0012-merge-members.js';
import * as routedAt from './migrations/20261206-0013-routed-at.js';

// Migrations are listed here in order rather than read from a folder, so the same list works
// from TypeScript sources (tests), compiled output (the CLI) and bundles alike.
const migrations: Record<string, Migration> = {
  '20261124-0001-foundation': foundation,
  '20261124-0002-listen': listen,
  '20261124-0003-tree-version': treeVersion,
  '20261202-0004-triage': triage,
  '20261202-0005-rectify': rectify,
  '20261202-0006-figures': figures,
  '20261203-0007-figures-archive': figuresArchive,
  '20261203-0008-audit-action': auditAction,
  '20261205-0009-one-run': oneRun,
  '20261205-0010-run-org': runOrg,
  '20261205-0011-run-heartbeat': runHeartbeat,
  '20261206-0012-merge-members': mergeMembers,
  '20261206-0013-routed-at': routedAt,
};

const provider: MigrationProvider = { getMigrations: async () => migrations };

/** `schema`: the PostgreSQL schema holding the migration bookkeeping when not the default one. */
export async function migrateToLatest(db: Kysely<any>, schema?: string): Promise<string[]> {
  const migrator = new Migrator({ db, provider, ...(schema ? { migrationTableSchema: schema } : {}) });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error;
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
