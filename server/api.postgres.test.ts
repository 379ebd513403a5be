// The API contract against the PostgreSQL store, on a fresh database of the run's throwaway cluster
// (server/testing/postgresForTests.ts), started before the suite so its startup has its own time limit.
import { beforeAll } from 'vitest';
import { openPostgresStore } from './store/postgres';
import { POSTGRES_SETUP_TIMEOUT_MS, testDatabase } from './testing/postgresForTests';
import { describeStoreContract } from './testing/storeContract';

let url: string;
beforeAll(async () => {
  url = await testDatabase('api');
}, POSTGRES_SETUP_TIMEOUT_MS);

describeStoreContract(
  'postgres',
  () => openPostgresStore(url),
  () => url,
);
