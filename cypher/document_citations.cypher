// document_citations: what does a document cite or repeal, and what cites or repeals
// it? One row per citation: direction 'out' (this document cites/repeals the other)
// or 'in' (the other cites/repeals this one), with the other document's title and
// where the citation was read (body text or a 发文目录).
// Parameters: $doc (string, required): a Document id or doc number (甬政发〔2021〕59号).
// $since, $until (ISO day or null): only facts dated in that slice (kg.graph.timeslice); an undated
//   fact is left out of a bounded slice.
MATCH (d:Document)
WHERE d.id = $doc OR d.doc_number = $doc
MATCH (d)-[r:CITES|REPEALS]-(x:Document)
WHERE ($since IS NULL OR r.date >= $since) AND ($until IS NULL OR r.date <= $until)
RETURN DISTINCT d.id AS document,
       CASE WHEN startNode(r) = d THEN 'out' ELSE 'in' END AS direction,
       type(r) AS relationship, x.id AS other, x.title AS other_title, r.context AS context
ORDER BY document ASC, direction ASC, relationship ASC, other ASC, context ASC
