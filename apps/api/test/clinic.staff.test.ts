import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  codes,
  createClinicFixture,
  dataOf,
  expectFieldErrors,
  STAFF_FIELDS,
  unknownId,
  type ClinicFixture,
} from './clinic-api.js';
import { graphql } from './client.js';
import { systemAdmin } from './factories.js';
import { startTestApi, type TestApi } from './harness.js';

const CREATE = `mutation($input: CreateStaffMemberInput!) { createStaffMember(input: $input) { ${STAFF_FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateStaffMemberInput!) { updateStaffMember(id: $id, input: $input) { ${STAFF_FIELDS} } }`;
const GET = `query($id: ID!) { staffMember(id: $id) { ${STAFF_FIELDS} } }`;
const DELETE = 'mutation($id: ID!) { deleteStaffMember(id: $id) { id deleted } }';
const LIST = `query($page: Int, $limit: Int, $role: StaffRole, $active: Boolean, $search: String, $sortBy: StaffSortField, $sortOrder: SortOrder) {
  staffMembers(page: $page, limit: $limit, role: $role, active: $active, search: $search, sortBy: $sortBy, sortOrder: $sortOrder) {
    totalCount page limit items { name role active }
  }
}`;

type StaffData = Record<string, unknown> & { id: string };

let api: TestApi;
let clinic: ClinicFixture;

beforeAll(async () => {
  api = await startTestApi();
  clinic = await createClinicFixture(api);
});
afterAll(() => api.stop());

const create = async (input: Record<string, unknown>) =>
  dataOf(await clinic.call<{ createStaffMember: StaffData }>(CREATE, { input })).createStaffMember;

describe('staff members', () => {
  it('are created, read, updated and deleted by an owner', async () => {
    const created = await create({
      name: '  Dr. Ana Ruiz ',
      email: 'Ana.Ruiz@Clinic.Example',
      role: 'veterinarian',
      phone: '+1 (555) 010-2000',
    });
    expect(created).toMatchObject({
      name: 'Dr. Ana Ruiz',
      email: 'ana.ruiz@clinic.example',
      role: 'veterinarian',
      phone: '+1 (555) 010-2000',
      active: true,
    });

    const read = dataOf(await clinic.call<{ staffMember: StaffData }>(GET, { id: created.id }));
    expect(read.staffMember).toEqual(created);

    const updated = dataOf(
      await clinic.call<{ updateStaffMember: StaffData }>(UPDATE, {
        id: created.id,
        input: { role: 'manager', phone: null, active: false },
      }),
    ).updateStaffMember;
    expect(updated).toMatchObject({
      role: 'manager',
      phone: null,
      active: false,
      name: 'Dr. Ana Ruiz',
    });

    const deleted = await clinic.call(DELETE, { id: created.id });
    expect(dataOf(deleted)).toEqual({ deleteStaffMember: { id: created.id, deleted: true } });
    expect(codes(await clinic.call(GET, { id: created.id }))).toEqual(['NOT_FOUND']);
  });

  it('names every invalid field and writes nothing', async () => {
    const before = await api.app.services.staffMembers.list(clinic.principal, {});
    const response = await clinic.call(CREATE, {
      input: { name: ' ', email: 'not-an-email', role: 'manager', phone: 'call me maybe' },
    });
    expectFieldErrors(response, ['email', 'name', 'phone']);
    const after = await api.app.services.staffMembers.list(clinic.principal, {});
    expect(after.totalCount).toBe(before.totalCount);
  });

  it('refuses a second staff member with the same e-mail, in any case', async () => {
    await create({ name: 'First', email: 'twin@clinic.example', role: 'technician' });
    const clash = await clinic.call(CREATE, {
      input: { name: 'Second', email: 'TWIN@clinic.example', role: 'technician' },
    });
    expect(codes(clash)).toEqual(['CONFLICT']);
    expect(clash.errors![0]!.extensions!.fields).toEqual([
      expect.objectContaining({ field: 'email' }),
    ]);
    const other = await create({ name: 'Other', email: 'other@clinic.example', role: 'assistant' });
    const updateClash = await clinic.call(UPDATE, {
      id: other.id,
      input: { email: 'twin@clinic.example' },
    });
    expect(codes(updateClash)).toEqual(['CONFLICT']);
  });

  it('answers NOT_FOUND for an unknown id and BAD_USER_INPUT for a malformed one', async () => {
    for (const document of [GET, DELETE]) {
      expect(codes(await clinic.call(document, { id: unknownId() }))).toEqual(['NOT_FOUND']);
    }
    expect(
      codes(await clinic.call(UPDATE, { id: unknownId(), input: { name: 'Nobody' } })),
    ).toEqual(['NOT_FOUND']);
    expectFieldErrors(await clinic.call(GET, { id: 'nope' }), ['id']);
  });

  it('are managed by owners and API keys; staff users can only read them', async () => {
    const byKey = await clinic.call<{ createStaffMember: StaffData }>(
      CREATE,
      { input: { name: 'Via Key', email: 'key@clinic.example', role: 'receptionist' } },
      clinic.apiKey,
    );
    const made = dataOf(byKey).createStaffMember;

    const byStaff = await clinic.call(
      CREATE,
      { input: { name: 'Sneaky', email: 'sneaky@clinic.example', role: 'manager' } },
      clinic.staff,
    );
    expect(codes(byStaff)).toEqual(['FORBIDDEN']);
    expect(
      codes(await clinic.call(UPDATE, { id: made.id, input: { role: 'manager' } }, clinic.staff)),
    ).toEqual(['FORBIDDEN']);
    expect(codes(await clinic.call(DELETE, { id: made.id }, clinic.staff))).toEqual(['FORBIDDEN']);
    expect(dataOf(await clinic.call(GET, { id: made.id }, clinic.staff))).toBeTruthy();
  });

  it('refuses admins, anonymous callers and suspended clinics', async () => {
    expect(codes(await graphql(api.url, LIST, {}))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await graphql(api.url, LIST, {}, await api.token()))).toEqual(['FORBIDDEN']);

    const suspended = await createClinicFixture(api);
    await api.app.services.tenants.suspend(
      await systemAdmin(api.app),
      suspended.tenantId,
      'Payment overdue',
    );
    const response = await suspended.call(LIST);
    expect(codes(response)).toEqual(['TENANT_SUSPENDED']);
    expect(response.errors![0]!.message).toContain('Payment overdue');
  });
});

describe('the staff list', () => {
  let listed: ClinicFixture;

  beforeAll(async () => {
    listed = await createClinicFixture(api);
    const people = [
      ['Zoe Adams', 'veterinarian', true],
      ['Yuri Brown', 'technician', true],
      ['Xena Clark', 'veterinarian', false],
      ['Walt Davis', 'receptionist', true],
      ['Vera Evans', 'manager', true],
    ] as const;
    for (const [name, role, active] of people) {
      await api.app.services.staffMembers.create(listed.principal, {
        name,
        role,
        active,
        email: `${name.split(' ')[0]!.toLowerCase()}@list.example`,
      });
    }
  });

  const list = async (variables: Record<string, unknown>) =>
    dataOf(
      await listed.call<{
        staffMembers: {
          totalCount: number;
          page: number;
          limit: number;
          items: { name: string; role: string; active: boolean }[];
        };
      }>(LIST, variables),
    ).staffMembers;

  it('pages with a total count, sorted by name by default', async () => {
    const first = await list({ limit: 2 });
    expect(first).toMatchObject({ totalCount: 5, page: 1, limit: 2 });
    expect(first.items.map((s) => s.name)).toEqual(['Vera Evans', 'Walt Davis']);
    const third = await list({ page: 3, limit: 2 });
    expect(third.items.map((s) => s.name)).toEqual(['Zoe Adams']);
    const desc = await list({ sortBy: 'name', sortOrder: 'desc', limit: 1 });
    expect(desc.items.map((s) => s.name)).toEqual(['Zoe Adams']);
  });

  it('filters by role and active, and searches name and e-mail as plain text', async () => {
    expect((await list({ role: 'veterinarian' })).totalCount).toBe(2);
    expect((await list({ role: 'veterinarian', active: true })).items.map((s) => s.name)).toEqual([
      'Zoe Adams',
    ]);
    expect((await list({ active: false })).items.map((s) => s.name)).toEqual(['Xena Clark']);
    expect((await list({ search: 'DAVIS' })).items.map((s) => s.name)).toEqual(['Walt Davis']);
    expect((await list({ search: 'yuri@' })).totalCount).toBe(1);
    expect((await list({ search: '.*' })).totalCount).toBe(0);
  });

  it('caps the limit and refuses a page below 1', async () => {
    expect((await list({ limit: 100_000 })).limit).toBe(100);
    expect(codes(await listed.call(LIST, { page: 0 }))).toEqual(['BAD_USER_INPUT']);
  });
});
