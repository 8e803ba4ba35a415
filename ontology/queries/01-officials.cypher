// 1. Which officials hold which post, in which country or institution?
// The Cypher twin of 01-officials.rq, over the graph `kg load` builds (n10s IGNORE naming).
MATCH (official:Person)-[:HOLDS]->(post:Resource)
WHERE official.name IS NOT NULL AND post.name IS NOT NULL
OPTIONAL MATCH (post)-[:POST_IN]->(institution:Resource)
RETURN official.uri AS official, official.name AS name, post.uri AS post, post.name AS title,
       institution.uri AS institution, institution.name AS institutionName
ORDER BY name, title;
