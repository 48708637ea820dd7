// parks_in_region: which parks lie in a region (the park's host, e.g. 余姚市)?
// One row per park with its sector and industries.
// Parameters: $region (string or null): the Region name; null lists every park by region.
// $since, $until (ISO day or null): only facts dated in that slice (kg.graph.timeslice); an undated
//   fact is left out of a bounded slice.
MATCH (p:Park)-[l:LOCATED_IN]->(r:Region)
WHERE ($region IS NULL OR r.name = $region)
  AND ($since IS NULL OR l.date >= $since) AND ($until IS NULL OR l.date <= $until)
RETURN DISTINCT r.name AS region, p.name AS park, p.sector AS sector,
       coalesce(p.industries, []) AS industries
ORDER BY region ASC, park ASC
