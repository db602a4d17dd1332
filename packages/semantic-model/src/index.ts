export type {
  ColumnEdit,
  ColumnProfile,
  ColumnRole,
  ForeignKeyProfile,
  ModelColumn,
  ModelEdits,
  ModelTable,
  Relationship,
  RelationshipCandidate,
  SemanticModel,
  SourceProfile,
  TableProfile,
  ValueLabel,
} from './types.ts';
export { ABBREVIATIONS, expandAbbreviation } from './abbreviations.ts';
export { expandedWords, labelFor, splitIdentifier, tableLabelFor } from './labels.ts';
export { inferRole, type RoleGuess } from './roles.ts';
export { inferModel } from './model.ts';
export { relationshipCandidates, relationshipKey } from './relationships.ts';
export { applyEdits, mergeEdits } from './edits.ts';
export { synonymsFor } from './wordnet.ts';
export { BUSINESS_SYNONYMS, columnSynonyms } from './synonyms.ts';
export { typeFamily, type TypeFamily } from './types-normalize.ts';
