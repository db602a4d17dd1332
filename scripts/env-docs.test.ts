import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const root = new URL('..', import.meta.url);
const read = (file: string) => readFileSync(new URL(file, root), 'utf8');

/** Every variable a workspace's config.ts (or the platform's) parses. */
function configVariables(): Map<string, string> {
  const files = execFileSync('git', ['ls-files', '*/config.ts', 'scripts/platform/config.ts'], {
    cwd: root,
    encoding: 'utf8',
  })
    .split('\n')
    .filter((f) => f && !f.startsWith('packages/config/'));
  const variables = new Map<string, string>();
  for (const file of files) {
    for (const match of read(file).matchAll(/^\s+([A-Z][A-Z0-9_]{2,}):/gm)) variables.set(match[1]!, file);
  }
  return variables;
}

describe('configuration documentation', () => {
  const variables = configVariables();

  it('finds the variables of every service', () => {
    expect(variables.size).toBeGreaterThan(60);
  });

  it('lists every variable in .env.example', () => {
    const example = read('.env.example');
    const missing = [...variables].filter(([name]) => !new RegExp(`(^|#\\s*)${name}=`, 'm').test(example));
    expect(missing).toEqual([]);
  });

  it('lists every variable in turbo.json globalEnv', () => {
    const env = new Set((JSON.parse(read('turbo.json')) as { globalEnv: string[] }).globalEnv);
    expect([...variables.keys()].filter((name) => !env.has(name))).toEqual([]);
  });
});
