import { graphql } from '../../gql';

export const CanvasActivityDocument = graphql(`
  query CanvasActivity($canvasId: ID!, $first: Int, $after: String) {
    canvas(id: $canvasId) {
      id
      activity(first: $first, after: $after) {
        items {
          id
          kind
          at
          actor {
            id
            name
          }
          blockId
          blockTitle
          count
          version
          versionName
        }
        endCursor
      }
    }
  }
`);
