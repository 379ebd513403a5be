// The team contract against the embedded SQLite store (and its team file), in a throwaway folder.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { openSqliteStore } from './store/sqlite/sqliteStore';
import { describeTeamContract } from './testing/teamContract';

const folder = mkdtempSync(join(tmpdir(), 'graph-team-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describeTeamContract('sqlite', async () => openSqliteStore(join(folder, 'store.sqlite')));
