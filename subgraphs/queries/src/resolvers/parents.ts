// What the services hand the resolvers for each GraphQL type (codegen.ts maps the types to these).
export type { DataSourceRow, RunRow, SavedQueryRow } from '../data/index.ts';
export interface EntityRef {
  id: string;
}
