// official_career: what was one official's career? Every appointment and removal
// of the official, in date order, with the post, the organization and the document.
// A document is shown by its id (its number), or, for a hash id (doc:…, no number), its title, else its file.
// Parameters: $name (string, required): a name (王程: every Official of that name, in every
//   place) or an Official key (王程@宁波市); homonyms the resolve stage kept apart (keys like
//   王程@宁波市（宁波市某局）) are included, told apart by the official column (name@place).
// $since, $until (ISO day or null): only facts dated in that slice (kg.graph.timeslice); an undated
//   fact is left out of a bounded slice.
MATCH (d:Document)-[r:APPOINTS|REMOVES]->(o:Official)
WHERE (o.name = $name OR o.id = $name OR o.id STARTS WITH $name + '（')
  AND ($since IS NULL OR r.date >= $since) AND ($until IS NULL OR r.date <= $until)
RETURN DISTINCT o.id AS official, r.date AS date,
       CASE type(r) WHEN 'APPOINTS' THEN 'appoint' ELSE 'remove' END AS action,
       r.organization AS organization, r.position AS position, CASE WHEN d.id STARTS WITH 'doc:' THEN coalesce(d.title, d.source, d.id) ELSE d.id END AS document,
       coalesce(r.concurrent, false) AS concurrent
ORDER BY date ASC, document ASC, action ASC, organization ASC, position ASC, concurrent ASC, official ASC
