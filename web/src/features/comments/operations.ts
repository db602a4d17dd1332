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
          editedAt
          deleted
          author {
            id
            name
          }
          assignee {
            id
            name
          }
          anchor {
            field
            value
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
      parentId
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

export const ReopenCommentDocument = graphql(`
  mutation ReopenComment($id: ID!) {
    reopenComment(id: $id) {
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

export const CommentUpdatedDocument = graphql(`
  subscription CommentUpdated($canvasId: ID!) {
    commentUpdated(canvasId: $canvasId) {
      id
      resolved
      deleted
    }
  }
`);

export const CommentStatsDocument = graphql(`
  query CommentStats($canvasId: ID!) {
    commentStats(canvasId: $canvasId) {
      blockId
      openCount
      unreadCount
    }
  }
`);

export const MarkCommentsReadDocument = graphql(`
  mutation MarkCommentsRead($canvasId: ID!, $blockId: ID) {
    markCommentsRead(canvasId: $canvasId, blockId: $blockId) {
      blockId
      openCount
      unreadCount
    }
  }
`);

export const CommentBlocksDocument = graphql(`
  query CommentBlocks($canvasId: ID!) {
    canvas(id: $canvasId) {
      id
      blocks {
        id
        type
        content
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
