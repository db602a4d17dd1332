import { graphql } from '../../gql';

/**
 * Results name their types (codegen adds `__typename`), so urql's document cache refreshes the
 * queries a mutation's result touches. deleteDataSource answers a Boolean, which names no type:
 * its callers say it removed a DataSource.
 */
export const DATA_SOURCE_DELETED = { additionalTypenames: ['DataSource'] };

export const DataSourceListItemFragment = graphql(`
  fragment DataSourceListItem_DataSource on DataSource {
    id
    name
    kind
    createdAt
  }
`);

export const DataSourcesDocument = graphql(`
  query DataSources($projectId: ID!) {
    project(id: $projectId) {
      id
      name
      dataSources {
        id
        ...DataSourceListItem_DataSource
      }
    }
  }
`);

export const DataSourceDetailDocument = graphql(`
  query DataSourceDetail($id: ID!) {
    dataSource(id: $id) {
      id
      name
      kind
      connection
      createdAt
      project {
        id
      }
    }
  }
`);

export const DataSourceTablesDocument = graphql(`
  query DataSourceTables($id: ID!, $refresh: Boolean) {
    dataSource(id: $id) {
      id
      tables(refresh: $refresh) {
        name
        schema
        columns {
          name
          type
        }
        foreignKeys {
          columns
          referencedTable
          referencedColumns
        }
      }
    }
  }
`);

export const SemanticModelFields = graphql(`
  fragment SemanticModel_Fields on SemanticModel {
    asOf
    version
    tables {
      name
      label
      description
      columns {
        name
        label
        role
        aggregation
        description
        synonyms
        values {
          value
          label
        }
      }
    }
    relationships {
      fromTable
      fromColumn
      toTable
      toColumn
      inferred
    }
  }
`);

export const DataSourceModelDocument = graphql(`
  query DataSourceModel($id: ID!) {
    dataSource(id: $id) {
      id
      model {
        ...SemanticModel_Fields
      }
    }
  }
`);

export const UpdateSemanticModelDocument = graphql(`
  mutation UpdateSemanticModel($input: UpdateSemanticModelInput!) {
    updateSemanticModel(input: $input) {
      ...SemanticModel_Fields
    }
  }
`);

export const DataSourceGlossaryDocument = graphql(`
  query DataSourceGlossary($id: ID!) {
    dataSource(id: $id) {
      id
      glossary {
        terms
        definition
        kind
        expression
        filter
        tables
        timeColumn
      }
    }
  }
`);

export const CreateDataSourceDocument = graphql(`
  mutation CreateDataSource($input: CreateDataSourceInput!) {
    createDataSource(input: $input) {
      id
      name
      kind
      connection
      createdAt
    }
  }
`);

export const UpdateDataSourceDocument = graphql(`
  mutation UpdateDataSource($input: UpdateDataSourceInput!) {
    updateDataSource(input: $input) {
      id
      name
      kind
      connection
      glossary {
        terms
        definition
        kind
        expression
        filter
        tables
        timeColumn
      }
    }
  }
`);

export const DeleteDataSourceDocument = graphql(`
  mutation DeleteDataSource($id: ID!) {
    deleteDataSource(id: $id)
  }
`);

export const TestDataSourceConnectionDocument = graphql(`
  mutation TestDataSourceConnection($id: ID!) {
    testDataSourceConnection(id: $id) {
      ok
      latencyMs
      error {
        code
        message
      }
    }
  }
`);

export const TestConnectionDocument = graphql(`
  mutation TestConnection($input: TestConnectionInput!) {
    testConnection(input: $input) {
      ok
      latencyMs
      error {
        code
        message
      }
    }
  }
`);

export const CreateFileUploadDocument = graphql(`
  mutation CreateFileUpload($input: CreateFileUploadInput!) {
    createFileUpload(input: $input) {
      uploadUrl
      expiresAt
      dataSource {
        id
        name
        kind
      }
    }
  }
`);
