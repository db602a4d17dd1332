import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PLATFORM_ARGS } from './platform-command.ts';
import { root } from './platform-process.ts';

describe('PLATFORM_ARGS', () => {
  it('is what `npm start` runs after node', () => {
    const manifest = JSON.parse(readFileSync(`${root}/package.json`, 'utf8')) as {
      scripts: { start: string };
    };
    expect(manifest.scripts.start).toBe(['node', ...PLATFORM_ARGS].join(' '));
  });
});
