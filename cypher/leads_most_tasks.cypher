// leads_most_tasks: which units lead the most tasks (and projects)?
// One row per unit that leads at least one Task or Project: tasks and projects it
// leads, and how many tasks/projects it cooperates on. Most tasks first.
// Parameters: $limit (integer, default 25): at most this many rows.
MATCH (u:Unit)
OPTIONAL MATCH (u)-[:LEADS]->(t:Task)
WITH u, count(DISTINCT t) AS tasks
OPTIONAL MATCH (u)-[:LEADS]->(p:Project)
WITH u, tasks, count(DISTINCT p) AS projects
OPTIONAL MATCH (u)-[:COOPERATES]->(c)
WITH u, tasks, projects, count(DISTINCT c) AS cooperates
WHERE tasks + projects > 0
RETURN u.name AS unit, tasks, projects, cooperates
ORDER BY tasks DESC, projects DESC, unit ASC
LIMIT $limit
