// overseen_by: which leaders oversee a unit, or an area of work (政府领导分工), and how (主持, 负责,
// 分管, 联系, 协助)? One row per Unit named (by its name or an alias) or Area (by its words or a form written
// otherwise, e.g. 财政 or 財政), Official and verb, with the earliest date.
// Parameters: $unit (canonical name or alias, e.g. 市财政局, or an area's words).
// $since, $until (ISO day or null): only facts dated in that slice (kg.graph.timeslice); an undated
//   fact is left out of a bounded slice.
MATCH (o:Official)-[r:OVERSEES]->(u)
WHERE (u:Unit OR u:Area) AND (u.name = $unit OR $unit IN coalesce(u.aliases, []))
  AND ($since IS NULL OR r.date >= $since) AND ($until IS NULL OR r.date <= $until)
RETURN u.name AS unit, o.id AS official, r.how AS how, min(r.since) AS since
ORDER BY unit ASC, official ASC, how ASC
