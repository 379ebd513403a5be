-- Two things that keep search's time flat as an investigation grows (server/store/postgres/search.ts).
--
-- name_words: every word of an investigation's names, once. A search word is a prefix ("ltd" finds "ltd" and
-- "ltda"), and the names index answers a prefix by merging the entries of every word it starts, at a cost that
-- grows with how many entities hold them. Looked up here first, the prefix becomes the few whole words it starts,
-- and the index intersects them from the rarest, skipping the rest. The column collates as "C" so that a prefix is
-- one range of this primary key whatever the database's collation.
--
-- The partial names index: search ranks the most connected first, and a common word matches tens of thousands of
-- entities at two million; sorting them all reads each one's row. This one holds only the names of entities
-- connected enough to head a page (about 2% of them), so search looks there first. The threshold is written into
-- the query too.

-- Up Migration

CREATE TABLE name_words (
  inv text NOT NULL,
  word text COLLATE "C" NOT NULL,
  PRIMARY KEY (inv, word)
);
INSERT INTO name_words (inv, word) SELECT DISTINCT inv, unnest(tsvector_to_array(names)) FROM entities;

CREATE INDEX entities_names_degree_12 ON entities USING gin (names) WHERE degree >= 12;

-- Down Migration

DROP INDEX entities_names_degree_12;
DROP TABLE name_words;
