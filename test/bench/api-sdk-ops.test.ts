import { inboxQuery, toTemplate } from './api-sdk-ops';

describe('direct SDK operations', () => {
  it('drops the server system fields from a template, keeping the document', () => {
    const doc = {
      id: 'r1',
      tenantId: 't',
      title: 'x',
      _rid: 'a',
      _self: 'b',
      _etag: '"c"',
      _ts: 1,
    };
    expect(toTemplate(doc)).toEqual({ id: 'r1', tenantId: 't', title: 'x' });
  });

  it('filters the inbox on tenant, document type and department, due first', () => {
    const q = inboxQuery('tenant-1', 'marketing');
    expect(q.query).toContain('c.tenantId = @tenant');
    expect(q.query).toContain("c.docType = 'request'");
    expect(q.query).toContain('c.toDepartmentId = @dept');
    expect(q.query).toMatch(/ORDER BY c\.toDepartmentId ASC, c\.nextDueAt ASC, c\.createdAt ASC$/);
    expect(q.parameters).toEqual([
      { name: '@tenant', value: 'tenant-1' },
      { name: '@dept', value: 'marketing' },
    ]);
  });
});
