import { describe, expect, it } from 'vitest';
import { withoutPaths } from './upload-service.ts';

describe('upload errors', () => {
  it('never carry a server path', () => {
    const raw = '/srv/tessera/.data/uploads/5b1e-1733.parquet';
    const messages = [
      `Invalid Input Error: No magic bytes found at end of file '${raw}'`,
      'IO Error: Input is not a GZIP stream: .data/uploads/5b1e-1733.csv\nLINE 1: ...',
      'Invalid Error: C:\\tessera\\.data\\uploads\\x.csv: bad',
    ];
    for (const message of messages) {
      const clean = withoutPaths(message, [raw, '/srv/tessera/.data/uploads']);
      expect(clean).not.toMatch(/\.data|uploads|\/srv|tessera\\|\.parquet|\.csv/);
      expect(clean).toContain('the file');
      expect(clean).not.toContain('\n');
    }
  });

  it('name a broken Parquet file once, when the known path is the uploads folder', () => {
    const message =
      "Invalid Input Error: No magic bytes found at end of file '/srv/tessera/.data/uploads/5b1e-1733.parquet'";
    for (const known of [
      ['/srv/tessera/.data/uploads'],
      ['/srv/tessera/.data/uploads/5b1e-1733.parquet'],
      [],
    ]) {
      expect(withoutPaths(message, known)).toBe(
        "Invalid Input Error: No magic bytes found at end of file 'the file'",
      );
    }
  });
});
