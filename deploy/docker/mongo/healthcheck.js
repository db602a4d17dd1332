/* global db, rs, quit, process */
// Healthcheck of the `mongo` service (mongosh --file): initiates the one-member replica set on the
// first run, then reports healthy only once this member is the writable primary of rs0.
// Credentials come from the container environment, never from the command line.
const admin = db.getSiblingDB('admin');
admin.auth(process.env.MONGO_INITDB_ROOT_USERNAME, process.env.MONGO_INITDB_ROOT_PASSWORD);
try {
  rs.status();
} catch (error) {
  if (error.codeName !== 'NotYetInitialized') throw error;
  const host = process.env.MONGO_REPLICA_HOST || 'mongo:27017';
  rs.initiate({ _id: process.env.MONGO_REPLICA_SET || 'rs0', members: [{ _id: 0, host }] });
}
const hello = db.hello();
quit(hello.setName === (process.env.MONGO_REPLICA_SET || 'rs0') && hello.isWritablePrimary ? 0 : 1);
