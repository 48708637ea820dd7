// document_citations: what does a document cite or repeal, and what cites or repeals
// it? One row per citation: direction 'out' (this document cites/repeals the other)
// or 'in' (the other cites/repeals this one), with the other document's title and
// where the citation was read (body text or a 发文目录).
// Parameters: $doc (string, required): a Document id or doc number (甬政发〔2021〕59号).
MATCH (d:Document)
WHERE d.id = $doc OR d.doc_number = $doc
MATCH (d)-[r:CITES|REPEALS]-(x:Document)
RETURN DISTINCT d.id AS document,
       CASE WHEN startNode(r) = d THEN 'out' ELSE 'in' END AS direction,
       type(r) AS relationship, x.id AS other, x.title AS other_title, r.context AS context
ORDER BY document ASC, direction ASC, relationship ASC, other ASC, context ASC
