// portfolios: who oversees what (政府领导分工)? One row per Official and verb (how: 主持, 负责,
// 分管, 联系, 协助): how many Units, which (by name), the Areas of work (负责…工作 that names no
// unit: 财政, 教育), and since when (the earliest dated notice).
// Parameters: $official (a name or a name@place key, or null for all), $place (the leaders'
//   government, e.g. 上海市, or null).
// $since, $until (ISO day or null): only facts dated in that slice (kg.graph.timeslice); an undated
//   fact is left out of a bounded slice.
MATCH (o:Official)-[r:OVERSEES]->(x)
WHERE (x:Unit OR x:Area)
  AND ($since IS NULL OR r.date >= $since) AND ($until IS NULL OR r.date <= $until)
  AND ($official IS NULL OR o.id = $official OR o.name = $official)
  AND ($place IS NULL OR o.jurisdiction = $place)
WITH o, r, x
ORDER BY x.name ASC
WITH o.id AS official, r.how AS how, collect(DISTINCT CASE WHEN x:Unit THEN x.name END) AS units,
     collect(DISTINCT CASE WHEN x:Area THEN x.name END) AS areas, min(r.since) AS since
RETURN official, how, size(units) AS n, units, areas, since
ORDER BY official ASC, how ASC
