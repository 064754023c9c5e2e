import { graphql } from '../gql';

export const ClinicUsersDocument = graphql(`
  query ClinicUsers($tenant_id: ID!) {
    clinicUsers(tenant_id: $tenant_id) {
      id
      email
      name
      role
      disabled
      invited
      last_login_at
    }
  }
`);

export const InviteClinicUserDocument = graphql(`
  mutation InviteClinicUser($tenant_id: ID!, $input: InviteClinicUserInput!) {
    inviteClinicUser(tenant_id: $tenant_id, input: $input) {
      id
    }
  }
`);

export const ChangeClinicUserRoleDocument = graphql(`
  mutation ChangeClinicUserRole($tenant_id: ID!, $id: ID!, $role: ClinicRole!) {
    changeClinicUserRole(tenant_id: $tenant_id, id: $id, role: $role) {
      id
      role
    }
  }
`);

export const SetClinicUserDisabledDocument = graphql(`
  mutation SetClinicUserDisabled($tenant_id: ID!, $id: ID!, $disabled: Boolean!) {
    setClinicUserDisabled(tenant_id: $tenant_id, id: $id, disabled: $disabled) {
      id
      disabled
    }
  }
`);

export const DeleteClinicUserDocument = graphql(`
  mutation DeleteClinicUser($tenant_id: ID!, $id: ID!) {
    deleteClinicUser(tenant_id: $tenant_id, id: $id)
  }
`);

export const SendClinicUserPasswordResetDocument = graphql(`
  mutation SendClinicUserPasswordReset($tenant_id: ID!, $id: ID!) {
    sendClinicUserPasswordReset(tenant_id: $tenant_id, id: $id)
  }
`);
