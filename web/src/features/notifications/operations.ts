import { graphql } from '../../gql';

// Alert deliveries today; the comments feature can add mentions beside them.
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
