-- The team's tables (server/team): accounts, sessions, API tokens, roles per investigation, and the records edited
-- through the server with their versions and every change. Same shape as the SQLite team file (server/team/schema.ts).
-- Up Migration
CREATE TABLE team_users (
  id serial PRIMARY KEY, username text NOT NULL UNIQUE, password_hash text,
  admin boolean NOT NULL DEFAULT false, created text NOT NULL);
CREATE TABLE team_one_time (digest text PRIMARY KEY, user_id integer NOT NULL, expires text NOT NULL);
CREATE TABLE team_sessions (
  digest text PRIMARY KEY, user_id integer NOT NULL, csrf text NOT NULL, created text NOT NULL,
  expires text NOT NULL, must_set_password boolean NOT NULL DEFAULT false);
CREATE TABLE team_tokens (
  digest text PRIMARY KEY, user_id integer NOT NULL, label text NOT NULL, created text NOT NULL);
CREATE TABLE team_roles (inv text NOT NULL, user_id integer NOT NULL, role text NOT NULL, PRIMARY KEY (inv, user_id));
CREATE INDEX team_roles_by_user ON team_roles (user_id);
CREATE TABLE team_public (inv text PRIMARY KEY);
CREATE TABLE team_adopted (inv text PRIMARY KEY);
CREATE TABLE team_records (
  inv text NOT NULL, kind text NOT NULL, id text NOT NULL, pos integer NOT NULL, version integer NOT NULL,
  body text, relation_source text, relation_target text, PRIMARY KEY (inv, kind, id));
CREATE INDEX team_records_by_source ON team_records (inv, relation_source);
CREATE INDEX team_records_by_target ON team_records (inv, relation_target);
CREATE INDEX team_records_in_order ON team_records (inv, kind, pos);
CREATE TABLE team_changes (
  seq serial PRIMARY KEY, inv text NOT NULL, batch text, user_id integer NOT NULL,
  at text NOT NULL, message text NOT NULL, UNIQUE (inv, batch));
CREATE INDEX team_changes_by_inv ON team_changes (inv, seq);
CREATE TABLE team_record_changes (
  seq integer NOT NULL, inv text NOT NULL, kind text NOT NULL, id text NOT NULL, version integer NOT NULL,
  before text, after text, PRIMARY KEY (inv, kind, id, version));
CREATE INDEX team_record_changes_by_seq ON team_record_changes (seq);

-- Down Migration
DROP TABLE team_record_changes, team_changes, team_records, team_adopted, team_public, team_roles, team_tokens,
  team_sessions, team_one_time, team_users;
