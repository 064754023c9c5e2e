import { graphql } from '../gql';

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
