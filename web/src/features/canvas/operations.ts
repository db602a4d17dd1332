import { graphql } from '../../gql';

export const ProjectCanvasesDocument = graphql(`
  query ProjectCanvases($id: ID!) {
    project(id: $id) {
      id
      canvases {
        id
        name
        updatedAt
        commentCount
      }
    }
    canvasTemplates {
      id
      name
      description
    }
  }
`);

export const CreateCanvasDocument = graphql(`
  mutation CreateCanvas($input: CreateCanvasInput!) {
    createCanvas(input: $input) {
      id
      name
    }
  }
`);

export const CanvasHeaderDocument = graphql(`
  query CanvasHeader($id: ID!) {
    canvas(id: $id) {
      id
      name
      canEdit
      blocks {
        id
        type
        position {
          x
          y
          w
          h
        }
        content
      }
      project {
        id
        name
        organization {
          id
        }
        dataSources {
          id
          name
        }
      }
    }
  }
`);

export const RenameCanvasDocument = graphql(`
  mutation RenameCanvas($id: ID!, $name: String!) {
    renameCanvas(id: $id, name: $name) {
      id
      name
    }
  }
`);
