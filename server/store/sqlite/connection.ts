// Opens the store's file the same way for its two connections: the main one, which reads, and the writer's.
import Database from 'better-sqlite3';

export function openConnection(file: string, cacheKiB = 512_000): Database.Database {
  const db = new Database(file);
  // Only a new file takes it (WAL fixes the size once written): bigger pages cut an import's writes by a fifth and
  // its file by a sixth, since most rows are appended in key order and fill their pages.
  db.pragma('page_size = 16384');
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma(`cache_size = -${cacheKiB}`);
  db.pragma('temp_store = MEMORY');
  db.pragma('wal_autocheckpoint = 20000');
  return db;
}
