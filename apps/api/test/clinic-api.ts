import type { GraphQLFormattedError } from 'graphql';
import { expect } from 'vitest';
import type { ClinicPrincipal } from '../src/common/principal.js';
import type { GraphQLResponse } from './client.js';
import { clinicUserToken, createApiKey, createClinicTenant } from './clinic-factories.js';
import type { TestApi } from './harness.js';

/** How a clinic calls the API: a signed-in user's bearer token, or one of its API keys. */
export type ClinicCredential =
  | { kind: 'user'; role: 'owner' | 'staff'; token: string }
  | { kind: 'api_key'; key: string };

/** Real HTTP, with the clinic's credential in the header a clinic app would use. */
export async function clinicGraphql<T = Record<string, unknown>>(
  api: TestApi,
  credential: ClinicCredential,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<GraphQLResponse<T>> {
  const response = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(credential.kind === 'user'
        ? { authorization: `Bearer ${credential.token}` }
        : { 'x-api-key': credential.key }),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: GraphQLFormattedError[] };
  return { status: response.status, data: body.data ?? undefined, errors: body.errors };
}

export interface ClinicFixture {
  tenantId: string;
  owner: ClinicCredential;
  staff: ClinicCredential;
  apiKey: ClinicCredential;
  /** Calls as the owner unless told otherwise. */
  call<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    as?: ClinicCredential,
  ): Promise<GraphQLResponse<T>>;
  /** The owner as a principal, for seeding through the services directly (fast). */
  principal: ClinicPrincipal;
}

/** An active clinic with a signed-in owner, a signed-in staff user and an API key. */
export async function createClinicFixture(api: TestApi): Promise<ClinicFixture> {
  const tenant = await createClinicTenant(api.app);
  const [ownerToken, staffToken, key] = await Promise.all([
    clinicUserToken(api, tenant.id, 'owner'),
    clinicUserToken(api, tenant.id, 'staff'),
    createApiKey(api, tenant.id),
  ]);
  const owner: ClinicCredential = { kind: 'user', role: 'owner', token: ownerToken };
  return {
    tenantId: tenant.id,
    owner,
    staff: { kind: 'user', role: 'staff', token: staffToken },
    apiKey: { kind: 'api_key', key },
    call: (query, variables = {}, as = owner) => clinicGraphql(api, as, query, variables),
    principal: { kind: 'api_key', tenantId: tenant.id, keyId: 'seed' },
  };
}

export const STAFF_FIELDS = 'id name email role phone active created_date updated_date';
export const CLIENT_FIELDS =
  'id first_name last_name email phone address notes created_date updated_date';
export const PATIENT_FIELDS =
  'id name species breed sex date_of_birth weight_kg microchip_id client_id notes created_date updated_date';
export const APPOINTMENT_FIELDS =
  'id patient_id staff_member_id starts_at duration_minutes ends_at reason status notes created_date updated_date';
export const PAYMENT_FIELDS =
  'id client_id appointment_id amount currency method paid_at note created_date updated_date';

/** The error codes of a response, for compact assertions. */
export const codes = (response: GraphQLResponse<unknown>): unknown[] =>
  (response.errors ?? []).map((error) => error.extensions?.code);

/** The fields a BAD_USER_INPUT or CONFLICT names, sorted. */
export function errorFields(response: GraphQLResponse<unknown>): string[] {
  const fields = (response.errors?.[0]?.extensions?.fields ?? []) as { field: string }[];
  return fields.map((f) => f.field).sort();
}

/** Asserts one BAD_USER_INPUT naming exactly these fields. */
export function expectFieldErrors(response: GraphQLResponse<unknown>, fields: string[]): void {
  expect(codes(response)).toEqual(['BAD_USER_INPUT']);
  expect(errorFields(response)).toEqual([...fields].sort());
}

/** The data of a response that must have succeeded, with its errors in the failure message. */
export function dataOf<T>(response: GraphQLResponse<T>): T {
  expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
  return response.data!;
}

/** An instant a whole number of days from now, at a fixed minute so tests can book around it. */
export function daysFromNow(days: number, hour = 10, minute = 0): string {
  const date = new Date(Date.now() + days * 86_400_000);
  date.setUTCHours(hour, minute, 0, 0);
  return date.toISOString();
}

export const unknownId = (): string =>
  Array.from({ length: 24 }, () => Math.floor(Math.random() * 16).toString(16)).join('');
