// parks_by_industry: which industries do the parks build on? One row per industry
// named by at least one Park: how many parks, and which (name@host region: two cities'
// 高新技术产业园 are two parks).
// Parameters: $since, $until (ISO day or null): only facts dated in that slice (kg.graph.timeslice); an undated
//   fact is left out of a bounded slice.
//   A park is in the slice when a fact about it is (its LOCATED_IN or a MENTIONS).
MATCH (p:Park)
WHERE ($since IS NULL AND $until IS NULL)
   OR EXISTS { MATCH (p)-[r]-() WHERE ($since IS NULL OR r.date >= $since) AND ($until IS NULL OR r.date <= $until) }
UNWIND coalesce(p.industries, []) AS industry
WITH industry, p.id AS park
ORDER BY park ASC
WITH industry, collect(DISTINCT park) AS parks
RETURN industry, size(parks) AS n_parks, parks
ORDER BY n_parks DESC, industry ASC
