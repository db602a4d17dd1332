import { graphql } from '../../gql';

export const CanvasVersionsDocument = graphql(`
  query CanvasVersions($canvasId: ID!) {
    canvasVersions(canvasId: $canvasId) {
      id
      kind
      name
      number
      createdAt
      createdBy {
        id
        name
      }
    }
  }
`);

export const CanvasVersionPreviewDocument = graphql(`
  query CanvasVersionPreview($id: ID!) {
    canvasVersion(id: $id) {
      id
      number
      canvasName
      blocks {
        id
        type
        content
      }
    }
  }
`);

export const CreateCanvasVersionDocument = graphql(`
  mutation CreateCanvasVersion($canvasId: ID!, $name: String!) {
    createCanvasVersion(canvasId: $canvasId, name: $name) {
      id
    }
  }
`);

export const RestoreCanvasVersionDocument = graphql(`
  mutation RestoreCanvasVersion($canvasId: ID!, $versionId: ID!) {
    restoreCanvasVersion(canvasId: $canvasId, versionId: $versionId) {
      id
      version
    }
  }
`);

export const RestoreCanvasBlockDocument = graphql(`
  mutation RestoreCanvasBlock($canvasId: ID!, $versionId: ID!, $blockId: ID!) {
    restoreCanvasBlock(canvasId: $canvasId, versionId: $versionId, blockId: $blockId) {
      id
      type
      content
    }
  }
`);
