// unit_lineage: which units did a unit succeed, and which succeeded it (机构改革)?
// For the unit (canonical name or any alias): every SUCCEEDED_BY relationship on its way back
// (direction 'earlier': the relationship ends at the unit or at a unit it succeeded, through
// any number of steps) and on its way forward ('later'), with the date, the kind (rename,
// merge, split) and the evidence: a document's quote, or source 'succession-table' for the
// data table of documented reforms (kg/data/successions.csv).
// Parameters: $unit (string, required).
// $since, $until (ISO day or null): only reforms dated in that slice (kg.graph.timeslice), along the
//   whole way; an undated one is left out of a bounded slice.
MATCH (u:Unit)
WHERE u.name = $unit OR $unit IN coalesce(u.aliases, [])
CALL (u) {
  MATCH (a:Unit)-[r:SUCCEEDED_BY]->(b:Unit)
  WHERE ($since IS NULL OR r.date >= $since) AND ($until IS NULL OR r.date <= $until)
    AND (b = u OR EXISTS { MATCH p = (b)-[:SUCCEEDED_BY*1..]->(u)
                           WHERE all(s IN relationships(p) WHERE ($since IS NULL OR s.date >= $since)
                                                           AND ($until IS NULL OR s.date <= $until)) })
  RETURN 'earlier' AS direction, a, r, b
  UNION
  MATCH (a:Unit)-[r:SUCCEEDED_BY]->(b:Unit)
  WHERE ($since IS NULL OR r.date >= $since) AND ($until IS NULL OR r.date <= $until)
    AND (a = u OR EXISTS { MATCH p = (u)-[:SUCCEEDED_BY*1..]->(a)
                           WHERE all(s IN relationships(p) WHERE ($since IS NULL OR s.date >= $since)
                                                           AND ($until IS NULL OR s.date <= $until)) })
  RETURN 'later' AS direction, a, r, b
}
RETURN DISTINCT u.name AS unit, direction, a.name AS predecessor, b.name AS successor, r.date AS date,
       r.kind AS kind, r.source AS source, r.quote AS quote
ORDER BY unit ASC, direction ASC, predecessor ASC, successor ASC, date ASC, kind ASC, source ASC, quote ASC
