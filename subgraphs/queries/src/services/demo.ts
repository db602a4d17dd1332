import { mkdir, rename, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createDemoDatabase, DEMO_GLOSSARY } from '@tessera/demo-data';
import type { Logger } from '@tessera/logger';
import type { GlossaryEntry } from '../data/types.ts';

export const DEMO_SOURCE_NAME = 'Acme Commerce';

export function demoGlossary(): GlossaryEntry[] {
  return DEMO_GLOSSARY.map((entry) => ({ ...entry, terms: [...entry.terms], tables: [...entry.tables] }));
}

/**
 * The demo database is the same for every project (deterministic, read-only), so one file per
 * scale serves them all. It is generated on first use into a temporary file and renamed into
 * place, so a crash mid-generation never leaves a half-written database behind.
 */
export function createDemoDatabaseProvider(options: { dataDir: string; scale: number; logger: Logger }) {
  const file = path.join(options.dataDir, 'demo', `acme-commerce-s${options.scale}.duckdb`);
  let pending: Promise<string> | null = null;
  return {
    path: file,
    ensure(): Promise<string> {
      pending ??= (async () => {
        if (
          await stat(file).then(
            () => true,
            () => false,
          )
        )
          return file;
        await mkdir(path.dirname(file), { recursive: true });
        const temporary = `${file}.${os.hostname()}.${process.pid}.tmp`;
        await rm(temporary, { force: true });
        const started = Date.now();
        const instance = await createDemoDatabase(temporary, { scale: options.scale });
        instance.closeSync();
        await rm(`${temporary}.wal`, { force: true });
        await rename(temporary, file);
        options.logger.info(
          { file, scale: options.scale, ms: Date.now() - started },
          'demo database generated',
        );
        return file;
      })().catch((error: unknown) => {
        pending = null;
        throw error;
      });
      return pending;
    },
  };
}

export type DemoDatabaseProvider = ReturnType<typeof createDemoDatabaseProvider>;
