import { graphql } from '../../gql';

// Alert deliveries of the user's organizations.
export const AlertNotificationsDocument = graphql(`
  query AlertNotifications {
    alertNotifications(first: 20) {
      id
      status
      createdAt
      value
      summary
      canvasId
      canvasName
    }
  }
`);

// Mentions, replies to your threads and assignments (the comments service).
export const CommentNotificationsDocument = graphql(`
  query CommentNotifications {
    notifications(first: 30) {
      unreadCount
      edges {
        node {
          id
          kind
          read
          createdAt
          actor {
            id
            name
          }
          comment {
            id
            body
            blockId
            deleted
          }
          canvas {
            id
            name
          }
        }
      }
    }
  }
`);

export const NotificationAddedDocument = graphql(`
  subscription NotificationAdded {
    notificationAdded {
      id
    }
  }
`);

export const MarkNotificationReadDocument = graphql(`
  mutation MarkNotificationRead($id: ID!) {
    markNotificationRead(id: $id) {
      id
      read
    }
  }
`);

export const MarkAllNotificationsReadDocument = graphql(`
  mutation MarkAllNotificationsRead {
    markAllNotificationsRead
  }
`);
