// Fails when schema/api.graphql (the client-facing API) has a breaking change compared with a
// previous version: by default the version in the parent commit (API_BASE_REF=<git ref> overrides).
// Additions and deprecations pass; removals and type changes that break partners do not, except
// the reviewed non-null → nullable output fields listed in scripts/api-relaxations.json.
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { classifyApiChanges, type AcceptedRelaxation } from './api-breaking.ts';

const ref = process.env.API_BASE_REF ?? 'HEAD~1';
let previous: string;
try {
  previous = execFileSync('git', ['show', `${ref}:schema/api.graphql`], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
} catch {
  console.log(`no schema/api.graphql at ${ref}: nothing to compare`);
  process.exit(0);
}
const current = await readFile(new URL('../schema/api.graphql', import.meta.url), 'utf8');
const { relaxations } = JSON.parse(
  await readFile(new URL('./api-relaxations.json', import.meta.url), 'utf8'),
) as { relaxations: AcceptedRelaxation[] };
const { all, breaking, accepted } = await classifyApiChanges(previous, current, relaxations);
for (const change of all) {
  const level = accepted.includes(change) ? 'ACCEPTED' : change.criticality.level;
  console.log(
    `${level.padEnd(13)} ${change.message}${level === 'ACCEPTED' ? ' (reviewed relaxation, scripts/api-relaxations.json)' : ''}`,
  );
}
if (breaking.length > 0) {
  console.error(
    `\n${breaking.length} breaking change(s) to the public API compared with ${ref}. Keep the old fields (deprecate them) instead.`,
  );
  process.exit(1);
}
console.log(
  `public API: ${all.length} change(s) since ${ref}, none breaking${accepted.length ? ` (${accepted.length} reviewed relaxation(s) accepted)` : ''}`,
);
