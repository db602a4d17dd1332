import { graphql } from '../../gql';

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
      ...QueryRunFields
    }
  }
`);

export const QueryRunDocument = graphql(`
  query QueryRun($id: ID!) {
    queryRun(id: $id) {
      ...QueryRunFields
    }
  }
`);

export const QueryRunUpdatedDocument = graphql(`
  subscription QueryRunUpdated($id: ID!) {
    queryRunUpdated(id: $id) {
      ...QueryRunFields
    }
  }
`);

export const CancelQueryRunDocument = graphql(`
  mutation CancelQueryRun($id: ID!) {
    cancelQueryRun(id: $id) {
      ...QueryRunFields
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
