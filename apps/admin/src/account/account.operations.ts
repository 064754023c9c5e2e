import { graphql } from '../gql';

export const AccountDocument = graphql(`
  query Account {
    me {
      id
      email
      name
      role
      two_factor_enabled
    }
  }
`);

export const StartTwoFactorEnrolmentDocument = graphql(`
  mutation StartTwoFactorEnrolment {
    startTwoFactorEnrolment {
      secret
      qr_code_data_url
    }
  }
`);

export const ConfirmTwoFactorEnrolmentDocument = graphql(`
  mutation ConfirmTwoFactorEnrolment($code: String!) {
    confirmTwoFactorEnrolment(code: $code) {
      recovery_codes
    }
  }
`);
