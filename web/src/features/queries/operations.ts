import { graphql } from '../../gql';

/**
 * A run as the app holds it, its `rows` decoded: the type every block, the result table and the
 * runner's state see. No operation asks for it: they ask for QueryRunData (the rows as one JSON
 * text) and the runner decodes it once (query-runner.ts `decodeRun`); canvas and embed runs arrive
 * in this shape already (runCanvasBlock and runSharedBlock answer the run as JSON).
 */
export const QueryRunFieldsFragment = graphql(`
  fragment QueryRunFields on QueryRun {
    id
    status
    sql
    columns {
      name
      type
    }
    rows
    rowCount
    truncated
    cached
    durationMs
    error {
      code
      message
      position
      limitSeconds
      maxLimitSeconds
    }
    ...ResultTable_QueryRun
  }
`);

/**
 * What the run operations fetch: QueryRunFields with the rows as `rowsJson`, one JSON text, so a
 * large result costs the servers and the browser one string instead of a value per cell.
 */
export const QueryRunDataFragment = graphql(`
  fragment QueryRunData on QueryRun {
    id
    status
    sql
    columns {
      name
      type
    }
    rowsJson
    rowCount
    truncated
    cached
    durationMs
    error {
      code
      message
      position
      limitSeconds
      maxLimitSeconds
    }
  }
`);

export const DataSourceSchemaDocument = graphql(`
  query DataSourceSchema($id: ID!) {
    dataSource(id: $id) {
      id
      name
      kind
      tables {
        name
        schema
        columns {
          name
          type
        }
      }
    }
  }
`);

export const ProjectDataSourcesDocument = graphql(`
  query ProjectDataSources($id: ID!) {
    project(id: $id) {
      id
      name
      dataSources {
        id
        name
        kind
      }
    }
  }
`);

export const RunQueryDocument = graphql(`
  mutation RunQuery($input: RunQueryInput!) {
    runQuery(input: $input) {
      ...QueryRunData
    }
  }
`);

export const QueryRunDocument = graphql(`
  query QueryRun($id: ID!) {
    queryRun(id: $id) {
      ...QueryRunData
    }
  }
`);

export const QueryRunUpdatedDocument = graphql(`
  subscription QueryRunUpdated($id: ID!) {
    queryRunUpdated(id: $id) {
      ...QueryRunData
    }
  }
`);

export const CancelQueryRunDocument = graphql(`
  mutation CancelQueryRun($id: ID!) {
    cancelQueryRun(id: $id) {
      ...QueryRunData
    }
  }
`);

export const SchemaModelDocument = graphql(`
  query SchemaModel($id: ID!) {
    dataSource(id: $id) {
      id
      model {
        version
        tables {
          name
          label
          columns {
            name
            label
            role
          }
        }
      }
    }
  }
`);

export const ExportQueryRunDocument = graphql(`
  mutation ExportQueryRun($id: ID!, $format: ExportFormat!) {
    exportQueryRun(id: $id, format: $format) {
      url
      expiresAt
    }
  }
`);

export const QueryRunSourceDocument = graphql(`
  query QueryRunSource($id: ID!) {
    queryRun(id: $id) {
      id
      sql
      parameters
      dataSource {
        id
      }
    }
  }
`);
