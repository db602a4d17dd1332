import { graphql } from '../../gql';

export const SignUpDocument = graphql(`
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input) {
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
