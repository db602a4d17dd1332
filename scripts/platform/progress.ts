/** Readable start-up progress on stdout: one line per step, with its duration. */
export function step(label: string) {
  const started = Date.now();
  process.stdout.write(`  … ${label}\n`);
  return {
    done(detail = '') {
      process.stdout.write(`  ✓ ${label}${detail ? ` — ${detail}` : ''} (${Date.now() - started} ms)\n`);
    },
    fail(error: unknown) {
      process.stdout.write(
        `  ✗ ${label}: ${error instanceof Error ? error.message : String(error ?? 'failed')}\n`,
      );
    },
  };
}
