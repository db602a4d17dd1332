import { graphql } from '../../gql';

export const PublicationFieldsFragment = graphql(`
  fragment PublicationFields on Canvas {
    id
    publication {
      id
      version
      publishedAt
      blockIds
      showCode
      note
      publishedBy {
        id
        name
      }
    }
    publicationStatus {
      version
      publishedAt
      changesSince
      changes {
        blockId
        type
        kind
        title
      }
    }
  }
`);

export const CanvasPublicationDocument = graphql(`
  query CanvasPublication($id: ID!) {
    canvas(id: $id) {
      id
      ...PublicationFields
    }
  }
`);

export const PublishCanvasDocument = graphql(`
  mutation PublishCanvas($input: PublishCanvasInput!) {
    publishCanvas(input: $input) {
      id
      version
      publishedAt
      blockIds
      showCode
    }
  }
`);
