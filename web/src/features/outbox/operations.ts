import { graphql } from '../../gql';

export const MailOutboxDocument = graphql(`
  query MailOutbox($organizationId: ID!) {
    mailOutbox(organizationId: $organizationId, first: 100) {
      id
      from
      to
      subject
      text
      createdAt
      attachments {
        filename
        contentType
        size
      }
    }
  }
`);
