import type { Identity } from '@tessera/auth';
import { AppError } from '@tessera/errors';
import type { DataSourceRow } from '../data/index.ts';

/** Placeholder until the semantic model lands: an empty model, edits refused. */
export function createModelService() {
  return {
    async get(_identity: Identity, _source: DataSourceRow) {
      return { asOf: null, tables: [], relationships: [], version: 0 };
    },
    async update(_identity: Identity, _input: { dataSourceId: string }): Promise<never> {
      throw AppError.badInput('dataSourceId', 'The semantic model cannot be edited yet');
    },
  };
}

export type ModelService = ReturnType<typeof createModelService>;
