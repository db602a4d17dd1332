/* global db, process */
// Runs once, when the MongoDB data volume is first initialised (/docker-entrypoint-initdb.d).
// Creates the application user the canvases subgraph (and the collab server) connect as: readWrite
// on the `tessera` database only (it creates its own collections and indexes). The root user
// (MONGO_INITDB_ROOT_*) is for operators and the healthcheck.
const password = process.env.MONGO_APP_PASSWORD;
if (!password) throw new Error('MONGO_APP_PASSWORD is not set');
db.getSiblingDB('tessera').createUser({
  user: process.env.MONGO_APP_USER || 'tessera',
  pwd: password,
  roles: [{ role: 'readWrite', db: 'tessera' }],
});
