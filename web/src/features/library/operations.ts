import { graphql } from '../../gql';

export const SavedQueryFieldsFragment = graphql(`
  fragment SavedQueryFields on SavedQuery {
    id
    name
    sql
    createdAt
    updatedAt
    dataSource {
      id
      name
      kind
    }
  }
`);

export const SavedQueriesDocument = graphql(`
  query SavedQueries($projectId: ID!) {
    savedQueries(projectId: $projectId) {
      ...SavedQueryFields
    }
  }
`);

export const SaveQueryDocument = graphql(`
  mutation SaveQuery($input: SaveQueryInput!) {
    saveQuery(input: $input) {
      ...SavedQueryFields
    }
  }
`);

export const UpdateSavedQueryDocument = graphql(`
  mutation UpdateSavedQuery($input: UpdateSavedQueryInput!) {
    updateSavedQuery(input: $input) {
      ...SavedQueryFields
    }
  }
`);

export const DeleteSavedQueryDocument = graphql(`
  mutation DeleteSavedQuery($id: ID!) {
    deleteSavedQuery(id: $id)
  }
`);

export const QueryHistoryDocument = graphql(`
  query QueryHistory($projectId: ID, $first: Int, $after: String, $status: QueryRunStatus) {
    queryHistory(projectId: $projectId, first: $first, after: $after, status: $status) {
      edges {
        cursor
        node {
          id
          status
          sql
          parameters
          rowCount
          durationMs
          cached
          createdAt
          error {
            code
            message
          }
          dataSource {
            id
            name
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
