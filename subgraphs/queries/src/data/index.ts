import type { Pool } from '@tessera/db';
import { createDataSourcesRepo } from './data-sources-repo.ts';
import { createModelsRepo } from './models-repo.ts';
import { createRunInstancesRepo } from './run-instances-repo.ts';
import { createRunsRepo } from './runs-repo.ts';
import { createSavedQueriesRepo } from './saved-queries-repo.ts';

export * from './types.ts';

export function createRepositories(pool: Pool) {
  return {
    pool,
    dataSources: createDataSourcesRepo(pool),
    runs: createRunsRepo(pool),
    runInstances: createRunInstancesRepo(pool),
    savedQueries: createSavedQueriesRepo(pool),
    models: createModelsRepo(pool),
  };
}

export type Repositories = ReturnType<typeof createRepositories>;
