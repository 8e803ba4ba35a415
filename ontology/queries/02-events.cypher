// 2. Which events happened, of what type, where, when, and who took part?
// The Cypher twin of 02-events.rq: one row per event, type and actor.
MATCH (event:Event)
UNWIND [type IN labels(event)
        WHERE type IN ['Attack', 'Arrest', 'Raid', 'MilitaryDeployment', 'Meeting', 'Appeal', 'Statement', 'Agreement', 'Conflict']] AS type
OPTIONAL MATCH (event)-[:HAS_PLACE]->(place:Resource) WHERE place.name IS NOT NULL
OPTIONAL MATCH (event)-[:HAS_ACTOR]->(actor:Resource) WHERE actor.name IS NOT NULL
RETURN event.uri AS event, type, event.label AS label, place.name AS placeName,
       event.hasTimeStamp AS date, event.hasBeginTimeStamp AS begin, event.hasEndTimeStamp AS end,
       event.timeExpression AS timeExpression, actor.name AS actorName
ORDER BY event, actorName;
