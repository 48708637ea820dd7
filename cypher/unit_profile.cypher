// unit_profile: what does one unit do? For the unit (canonical name or any alias),
// one row per relationship type, direction and label of the node at the other end:
// how many distinct nodes, and the first five of them by key (officials as name@place),
// a task shown with its words and a project with its name after the id
// (D1#T3 加快推进工业互联网平台建设).
// Parameters: $unit (string, required).
// $since, $until (ISO day or null): only facts dated in that slice (kg.graph.timeslice); an undated
//   fact is left out of a bounded slice.
MATCH (u:Unit)
WHERE u.name = $unit OR $unit IN coalesce(u.aliases, [])
MATCH (u)-[r]-(x)
WHERE ($since IS NULL OR r.date >= $since) AND ($until IS NULL OR r.date <= $until)
WITH u, x, type(r) AS relationship,
     CASE WHEN startNode(r) = u THEN 'out' ELSE 'in' END AS direction,
     head(labels(x)) AS other_label,
     CASE WHEN x:Document OR x:Task OR x:Project OR x:Official OR x:Park THEN x.id ELSE x.name END AS other
WITH u, relationship, direction, other_label, other,
     CASE WHEN x:Task AND x.text IS NOT NULL THEN other + ' ' + x.text
          WHEN x:Project AND x.name IS NOT NULL THEN other + ' ' + x.name
          ELSE other END AS shown
ORDER BY other ASC
WITH u.name AS unit, relationship, direction, other_label, collect(DISTINCT other) AS others,
     collect(DISTINCT shown) AS shown
RETURN unit, relationship, direction, other_label, size(others) AS n, shown[0..5] AS examples
ORDER BY unit ASC, relationship ASC, direction ASC, other_label ASC
