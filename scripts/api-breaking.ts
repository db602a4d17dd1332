// What `npm run schema:breaking` decides: which changes to schema/api.graphql break partners.
// A non-null output field made nullable is breaking by default (a partner's code may assume a
// value); it passes only when scripts/api-relaxations.json lists it, reviewed, with its reason.
import { CriticalityLevel, diff, type Change } from '@graphql-inspector/core';
import { buildSchema, isInterfaceType, isObjectType, type GraphQLSchema } from 'graphql';

export interface AcceptedRelaxation {
  /** `Type.field` of an output field. */
  field: string;
  /** The type before and after, e.g. `CommentConnection!` → `CommentConnection`. */
  from: string;
  to: string;
  /** Why a partner is better served by null than by losing the whole answer. */
  reason: string;
  /** Who reviewed it, where (issue / review). */
  reviewed: string;
}

export interface ApiChanges {
  all: Change[];
  /** Breaking changes not covered by the allow-list: the check fails on any. */
  breaking: Change[];
  /** Breaking changes the allow-list accepts (non-null → nullable output fields only). */
  accepted: Change[];
}

/** True when `change` makes an output field of `schema` nullable, exactly as `relaxation` says. */
function isListedRelaxation(
  change: Change,
  relaxations: AcceptedRelaxation[],
  schema: GraphQLSchema,
): boolean {
  if (change.type !== 'FIELD_TYPE_CHANGED' || !change.path) return false;
  const meta = change.meta as { typeName?: string; oldFieldType?: string; newFieldType?: string };
  const parent = meta.typeName ? schema.getType(meta.typeName) : undefined;
  if (!parent || !(isObjectType(parent) || isInterfaceType(parent))) return false;
  if (meta.oldFieldType !== `${meta.newFieldType}!`) return false;
  return relaxations.some(
    (r) =>
      r.field === change.path &&
      r.from === meta.oldFieldType &&
      r.to === meta.newFieldType &&
      r.reason.trim() !== '' &&
      r.reviewed.trim() !== '',
  );
}

export async function classifyApiChanges(
  previousSdl: string,
  currentSdl: string,
  relaxations: AcceptedRelaxation[],
): Promise<ApiChanges> {
  const current = buildSchema(currentSdl);
  const all = await diff(buildSchema(previousSdl), current);
  const accepted: Change[] = [];
  const breaking: Change[] = [];
  for (const change of all) {
    if (change.criticality.level !== CriticalityLevel.Breaking) continue;
    (isListedRelaxation(change, relaxations, current) ? accepted : breaking).push(change);
  }
  return { all, breaking, accepted };
}
