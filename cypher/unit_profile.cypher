// unit_profile: what does one unit do? For the unit (canonical name or any alias),
// one row per relationship type, direction and label of the node at the other end:
// how many distinct nodes, and the first five of them by key (officials as name@place).
// Parameters: $unit (string, required).
// $since, $until (ISO day or null): only facts dated in that slice (kg.timeslice); an undated
//   fact is left out of a bounded slice.
MATCH (u:Unit)
WHERE u.name = $unit OR $unit IN coalesce(u.aliases, [])
MATCH (u)-[r]-(x)
WHERE ($since IS NULL OR r.date >= $since) AND ($until IS NULL OR r.date <= $until)
WITH u, type(r) AS relationship,
     CASE WHEN startNode(r) = u THEN 'out' ELSE 'in' END AS direction,
     head(labels(x)) AS other_label,
     CASE WHEN x:Document OR x:Task OR x:Project OR x:Official OR x:Park THEN x.id ELSE x.name END AS other
ORDER BY other ASC
WITH u.name AS unit, relationship, direction, other_label, collect(DISTINCT other) AS others
RETURN unit, relationship, direction, other_label, size(others) AS n, others[0..5] AS examples
ORDER BY unit ASC, relationship ASC, direction ASC, other_label ASC
