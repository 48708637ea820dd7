// Evidence of overseen_by rows: the official's OVERSEES of that unit or area with that verb.
// Parameters: $rows (list of maps: i, the row number, and the row's key columns), $since, $until
//   (ISO day or null: the query's slice). Returns i and the first evidence (source, then offsets;
//   a relationship without offsets last) of the relationships the row stands on (kg.query.evidence).
UNWIND $rows AS row
MATCH (o:Official {id: row.official})-[r:OVERSEES]->(u {name: row.unit})
WHERE (u:Unit OR u:Area) AND r.how = row.how AND ($since IS NULL OR r.date >= $since) AND ($until IS NULL OR r.date <= $until)
WITH row, r
ORDER BY r.start < 0, r.source, r.start, r.end
WITH row, collect(r)[0] AS r
RETURN row.i AS i, r.source AS source, r.start AS start, r.end AS end, r.quote AS quote
