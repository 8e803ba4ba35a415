// 3. Which countries, institutions and regions does an article mention, with their Wikidata links?
// The Cypher twin of 03-places-and-institutions.rq: owl:sameAs becomes a SAME_AS relationship to
// the Wikidata entity's node.
MATCH (article:NewsArticle)-[:MENTIONS]->(entity:Resource)
WHERE entity.name IS NOT NULL
UNWIND [kind IN ['Country', 'City', 'Region', 'Organization'] WHERE kind IN labels(entity)] AS kind
OPTIONAL MATCH (entity)-[:SAME_AS]->(wikidata:Resource)
  WHERE wikidata.uri STARTS WITH 'http://www.wikidata.org/entity/'
RETURN article.uri AS article, article.headline AS headline, kind, entity.uri AS entity,
       entity.name AS name, wikidata.uri AS wikidata
ORDER BY article, kind, name;
