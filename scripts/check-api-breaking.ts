// Fails when schema/api.graphql (the client-facing API) has a breaking change compared with a
// previous version: by default the version in the parent commit (API_BASE_REF=<git ref> overrides).
// Additions and deprecations pass; removals and type changes that break partners do not.
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { CriticalityLevel, diff } from '@graphql-inspector/core';
import { buildSchema } from 'graphql';

const ref = process.env.API_BASE_REF ?? 'HEAD~1';
let previous: string;
try {
  previous = execFileSync('git', ['show', `${ref}:schema/api.graphql`], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
} catch {
  console.log(`no schema/api.graphql at ${ref}: nothing to compare`);
  process.exit(0);
}
const current = await readFile(new URL('../schema/api.graphql', import.meta.url), 'utf8');
const changes = await diff(buildSchema(previous), buildSchema(current));
const breaking = changes.filter((c) => c.criticality.level === CriticalityLevel.Breaking);
for (const change of changes) console.log(`${change.criticality.level.padEnd(13)} ${change.message}`);
if (breaking.length > 0) {
  console.error(`\n${breaking.length} breaking change(s) to the public API compared with ${ref}. Keep the old fields (deprecate them) instead.`);
  process.exit(1);
}
console.log(`public API: ${changes.length} change(s) since ${ref}, none breaking`);
