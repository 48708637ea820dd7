// cooperation_pairs: which units work together most? A pair is a lead unit and a
// unit that cooperates on the same Task or Project; shared counts those tasks and
// projects. "Who cooperates with 市经信局 most?" is this query with $unit.
// Parameters: $unit (string or null): only pairs with this unit on either side
//               (canonical name or any alias); $limit (integer, default 25);
//             $include_collective (boolean, default false): also pairs with a collective
//               placeholder (a Unit of kind 'collective': 各相关金融机构, 各区县（市）政府).
// $since, $until (ISO day or null): only facts dated in that slice (kg.graph.timeslice); an undated
//   fact is left out of a bounded slice.
MATCH (l:Unit)-[rl:LEADS]->(t)<-[rc:COOPERATES]-(c:Unit)
WHERE l <> c
  AND ($include_collective OR (coalesce(l.kind, '') <> 'collective' AND coalesce(c.kind, '') <> 'collective'))
  AND ($since IS NULL OR rl.date >= $since) AND ($until IS NULL OR rl.date <= $until)
  AND ($since IS NULL OR rc.date >= $since) AND ($until IS NULL OR rc.date <= $until)
  AND ($unit IS NULL OR l.name = $unit OR c.name = $unit
       OR $unit IN coalesce(l.aliases, []) OR $unit IN coalesce(c.aliases, []))
WITH l.name AS lead_unit, c.name AS cooperating_unit, count(DISTINCT t) AS shared
RETURN lead_unit, cooperating_unit, shared
ORDER BY shared DESC, lead_unit ASC, cooperating_unit ASC
LIMIT $limit
