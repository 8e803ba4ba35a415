// Runs one query with the official Neo4j JavaScript driver and prints the records as JSON.
// Usage: node js_driver_query.cjs URI PASSWORD
const neo4j = require('neo4j-driver');

async function main() {
  const [uri, password] = process.argv.slice(2);
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', password), { disableLosslessIntegers: true });
  try {
    const session = driver.session({ database: 'news' });
    try {
      const result = await session.run('MATCH (p:Person {name: $name}) RETURN p.name AS name, p.age AS age, p', { name: 'Ann' });
      const rows = result.records.map(r => ({ name: r.get('name'), age: r.get('age'), labels: r.get('p').labels, uri: r.get('p').properties.uri }));
      console.log(JSON.stringify({ rows, server: result.summary.server.agent, protocol: result.summary.server.protocolVersion }));
    } finally {
      await session.close();
    }
  } finally {
    await driver.close();
  }
}

main().catch(e => { console.error(e.code + ': ' + e.message); process.exit(1); });
