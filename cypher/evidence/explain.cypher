// explain: every record one node comes from (kg explain NAME): each relationship of the nodes
// named $name, with its evidence. A node is named by its key (a Unit's, Region's or Area's name, any other
// node's id), a Unit's or an Area's alias, an Official's or a Park's name, or a Document's number. The
// division table's Region chain (source 'gazetteer', no document's fact) is left out.
// Parameters: $name (string, required).
MATCH (n)
WHERE (CASE WHEN n:Unit OR n:Region OR n:Area THEN n.name ELSE n.id END) = $name
   OR ((n:Unit OR n:Area) AND $name IN coalesce(n.aliases, []))
   OR ((n:Official OR n:Park) AND n.name = $name)
   OR (n:Document AND n.doc_number = $name)
MATCH (n)-[r]-(x)
WHERE coalesce(r.source, '') <> 'gazetteer'
RETURN head(labels(n)) AS label, CASE WHEN n:Unit OR n:Region OR n:Area THEN n.name ELSE n.id END AS node,
       type(r) AS relationship, CASE WHEN startNode(r) = n THEN 'out' ELSE 'in' END AS direction,
       head(labels(x)) AS other_label, CASE WHEN x:Unit OR x:Region OR x:Area THEN x.name ELSE x.id END AS other,
       r.date AS date, r.source AS source, r.start AS start, r.end AS end, r.quote AS quote
ORDER BY label ASC, node ASC, r.start < 0 ASC, source ASC, start ASC, end ASC, relationship ASC,
         direction ASC, other ASC
