// Evidence of unit_lineage rows: the SUCCEEDED_BY relationship the row shows.
// Parameters: $rows (list of maps: i, the row number, and the row's key columns), $since, $until
//   (ISO day or null: the query's slice). Returns i and the first evidence (source, then offsets;
//   a relationship without offsets last) of the relationships the row stands on (kg.query.evidence).
UNWIND $rows AS row
MATCH (a:Unit {name: row.predecessor})-[r:SUCCEEDED_BY]->(b:Unit {name: row.successor})
WHERE coalesce(r.date, '') = row.date AND coalesce(r.kind, '') = row.kind
  AND coalesce(r.source, '') = row.source AND coalesce(r.quote, '') = row.quote
  AND ($since IS NULL OR r.date >= $since) AND ($until IS NULL OR r.date <= $until)
WITH row, r
ORDER BY r.start < 0, r.source, r.start, r.end
WITH row, collect(r)[0] AS r
RETURN row.i AS i, r.source AS source, r.start AS start, r.end AS end, r.quote AS quote
