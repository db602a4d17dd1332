// Running SQL through the gateway: the helpers live in @tessera/testing (also used by subgraph suites).
export { demoSourceId, RUN_QUERY, runQuery, type Run } from '@tessera/testing';
