import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const dockerfile = readFileSync(
  new URL('../../deploy/docker/node-service.Dockerfile', import.meta.url),
  'utf8',
);

interface Stage {
  name: string;
  from: string;
  users: string[];
}

/** The Dockerfile's stages in order, with each stage's base and its USER instructions. */
function stages(): Stage[] {
  const result: Stage[] = [];
  for (const raw of dockerfile.split('\n')) {
    const line = raw.trim();
    const from = /^FROM\s+(\S+)(?:\s+AS\s+(\S+))?/i.exec(line);
    if (from) result.push({ from: from[1]!, name: from[2] ?? `#${result.length}`, users: [] });
    const user = /^USER\s+(\S+)/i.exec(line);
    if (user) result.at(-1)!.users.push(user[1]!);
  }
  return result;
}

/** The user a target runs as: its last USER, else its base stage's (images default to root). */
function effectiveUser(target: string): string {
  const all = stages();
  let stage = all.find((s) => s.name === target);
  while (stage) {
    if (stage.users.length > 0) return stage.users.at(-1)!;
    const base = stage.from;
    stage = all.find((s) => s.name === base);
  }
  return 'root';
}

describe('node-service image', () => {
  it.each(['gateway', 'runtime'])('the %s target runs as a numeric non-root user', (target) => {
    const user = effectiveUser(target);
    expect(user).toMatch(/^\d+(:\d+)?$/); // numeric: runAsNonRoot can verify it
    expect(Number(user.split(':')[0])).toBeGreaterThan(0);
    expect(Number(user.split(':')[1] ?? 1)).toBeGreaterThan(0);
  });

  it('the last stage is the runtime (the default target) and the service code is root-owned', () => {
    expect(stages().at(-1)!.name).toBe('runtime');
    for (const copy of dockerfile.split('\n').filter((l) => /^COPY\s+--from=(pruned|web)/.test(l)))
      expect(copy).toContain('--chown=root:root');
  });
});
