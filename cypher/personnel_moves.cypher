// personnel_moves: who was moved where? One row per document and official: the
// posts (organization + position) the official was appointed to and removed from by
// that document, and the kind of move: transfer (appointed at a unit other than the ones
// left), in_unit (every post given is at a unit the official leaves a post of: 副局长 → 局长),
// succession (at such a unit or at a unit that succeeded it, SUCCEEDED_BY*: the same body
// after a reform, 杭州湾新区管委会 → 前湾新区管委会), appointment, removal. The official
// is shown with their place (name@jurisdiction, 王程@宁波市), a document by its id (its number),
// or, for a hash id (doc:…, no number), its title, else its file.
// Parameters: $since, $until (ISO day or null): only facts dated in that slice (kg.graph.timeslice); an undated
//   fact is left out of a bounded slice.
MATCH (d:Document)-[r:APPOINTS|REMOVES]->(o:Official)
WHERE ($since IS NULL OR r.date >= $since) AND ($until IS NULL OR r.date <= $until)
WITH d, o, r, coalesce(r.organization, '') + coalesce(r.position, '') AS post
ORDER BY post ASC
WITH d, o, min(r.date) AS date,
     collect(DISTINCT CASE WHEN type(r) = 'APPOINTS' THEN post END) AS appointed_to,
     collect(DISTINCT CASE WHEN type(r) = 'REMOVES' THEN post END) AS removed_from,
     collect(DISTINCT CASE WHEN type(r) = 'APPOINTS' THEN coalesce(r.organization, '') END) AS to_units,
     [u IN collect(DISTINCT CASE WHEN type(r) = 'REMOVES' THEN r.organization END) WHERE u <> ''] AS from_units
WITH d, o, date, appointed_to, removed_from, to_units, from_units,
     COLLECT { MATCH p = (x:Unit)-[:SUCCEEDED_BY*1..]->(y:Unit)
               WHERE x.name IN from_units
                 AND all(s IN relationships(p) WHERE ($since IS NULL OR s.date >= $since)
                                                 AND ($until IS NULL OR s.date <= $until))
               RETURN DISTINCT y.name } AS successors
RETURN date, CASE WHEN d.id STARTS WITH 'doc:' THEN coalesce(d.title, d.source, d.id) ELSE d.id END AS document, o.id AS official,
       CASE WHEN size(appointed_to) > 0 AND size(removed_from) > 0 THEN
              CASE WHEN any(u IN to_units WHERE NOT (u IN from_units OR u IN successors)) THEN 'transfer'
                   WHEN all(u IN to_units WHERE u IN from_units) THEN 'in_unit'
                   ELSE 'succession' END
            WHEN size(appointed_to) > 0 THEN 'appointment'
            ELSE 'removal' END AS move,
       appointed_to, removed_from
ORDER BY date ASC, document ASC, official ASC
