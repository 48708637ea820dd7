// official_career: what was one official's career? Every appointment and removal
// of the official, in date order, with the post, the organization and the document.
// Parameters: $name (string, required): the Official's name; homonyms the resolve stage
//   kept apart (keys like 王程（宁波市某局）) are included, told apart by the official column.
MATCH (d:Document)-[r:APPOINTS|REMOVES]->(o:Official)
WHERE o.name = $name OR o.name STARTS WITH $name + '（'
RETURN DISTINCT o.name AS official, r.date AS date,
       CASE type(r) WHEN 'APPOINTS' THEN 'appoint' ELSE 'remove' END AS action,
       r.organization AS organization, r.position AS position, d.id AS document,
       coalesce(r.concurrent, false) AS concurrent
ORDER BY date ASC, document ASC, action ASC, organization ASC, position ASC, concurrent ASC, official ASC
