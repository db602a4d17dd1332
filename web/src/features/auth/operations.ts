import { graphql } from '../../gql';

/** Answers the same for new and existing emails; a session only on servers with instant sign-up. */
export const RequestSignUpDocument = graphql(`
  mutation RequestSignUp($input: SignUpInput!) {
    requestSignUp(input: $input) {
      email
      session {
        ...SessionFields
      }
    }
  }
`);

/** The verification email's link. */
export const CompleteSignUpDocument = graphql(`
  mutation CompleteSignUp($token: String!) {
    completeSignUp(token: $token) {
      ...SessionFields
    }
  }
`);

export const LogInDocument = graphql(`
  mutation LogIn($input: LogInInput!) {
    logIn(input: $input) {
      ...SessionFields
    }
  }
`);

export const MeDocument = graphql(`
  query Me {
    me {
      id
      name
      email
      memberships {
        role
        status
        organization {
          id
          name
          projects {
            id
            name
          }
        }
      }
    }
  }
`);
