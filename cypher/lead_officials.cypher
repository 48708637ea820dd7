// lead_officials: which leaders (牵头领导) lead the most tasks? One row per Official
// who LEADS a Task: the tasks, the documents they come from, and the units that
// lead those tasks with them. The official is shown with their place (name@jurisdiction).
// Parameters: $include_collective (boolean, default false): also list collective placeholders
//   (Units of kind 'collective': 各相关单位) among the units.
MATCH (o:Official)-[:LEADS]->(t:Task)
OPTIONAL MATCH (u:Unit)-[:LEADS]->(t)
WHERE $include_collective OR coalesce(u.kind, '') <> 'collective'
OPTIONAL MATCH (t)-[:PART_OF]->(d:Document)
WITH o, t, u, d
ORDER BY u.name ASC
WITH o.id AS official, count(DISTINCT t) AS tasks, count(DISTINCT d) AS documents,
     collect(DISTINCT u.name) AS units
RETURN official, tasks, documents, units
ORDER BY tasks DESC, official ASC
