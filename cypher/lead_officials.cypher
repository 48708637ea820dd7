// lead_officials: which leaders (牵头领导) lead the most tasks? One row per Official
// who LEADS a Task: the tasks, the documents they come from, and the units that
// lead those tasks with them. The official is shown with their place (name@jurisdiction).
// Parameters: $include_collective (boolean, default false): also list collective placeholders
//   (Units of kind 'collective': 各相关单位) among the units.
// $since, $until (ISO day or null): only facts dated in that slice (kg.graph.timeslice); an undated
//   fact is left out of a bounded slice.
MATCH (o:Official)-[r:LEADS]->(t:Task)
WHERE ($since IS NULL OR r.date >= $since) AND ($until IS NULL OR r.date <= $until)
OPTIONAL MATCH (u:Unit)-[ru:LEADS]->(t)
  WHERE ($include_collective OR coalesce(u.kind, '') <> 'collective')
    AND ($since IS NULL OR ru.date >= $since) AND ($until IS NULL OR ru.date <= $until)
OPTIONAL MATCH (t)-[rd:PART_OF]->(d:Document)
  WHERE ($since IS NULL OR rd.date >= $since) AND ($until IS NULL OR rd.date <= $until)
WITH o, t, u, d
ORDER BY u.name ASC
WITH o.id AS official, count(DISTINCT t) AS tasks, count(DISTINCT d) AS documents,
     collect(DISTINCT u.name) AS units
RETURN official, tasks, documents, units
ORDER BY tasks DESC, official ASC
