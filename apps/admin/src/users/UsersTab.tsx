import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { toApiError } from '../errors/graphqlErrors';
import type { ClinicRole } from '../gql/graphql';
import { useTabTenant } from '../tenants/tabs/useTabTenant';
import {
  ChangeClinicUserRoleDocument,
  ClinicUsersDocument,
  DeleteClinicUserDocument,
  InviteClinicUserDocument,
  SendClinicUserPasswordResetDocument,
  SetClinicUserDisabledDocument,
} from './users.operations';

/** The clinic's users: invite, change role, disable, delete, send a password reset. */
export function UsersTab() {
  const tenant = useTabTenant();
  const variables = { tenant_id: tenant.id };
  const { data, loading, refetch } = useQuery(ClinicUsersDocument, { variables });
  const refetchQueries = [{ query: ClinicUsersDocument, variables }];
  const [invite] = useMutation(InviteClinicUserDocument, { refetchQueries });
  const [changeRole] = useMutation(ChangeClinicUserRoleDocument, { refetchQueries });
  const [setDisabled] = useMutation(SetClinicUserDisabledDocument, { refetchQueries });
  const [remove] = useMutation(DeleteClinicUserDocument, { refetchQueries });
  const [sendReset] = useMutation(SendClinicUserPasswordResetDocument);
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [role, setRole] = useState<ClinicRole>('staff');
  const [message, setMessage] = useState<string | null>(null);

  const act = async (what: () => Promise<unknown>, done: string) => {
    setMessage(null);
    try {
      await what();
      setMessage(done);
    } catch (error) {
      setMessage(toApiError(error).message);
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void act(async () => {
      await invite({ variables: { ...variables, input: { email, name, role } } });
      setEmail('');
      setName('');
    }, `Invitation sent to ${email}.`);
  };

  return (
    <section className="panel" aria-labelledby="users-title">
      <h2 id="users-title">Users</h2>
      <form className="toolbar" aria-label="Invite a user" onSubmit={submit}>
        <div className="toolbar__filter">
          <label htmlFor="invite-email">E-mail</label>
          <input
            id="invite-email"
            type="email"
            required
            value={email}
            onChange={(event) => setEmail(event.target.value)}
          />
        </div>
        <div className="toolbar__filter">
          <label htmlFor="invite-name">Name</label>
          <input
            id="invite-name"
            required
            value={name}
            onChange={(event) => setName(event.target.value)}
          />
        </div>
        <div className="toolbar__filter">
          <label htmlFor="invite-role">Role</label>
          <select
            id="invite-role"
            value={role}
            onChange={(event) => setRole(event.target.value as ClinicRole)}
          >
            <option value="owner">Owner</option>
            <option value="staff">Staff</option>
          </select>
        </div>
        <button type="submit" className="button">
          Invite
        </button>
      </form>
      {message ? <p role="status">{message}</p> : null}
      {loading ? <p className="muted">Loading…</p> : null}
      <table className="table">
        <thead>
          <tr>
            <th scope="col">E-mail</th>
            <th scope="col">Name</th>
            <th scope="col">Role</th>
            <th scope="col">Status</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {(data?.clinicUsers ?? []).map((user) => (
            <tr key={user.id}>
              <td>{user.email}</td>
              <td>{user.name}</td>
              <td>
                <select
                  aria-label={`Role of ${user.email}`}
                  value={user.role}
                  onChange={(event) =>
                    void act(
                      () =>
                        changeRole({
                          variables: {
                            ...variables,
                            id: user.id,
                            role: event.target.value as ClinicRole,
                          },
                        }),
                      `${user.email} is now ${event.target.value}.`,
                    )
                  }
                >
                  <option value="owner">Owner</option>
                  <option value="staff">Staff</option>
                </select>
              </td>
              <td>{user.disabled ? 'Disabled' : user.invited ? 'Invited' : 'Active'}</td>
              <td className="table__actions">
                <button
                  type="button"
                  className="button button--quiet"
                  onClick={() =>
                    void act(
                      () =>
                        setDisabled({
                          variables: { ...variables, id: user.id, disabled: !user.disabled },
                        }),
                      `${user.email} ${user.disabled ? 'enabled' : 'disabled'}.`,
                    )
                  }
                >
                  {user.disabled ? `Enable ${user.email}` : `Disable ${user.email}`}
                </button>
                <button
                  type="button"
                  className="button button--quiet"
                  onClick={() =>
                    void act(
                      () => sendReset({ variables: { ...variables, id: user.id } }),
                      `Password reset sent to ${user.email}.`,
                    )
                  }
                >
                  Reset password
                </button>
                <button
                  type="button"
                  className="button button--quiet"
                  onClick={() =>
                    void act(async () => {
                      await remove({ variables: { ...variables, id: user.id } });
                      await refetch();
                    }, `${user.email} deleted.`)
                  }
                >
                  Delete
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
