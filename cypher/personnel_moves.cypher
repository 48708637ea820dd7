// personnel_moves: who was moved where? One row per document and official: the
// posts (organization + position) the official was appointed to and removed from by
// that document, and the kind of move (transfer = both, appointment, removal). The official
// is shown with their place (name@jurisdiction, 王程@宁波市).
// Parameters: $since, $until (ISO day or null): only facts dated in that slice (kg.timeslice); an undated
//   fact is left out of a bounded slice.
MATCH (d:Document)-[r:APPOINTS|REMOVES]->(o:Official)
WHERE ($since IS NULL OR r.date >= $since) AND ($until IS NULL OR r.date <= $until)
WITH d, o, r, coalesce(r.organization, '') + coalesce(r.position, '') AS post
ORDER BY post ASC
WITH d, o, min(r.date) AS date,
     collect(DISTINCT CASE WHEN type(r) = 'APPOINTS' THEN post END) AS appointed_to,
     collect(DISTINCT CASE WHEN type(r) = 'REMOVES' THEN post END) AS removed_from
RETURN date, d.id AS document, o.id AS official,
       CASE WHEN size(appointed_to) > 0 AND size(removed_from) > 0 THEN 'transfer'
            WHEN size(appointed_to) > 0 THEN 'appointment'
            ELSE 'removal' END AS move,
       appointed_to, removed_from
ORDER BY date ASC, document ASC, official ASC
