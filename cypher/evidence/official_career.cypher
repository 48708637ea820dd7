// Evidence of official_career rows: the APPOINTS or REMOVES relationship the row shows.
// Parameters: $rows (list of maps: i, the row number, and the row's key columns), $since, $until
//   (ISO day or null: the query's slice). Returns i and the first evidence (source, then offsets;
//   a relationship without offsets last) of the relationships the row stands on (kg.query.evidence).
UNWIND $rows AS row
MATCH (d:Document)-[r:APPOINTS|REMOVES]->(o:Official {id: row.official})
WHERE CASE WHEN d.id STARTS WITH 'doc:' THEN coalesce(d.title, d.source, d.id) ELSE d.id END = row.document
  AND (CASE type(r) WHEN 'APPOINTS' THEN 'appoint' ELSE 'remove' END) = row.action
  AND coalesce(r.date, '') = row.date AND coalesce(r.organization, '') = row.organization
  AND coalesce(r.position, '') = row.position AND coalesce(r.concurrent, false) = row.concurrent
  AND ($since IS NULL OR r.date >= $since) AND ($until IS NULL OR r.date <= $until)
WITH row, r
ORDER BY r.start < 0, r.source, r.start, r.end
WITH row, collect(r)[0] AS r
RETURN row.i AS i, r.source AS source, r.start AS start, r.end AS end, r.quote AS quote
