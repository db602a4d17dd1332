import { graphql } from '../../gql';

export const ProjectHomeDocument = graphql(`
  query ProjectHome($id: ID!) {
    project(id: $id) {
      id
      name
      createdAt
      organization {
        id
        name
      }
      dataSources {
        ...DataSourceTile_DataSource
      }
    }
  }
`);

export const DataSourceTileFragment = graphql(`
  fragment DataSourceTile_DataSource on DataSource {
    id
    name
    kind
    createdAt
  }
`);

export const CreateProjectDocument = graphql(`
  mutation CreateProject($input: CreateProjectInput!) {
    createProject(input: $input) {
      id
      name
      organization {
        id
        projects {
          id
          name
        }
      }
    }
  }
`);
