import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from './index.ts';

describe('createLogger', () => {
  it('redacts credentials wherever they sit', () => {
    const lines: string[] = [];
    const destination = new Writable({ write: (chunk, _enc, done) => (lines.push(String(chunk)), done()) });
    const logger = createLogger({ name: 't', destination });
    logger.info(
      {
        password: 'hunter22',
        variables: { input: { password: 'p4ss' } },
        headers: { authorization: 'Bearer abc' },
      },
      'x',
    );
    const out = lines.join('');
    expect(out).not.toContain('hunter22');
    expect(out).not.toContain('p4ss');
    expect(out).not.toContain('Bearer abc');
    expect(out).toContain('[redacted]');
  });
});
