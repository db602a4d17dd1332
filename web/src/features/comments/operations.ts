import { graphql } from '../../gql';

export const CanvasCommentsDocument = graphql(`
  query CanvasComments($canvasId: ID!) {
    comments(canvasId: $canvasId, first: 100) {
      totalCount
      edges {
        node {
          id
          body
          blockId
          parentId
          resolved
          createdAt
          deleted
          author {
            id
            name
          }
        }
      }
    }
  }
`);

export const AddCommentDocument = graphql(`
  mutation AddComment($input: AddCommentInput!) {
    addComment(input: $input) {
      id
      body
      blockId
    }
  }
`);

export const ResolveCommentDocument = graphql(`
  mutation ResolveComment($id: ID!) {
    resolveComment(id: $id) {
      id
      resolved
    }
  }
`);

export const CommentAddedDocument = graphql(`
  subscription CommentAdded($canvasId: ID!) {
    commentAdded(canvasId: $canvasId) {
      id
      author {
        id
        name
      }
    }
  }
`);

export const MentionCandidatesDocument = graphql(`
  query MentionCandidates($canvasId: ID!) {
    canvas(id: $canvasId) {
      id
      project {
        id
        organization {
          id
          members {
            status
            user {
              id
              name
            }
          }
        }
      }
    }
  }
`);
