// The default engine's executor alone, @apollo/gateway's executeQueryPlan against Tessera's
// (gateway/src/engines/apollo-executor.ts), in one process, alternately: the classic query
// (bench/gateway/query.graphql) through Apollo Server and the gateway as Tessera builds it, with
// each subgraph answer recorded once from the benchmark's subgraphs (in-process) and replayed as
// JSON text parsed per fetch, as the HTTP data source does. No network, no other process: the
// CPU time per operation of everything but the subgraph round trips, where only the executor differs.
//
// Usage: node --import tsx bench/gateway/executor.ts [--rounds 10] [--operations 100] [--query <file>]
import { readFileSync } from 'node:fs';
import { LocalGraphQLDataSource, type GraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { createApolloGateway } from '../../gateway/src/engines/apollo.ts';
import { useFastExecutor } from '../../gateway/src/engines/apollo-executor.ts';
import { composeSupergraph } from './compose.ts';
import { SUBGRAPHS, SUBGRAPH_NAMES, type SubgraphName } from './subgraphs/schemas.ts';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? args[index + 1]! : fallback;
};
const rounds = Number(option('rounds', '10'));
const operations = Number(option('operations', '100'));
const query = readFileSync(option('query', new URL('./query.graphql', import.meta.url).pathname), 'utf8');

/** Records each distinct subgraph request's answer as JSON text, then replays it parsed anew. */
function replaying(name: SubgraphName): GraphQLDataSource {
  const { typeDefs, resolvers } = SUBGRAPHS[name];
  const local = new LocalGraphQLDataSource(buildSubgraphSchema({ typeDefs, resolvers }));
  const answers = new Map<string, string>();
  return {
    async process(options) {
      const key = `${options.request.query}\n${JSON.stringify(options.request.variables)}`;
      let text = answers.get(key);
      if (text === undefined) {
        text = JSON.stringify(await local.process(options));
        answers.set(key, text);
      }
      return JSON.parse(text) as never;
    },
  };
}

const urls = Object.fromEntries(SUBGRAPH_NAMES.map((n) => [n, `http://${n}`])) as Record<
  SubgraphName,
  string
>;
const server = new ApolloServer({
  gateway: createApolloGateway({
    supergraphSdl: composeSupergraph(urls),
    buildService: ({ name }) => replaying(name as SubgraphName) as never,
  }),
});
await server.start();

async function run(count: number): Promise<number> {
  const started = process.cpuUsage();
  for (let i = 0; i < count; i++) {
    const response = await server.executeOperation({ query });
    if (response.body.kind !== 'single' || response.body.singleResult.errors)
      throw new Error(`unexpected answer: ${JSON.stringify(response.body)}`);
  }
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1000 / count;
}

const variants = { apollo: false, tessera: true } as const;
const results: Record<keyof typeof variants, number[]> = { apollo: [], tessera: [] };
for (const fast of Object.values(variants)) {
  useFastExecutor(fast);
  await run(operations); // warm-up (and recording)
}
for (let round = 0; round < rounds; round++)
  for (const [name, fast] of Object.entries(variants) as [keyof typeof variants, boolean][]) {
    useFastExecutor(fast);
    results[name].push(await run(operations));
  }
await server.stop();

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
for (const [name, values] of Object.entries(results))
  console.log(
    `${name.padEnd(8)} CPU ms/operation: median ${median(values).toFixed(3)}  (rounds: ${values.map((v) => v.toFixed(2)).join(' ')})`,
  );
console.log(`tessera/apollo: ×${(median(results.tessera) / median(results.apollo)).toFixed(3)}`);
