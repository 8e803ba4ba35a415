// 5. Where in the article does each fact come from?
// The Cypher twin of 05-provenance.rq: NIF phrases (loaded from `kg extract --mentions`) point at
// the resource with TA_IDENT_REF and give the words and their offsets.
MATCH (resource:Resource)-[:WAS_DERIVED_FROM]->(article:NewsArticle)
WHERE NOT resource:OffsetBasedString
OPTIONAL MATCH (phrase:Resource)-[:TA_IDENT_REF]->(resource),
               (phrase)-[:REFERENCE_CONTEXT]->(:Resource)-[:WAS_DERIVED_FROM]->(article)
  WHERE phrase.anchorOf IS NOT NULL AND phrase.beginIndex IS NOT NULL AND phrase.endIndex IS NOT NULL
RETURN article.uri AS article, resource.uri AS resource,
       coalesce(resource.name, resource.label, resource.text) AS description,
       phrase.anchorOf AS anchor, phrase.beginIndex AS begin, phrase.endIndex AS end
ORDER BY article, resource, begin;
