import { graphql } from '../../gql';

export const SharedCanvasDocument = graphql(`
  query SharedCanvas($token: String!) {
    sharedCanvas(token: $token) {
      id
      name
      lockedFilters
      published
      publication {
        id
        version
        publishedAt
        showCode
      }
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
    }
  }
`);

export const RunSharedBlockDocument = graphql(`
  query RunSharedBlock($token: String!, $blockId: ID!, $filters: JSON, $interactions: JSON) {
    runSharedBlock(token: $token, blockId: $blockId, filters: $filters, interactions: $interactions)
  }
`);
