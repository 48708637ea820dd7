// parks_by_industry: which industries do the parks build on? One row per industry
// named by at least one Park: how many parks, and which (name@host region: two cities'
// 高新技术产业园 are two parks).
// Parameters: none.
MATCH (p:Park)
UNWIND coalesce(p.industries, []) AS industry
WITH industry, p.id AS park
ORDER BY park ASC
WITH industry, collect(DISTINCT park) AS parks
RETURN industry, size(parks) AS n_parks, parks
ORDER BY n_parks DESC, industry ASC
