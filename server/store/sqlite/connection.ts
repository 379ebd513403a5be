// Opens the store's file the same way for its two connections: the main one, which reads, and the writer's.
import Database from 'better-sqlite3';

export function openConnection(file: string, cacheKiB = 512_000): Database.Database {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma(`cache_size = -${cacheKiB}`);
  db.pragma('temp_store = MEMORY');
  db.pragma('wal_autocheckpoint = 20000');
  return db;
}
