// The API contract against the embedded SQLite store, in a throwaway folder.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { openSqliteStore } from './store/sqlite/sqliteStore';
import { describeStoreContract } from './testing/storeContract';

const folder = mkdtempSync(join(tmpdir(), 'graph-store-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describeStoreContract('sqlite', async () => openSqliteStore(join(folder, 'store.sqlite')));
