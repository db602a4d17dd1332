// The monorepo's import boundaries (docs/ARCHITECTURE.md, issue 18): a library in packages/ never
// imports an application, the web app never imports the collab server, and nothing outside e2e/
// imports from e2e/. Checked by scripts/boundaries.test.ts on every `npm test`.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** The application workspaces: deployables that libraries must not depend on. */
export const APPLICATIONS = [
  '@tessera/accounts',
  '@tessera/ai',
  '@tessera/canvases',
  '@tessera/collab-server',
  '@tessera/comments',
  '@tessera/gateway',
  '@tessera/queries',
];

const SOURCE = /\.(ts|tsx|mts|cts|js|mjs|cjs)$/;
const SKIPPED_DIRS = new Set([
  'node_modules',
  'dist',
  '.data',
  '.turbo',
  '.git',
  'coverage',
  'reports',
  '.stryker-tmp',
  '.test-results',
]);

/** Every module specifier a source file imports or re-exports (static and dynamic). */
export function importsOf(source: string): string[] {
  const specifiers: string[] = [];
  const patterns = [
    /\b(?:import|export)\s[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/g,
    /^\s*import\s*['"]([^'"]+)['"]/gm,
    /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  for (const pattern of patterns) for (const match of source.matchAll(pattern)) specifiers.push(match[1]!);
  return specifiers;
}

export interface Violation {
  file: string;
  specifier: string;
  rule: string;
}

/** The rules one file (path relative to the repository root, with `/`) breaks with its imports. */
export function violationsOf(file: string, source: string): Violation[] {
  const violations: Violation[] = [];
  const outsideE2e = !file.startsWith('e2e/');
  for (const specifier of importsOf(source)) {
    const application = APPLICATIONS.find((app) => specifier === app || specifier.startsWith(`${app}/`));
    if (file.startsWith('packages/') && application)
      violations.push({ file, specifier, rule: 'a library in packages/ imports an application workspace' });
    if (file.startsWith('web/') && application === '@tessera/collab-server')
      violations.push({ file, specifier, rule: 'the web app imports the collab server' });
    if (outsideE2e && specifier.startsWith('.')) {
      const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier));
      if (target === 'e2e' || target.startsWith('e2e/'))
        violations.push({ file, specifier, rule: 'code outside e2e/ imports from e2e/' });
    }
  }
  return violations;
}

/** The workspaces' declared dependencies break the same rule: packages/* never list an application. */
export function manifestViolations(file: string, manifest: string): Violation[] {
  if (!file.startsWith('packages/')) return [];
  const parsed = JSON.parse(manifest) as Record<string, Record<string, string> | undefined>;
  const declared = ['dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies'].flatMap(
    (field) => Object.keys(parsed[field] ?? {}),
  );
  return declared
    .filter((name) => APPLICATIONS.includes(name))
    .map((specifier) => ({
      file,
      specifier,
      rule: 'a library in packages/ depends on an application workspace',
    }));
}

function walk(root: string, dir: string, files: string[]): void {
  for (const entry of readdirSync(path.join(root, dir), { withFileTypes: true })) {
    if (SKIPPED_DIRS.has(entry.name)) continue;
    const relative = dir ? `${dir}/${entry.name}` : entry.name;
    if (entry.isDirectory()) walk(root, relative, files);
    else if (SOURCE.test(entry.name) || (entry.name === 'package.json' && dir.startsWith('packages/')))
      files.push(relative);
  }
}

/** Every boundary violation in the tree under `root`. */
export function findViolations(root: string): Violation[] {
  const files: string[] = [];
  walk(root, '', files);
  return files.flatMap((file) => {
    const text = readFileSync(path.join(root, file), 'utf8');
    return file.endsWith('package.json') ? manifestViolations(file, text) : violationsOf(file, text);
  });
}
