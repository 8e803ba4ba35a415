// 4. Who said what (quotations and their speakers)?
// The Cypher twin of 04-quotations.rq.
MATCH (quotation:Quotation)-[:WAS_DERIVED_FROM]->(article:Resource)
WHERE quotation.text IS NOT NULL
OPTIONAL MATCH (quotation)-[:CREATOR]->(speaker:Resource) WHERE speaker.name IS NOT NULL
RETURN speaker.name AS speakerName, quotation.text AS text, quotation.isDirect AS direct,
       article.uri AS article, quotation.uri AS quotation
ORDER BY article, quotation;
