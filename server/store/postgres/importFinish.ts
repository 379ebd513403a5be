// The last step of a PostgreSQL import, as set-based statements over the import's temporary tables only: degrees,
// then the entities with them, the adjacency (two rows per relation, written in entity order so that an entity's
// rows share pages), the neighbour counts by type, and the investigation's totals. $1 is the investigation's id.

/** Statement and whether it takes the investigation's id as $1 (statements without parameters must get none). */
export const FINISH: readonly (readonly [sql: string, takesInvestigation: boolean])[] = [
  // The temporary tables have no statistics of their own until analysed; the joins below need them.
  ['ANALYZE pg_temp.import_entities, pg_temp.import_relations', false],
  [
    `CREATE TEMPORARY TABLE import_degrees ON COMMIT DROP AS
     SELECT n, count(*)::int AS degree
     FROM (SELECT source_n AS n FROM pg_temp.import_relations
           UNION ALL SELECT target_n FROM pg_temp.import_relations) AS ends
     GROUP BY n`,
    false,
  ],
  [
    `INSERT INTO entities (n, inv, id, type, label, folded, names, body, degree)
     SELECT e.n, $1, e.id, e.type, e.label, e.folded, to_tsvector('simple', e.names), e.body, coalesce(d.degree, 0)
     FROM pg_temp.import_entities e LEFT JOIN pg_temp.import_degrees d ON d.n = e.n
     ORDER BY e.n`,
    true,
  ],
  // Each word of the names once (search turns a prefix into the words it starts), read back from the entities just
  // written, by their stretch of numbers.
  [
    `INSERT INTO name_words (inv, word)
     SELECT DISTINCT $1, unnest(tsvector_to_array(e.names)) FROM entities e
     WHERE e.inv = $1
       AND e.n BETWEEN (SELECT min(n) FROM pg_temp.import_entities) AND (SELECT max(n) FROM pg_temp.import_entities)`,
    true,
  ],
  [
    `INSERT INTO adjacency (entity, neighbour, relation, relation_type, neighbour_type, neighbour_degree, outgoing,
       directed, origins, disputed, happened)
     SELECT * FROM (
       SELECT r.source_n, r.target_n, r.n, r.type, t.type, td.degree, true, r.directed, r.origins, r.disputed,
         r.happened
       FROM pg_temp.import_relations r
       JOIN pg_temp.import_entities t ON t.n = r.target_n JOIN pg_temp.import_degrees td ON td.n = r.target_n
       UNION ALL
       SELECT r.target_n, r.source_n, r.n, r.type, s.type, sd.degree, NOT r.directed, r.directed, r.origins,
         r.disputed, r.happened
       FROM pg_temp.import_relations r
       JOIN pg_temp.import_entities s ON s.n = r.source_n JOIN pg_temp.import_degrees sd ON sd.n = r.source_n
     ) AS rows_from_both_ends
     ORDER BY 1, 6, 2`,
    false,
  ],
  [
    `INSERT INTO neighbour_counts (entity, relation_type, neighbour_type, count)
     SELECT entity, relation_type, neighbour_type, count(*)
     FROM (
       SELECT r.source_n AS entity, r.type AS relation_type, t.type AS neighbour_type
       FROM pg_temp.import_relations r JOIN pg_temp.import_entities t ON t.n = r.target_n
       UNION ALL
       SELECT r.target_n, r.type, s.type
       FROM pg_temp.import_relations r JOIN pg_temp.import_entities s ON s.n = r.source_n
     ) AS ends
     GROUP BY entity, relation_type, neighbour_type`,
    false,
  ],
  [
    `UPDATE investigations SET
       status = 'ready',
       entities = (SELECT count(*) FROM pg_temp.import_entities),
       relations = (SELECT count(*) FROM pg_temp.import_relations),
       first_entity = (SELECT min(n) FROM pg_temp.import_entities),
       last_entity = (SELECT max(n) FROM pg_temp.import_entities),
       first_relation = (SELECT min(n) FROM pg_temp.import_relations),
       last_relation = (SELECT max(n) FROM pg_temp.import_relations)
     WHERE id = $1`,
    true,
  ],
];

/**
 * Imports at least this big are followed by VACUUM (ANALYZE) of the shared tables: ANALYZE so that the next queries
 * plan well, VACUUM so that the new rows' hint bits and the visibility map are set before anyone reads them.
 * Otherwise the first readers set the hint bits, dirty every page they touch and write them back, while autovacuum
 * reads the same tables beside them a minute later. VACUUM skips the pages already all-visible.
 */
export const ANALYZE_AFTER_ROWS = 10_000;
export const ANALYZE_TABLES =
  'VACUUM (ANALYZE) entities, relations, claims, adjacency, neighbour_counts, sources, name_words';
