// leads_most_tasks: which units lead the most tasks (and projects)?
// One row per unit that leads at least one Task or Project: tasks and projects it
// leads, and how many tasks/projects it cooperates on. Most tasks first.
// Parameters: $limit (integer, default 25): at most this many rows; $include_collective
//   (boolean, default false): also rank collective placeholders (Units of kind 'collective':
//   各相关金融机构, 相关镇(街道)), which are otherwise left out.
// $since, $until (ISO day or null): only facts dated in that slice (kg.graph.timeslice); an undated
//   fact is left out of a bounded slice.
// One pass over each unit's LEADS relationships reads every end node's label once and
// counts tasks and projects together; COOPERATES is expanded only for the $limit units
// kept, not for every unit (a third of the db hits of counting it for all).
MATCH (u:Unit)
WHERE $include_collective OR coalesce(u.kind, '') <> 'collective'
OPTIONAL MATCH (u)-[r:LEADS]->(t)
  WHERE ($since IS NULL OR r.date >= $since) AND ($until IS NULL OR r.date <= $until)
WITH u, t, t:Task AS is_task
WITH u, count(DISTINCT CASE WHEN is_task THEN t END) AS tasks,
     count(DISTINCT CASE WHEN NOT is_task AND t:Project THEN t END) AS projects
WHERE tasks + projects > 0
WITH u, tasks, projects
ORDER BY tasks DESC, projects DESC, u.name ASC
LIMIT $limit
OPTIONAL MATCH (u)-[rc:COOPERATES]->(c)
  WHERE ($since IS NULL OR rc.date >= $since) AND ($until IS NULL OR rc.date <= $until)
WITH u, tasks, projects, count(DISTINCT c) AS cooperates
RETURN u.name AS unit, tasks, projects, cooperates
ORDER BY tasks DESC, projects DESC, unit ASC
