// parks_by_industry: which industries do the parks build on? One row per industry
// named by at least one Park: how many parks, and which.
// Parameters: none.
MATCH (p:Park)
UNWIND coalesce(p.industries, []) AS industry
WITH industry, p.name AS park
ORDER BY park ASC
WITH industry, collect(DISTINCT park) AS parks
RETURN industry, size(parks) AS n_parks, parks
ORDER BY n_parks DESC, industry ASC
