// A data source's tables for the schema browser, with the semantic model's labels and roles when
// the model answers (the tree works from the introspected tables alone if it does not).
import { useMemo } from 'react';
import { useQuery } from 'urql';
import { DataSourceSchemaDocument, SchemaModelDocument } from './operations';
import { withModel, type SchemaTable } from './schema-search';
import { dialectOf, type SqlDialect } from './sql-insert';

export interface SourceSchema {
  tables: SchemaTable[];
  dialect: SqlDialect;
  name: string | null;
  loading: boolean;
  error: string | null;
}

export function useSourceSchema(
  dataSourceId: string | null,
  options: { pause?: boolean } = {},
): SourceSchema {
  const pause = !dataSourceId || options.pause === true;
  const [{ data, fetching, error }] = useQuery({
    query: DataSourceSchemaDocument,
    variables: { id: dataSourceId ?? '' },
    pause,
  });
  const [{ data: model }] = useQuery({
    query: SchemaModelDocument,
    variables: { id: dataSourceId ?? '' },
    pause,
  });
  const source = data?.dataSource ?? null;
  const tables = useMemo(() => withModel(source?.tables ?? [], model?.dataSource?.model), [source, model]);
  return {
    tables,
    dialect: dialectOf(source?.kind),
    name: source?.name ?? null,
    loading: fetching && !data,
    error: error && !data ? (error.graphQLErrors[0]?.message ?? 'The schema could not be loaded') : null,
  };
}
