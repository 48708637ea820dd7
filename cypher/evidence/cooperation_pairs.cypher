// Evidence of cooperation_pairs rows: the cooperating unit's COOPERATES on a task or project the lead unit leads.
// Parameters: $rows (list of maps: i, the row number, and the row's key columns), $since, $until
//   (ISO day or null: the query's slice). Returns i and the first evidence (source, then offsets;
//   a relationship without offsets last) of the relationships the row stands on (kg.query.evidence).
UNWIND $rows AS row
MATCH (l:Unit {name: row.lead_unit})-[rl:LEADS]->(t)<-[r:COOPERATES]-(c:Unit {name: row.cooperating_unit})
WHERE l <> c AND (($since IS NULL OR r.date >= $since) AND ($until IS NULL OR r.date <= $until))
  AND ($since IS NULL OR rl.date >= $since) AND ($until IS NULL OR rl.date <= $until)
WITH row, r
ORDER BY r.start < 0, r.source, r.start, r.end
WITH row, collect(r)[0] AS r
RETURN row.i AS i, r.source AS source, r.start AS start, r.end AS end, r.quote AS quote
