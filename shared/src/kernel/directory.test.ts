import { branchSchema, departmentSchema, personSchema } from './directory';

const rita = {
  id: '6f1c2d3e-0000-4000-8000-000000000001',
  tenantId: 'tenant-1',
  displayName: 'Rita Petrova',
  email: 'rita@example.com',
  departmentId: 'sales',
  branchId: 'murmansk',
  role: 'member',
};

describe('directory schemas', () => {
  it('read a person, a department and a branch document', () => {
    expect(personSchema.parse({ ...rita, _etag: 'x' })).toEqual(rita);
    expect(
      departmentSchema.parse({
        id: 'marketing',
        tenantId: 'tenant-1',
        name: 'Marketing',
        nameRu: 'Маркетинг',
        calendarId: 'msk-office',
        kind: 'department',
      }).nameRu,
    ).toBe('Маркетинг');
    expect(
      branchSchema.parse({
        id: 'murmansk',
        tenantId: 'tenant-1',
        name: 'Murmansk branch',
        city: 'Murmansk',
        calendarId: 'msk-office',
      }).city,
    ).toBe('Murmansk');
  });

  it.each([
    [{ role: 'owner' }, 'role'],
    [{ email: 'rita' }, 'email'],
    [{ branchId: undefined }, 'branchId'],
    [{ displayName: '  ' }, 'displayName'],
  ])('refuses a person with %j', (change, path) => {
    const issues = personSchema.safeParse({ ...rita, ...change }).error?.issues ?? [];
    expect(issues.map((i) => i.path.join('.'))).toEqual([path]);
  });

  it('accepts head-office staff without a branch', () => {
    expect(personSchema.parse({ ...rita, branchId: null }).branchId).toBeNull();
  });

  it('refuses a department document of another kind', () => {
    const doc = { id: 'd', tenantId: 't', name: 'D', calendarId: 'c', kind: 'branch' };
    expect(departmentSchema.safeParse(doc).success).toBe(false);
  });
});
