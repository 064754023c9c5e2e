import { graphql } from '../gql';

export const SignInDocument = graphql(`
  mutation SignIn($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      token
      expires_at
      admin {
        id
        email
        name
        role
      }
    }
  }
`);

export const CurrentAdminDocument = graphql(`
  query CurrentAdmin {
    me {
      id
      email
      name
      role
    }
  }
`);
