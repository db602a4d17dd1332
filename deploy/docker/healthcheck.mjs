/* global process, console, fetch, AbortSignal */
// Docker HEALTHCHECK of the Node service images: GET http://127.0.0.1:<port>/health (the gateway:
// /readyz, its supergraph and every subgraph; HEALTH_PATH overrides), exit 0 on 200.
// The port is the one the service itself reads (PORT for the gateway, <NAME>_PORT for the others),
// so a port changed at run time is still checked. HEALTH_PORT overrides it; an unknown WORKSPACE
// uses whichever of those variables is set.
const PORT_VARIABLES = {
  gateway: ['PORT', 4000],
  'subgraphs/accounts': ['ACCOUNTS_PORT', 4001],
  'subgraphs/queries': ['QUERIES_PORT', 4002],
  'subgraphs/canvases': ['CANVASES_PORT', 4003],
  'subgraphs/comments': ['COMMENTS_PORT', 4004],
  'subgraphs/ai': ['AI_PORT', 4005],
  'collab-server': ['COLLAB_PORT', 4006],
};

function portOf(env) {
  if (env.HEALTH_PORT) return env.HEALTH_PORT;
  // The canvases worker (same workspace, its own entry) serves /health on WORKER_PORT.
  if (env.SERVICE_ENTRY?.endsWith('/worker.ts')) return env.WORKER_PORT || '4007';
  const known = PORT_VARIABLES[env.WORKSPACE ?? ''];
  if (known) return env[known[0]] || String(known[1]);
  // Another workspace booting one of the services (e.g. a platform entry): the port variable set.
  const set = Object.values(PORT_VARIABLES).find(([name]) => env[name]);
  return set ? env[set[0]] : '4000';
}

const port = portOf(process.env);
const probePath = process.env.HEALTH_PATH || (process.env.WORKSPACE === 'gateway' ? '/readyz' : '/health');

try {
  const response = await fetch(`http://127.0.0.1:${port}${probePath}`, {
    signal: AbortSignal.timeout(4_000),
  });
  if (!response.ok) console.error(`health: ${response.status} ${(await response.text()).slice(0, 500)}`);
  process.exit(response.ok ? 0 : 1);
} catch (error) {
  console.error(`health: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
