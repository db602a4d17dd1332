import {
  inferModel,
  relationshipCandidates,
  type SemanticModel,
  type SourceProfile,
} from '@tessera/semantic-model';
import type { Dialect, QueryEngine, TableInfo } from '../../engines/types.ts';
import { checkContainment, profileTables, type Budget } from './profile.ts';

/**
 * A source's model from its engine: sampled statistics per column, the name-matched key
 * candidates checked for containment (declared foreign keys need no check), then inference.
 */
export async function inferSourceModel(
  engine: QueryEngine,
  dialect: Dialect,
  tables: TableInfo[],
  options: { live: boolean; today: string; budget: Budget },
): Promise<SemanticModel> {
  const profile: SourceProfile = {
    tables: await profileTables(engine, dialect, tables, options.budget),
    live: options.live,
    today: options.today,
  };
  const candidates = relationshipCandidates(profile).filter((c) => c.reason === 'name');
  const contained = await checkContainment(engine, dialect, tables, candidates, options.budget);
  return inferModel(profile, { contained });
}

export function budgetOf(ms: number): Budget {
  return { deadline: Date.now() + ms, signal: AbortSignal.timeout(ms + 5_000) };
}
