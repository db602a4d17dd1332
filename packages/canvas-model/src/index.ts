// `@tessera/canvas-model`: the canvas block model shared by the web app, the canvases subgraph and
// the collab server (SPEC.md). Browser-safe: yjs, lib0 and zod only. The collab wire contract is
// `@tessera/canvas-model/collab`.
export * from './document/types.ts';
export {
  SERVER_ORIGIN,
  addBlock,
  blockText,
  blocksOf,
  canvasName,
  metaOf,
  moveBlock,
  projectBlock,
  projectBlocks,
  removeBlock,
  setCanvasName,
  updateBlock,
  type BlockMap,
} from './document/blocks.ts';
export { applyTextDiff } from './document/text-diff.ts';
export {
  changeStoredDocument,
  docFromProjection,
  docFromStored,
  mergeStates,
  type StoredDocumentChange,
} from './document/projection.ts';
export * from './document/limits.ts';
export { BLOCK_KINDS, allBlockKinds, blockKind, dependenciesOf, newBlockOf } from './registry.ts';
export {
  PARAMETER_NAME,
  type BlockKind,
  type Dependency,
  type FieldIssue,
  type NewBlockContext,
} from './blocks/shared.ts';
export { sqlContent } from './blocks/sql.ts';
export {
  AGGREGATIONS,
  CHART_TYPES,
  CHART_FORMATS,
  CHART_DATE_FORMATS,
  CHART_SORTS,
  CHART_PALETTES,
  CHART_NEEDS,
  MAX_TOP_N,
  chartOptions,
  chartContent,
  chartContentOf,
  chartTypeOf,
  chartViewOf,
  type ChartType,
  type ChartView,
  type ChartOptions,
} from './blocks/chart.ts';
export { tableContent } from './blocks/table.ts';
export { textContent } from './blocks/text.ts';
export {
  METRIC_AGGREGATES,
  METRIC_AGGREGATE_LABELS,
  METRIC_FORMATS,
  METRIC_FORMAT_LABELS,
  aggregateMetric,
  metricAggregateOf,
  metricContent,
  type MetricAggregate,
  type MetricFormat,
} from './blocks/metric.ts';
export { formatMetric, formatNumber, type NumberStyle } from './number-format.ts';
export {
  FILTER_KINDS,
  FILTER_VALUE,
  filterContent,
  filterParameterNames,
  freeParameterName,
  readFilter,
  type FilterBlock,
  type FilterKind,
} from './blocks/filter.ts';
export { placeholdersIn } from './placeholders.ts';
export {
  BLOCK_NAME,
  blockNameIssue,
  blockNameOf,
  copyTitle,
  duplicateOf,
  nameFromTitle,
  uniqueBlockName,
} from './names.ts';
export {
  bindingBlock,
  bindingSlug,
  bindingsIn,
  parseBinding,
  resultBlockOf,
  type Binding,
} from './bindings.ts';
export {
  canvasParameters,
  expandFilterValue,
  filterBlocks,
  filterValueIssues,
  filterValuesIssues,
  parametersFor,
  withLockedFilters,
  type ParameterSources,
} from './parameters.ts';
export {
  MAX_CONTENT_DEPTH,
  MAX_CONTENT_INPUT_BYTES,
  checkBlockContent,
  checkPosition,
  mergeContent,
  positionSchema,
  type Checked,
} from './validation.ts';
export {
  MAX_CHAIN_DEPTH,
  blockReferencesIn,
  blocksReading,
  chainDependents,
  chainParametersIn,
  chainPlan,
  chainReadsOf,
  referenceUpdatesForRename,
  renameBlockReferences,
  sqlBlocksByName,
  withResultTables,
  type ChainPlan,
} from './chain.ts';
