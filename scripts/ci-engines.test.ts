import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { freePort } from '@tessera/testing';

// .ci/run runs .ci/engines.sh first (under `set -e`): without Redis, CI must stop there, loudly.
const engines = fileURLToPath(new URL('../.ci/engines.sh', import.meta.url));

describe('.ci/engines.sh', () => {
  it('fails with a clear message when Redis does not answer (and prints no credentials)', async () => {
    const port = await freePort();
    const result = spawnSync('bash', [engines], {
      env: { ...process.env, REDIS_URL: `redis://user:s3cret@127.0.0.1:${port}/0` },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`FAILED: Redis is not answering at 127.0.0.1:${port}.`);
    expect(result.stdout + result.stderr).not.toContain('s3cret');
  });
});
