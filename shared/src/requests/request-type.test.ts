import type { TenantId } from '../kernel/ids';
import {
  builtInRequestTypes,
  builtInRequestTypesFor,
  newRequestTypeInputSchema,
  toCustomRequestType,
} from './request-type';

const tenant = 'tenant-1' as TenantId;

describe('request types', () => {
  it('ships the nine built-in types in both languages', () => {
    expect(builtInRequestTypes.map((t) => t.id)).toEqual([
      'question',
      'task',
      'stock-check',
      'contact-correction',
      'materials',
      'trade-show-staffing',
      'ad-defect',
      'photo-report',
      'budget-question',
    ]);
    expect(builtInRequestTypes.every((t) => t.builtIn && t.name && t.nameRu)).toBe(true);
    expect(builtInRequestTypesFor(tenant)[2]).toEqual({
      id: 'stock-check',
      tenantId: tenant,
      name: 'Stock check',
      nameRu: 'Проверка наличия',
      builtIn: true,
    });
  });

  it('lets a tenant add its own type under a new kebab-case id', () => {
    const input = newRequestTypeInputSchema.parse({ id: 'price-list', name: ' Price list ' });
    expect(toCustomRequestType(input, tenant)).toEqual({
      id: 'price-list',
      tenantId: tenant,
      name: 'Price list',
      builtIn: false,
    });
  });

  it.each([
    [{ id: 'question', name: 'Mine' }, 'id'],
    [{ id: 'Price List', name: 'x' }, 'id'],
    [{ id: 'ok', name: '' }, 'name'],
    [{ id: 'ok', name: 'x', builtIn: true }, ''],
  ])('refuses %j', (input, path) => {
    const issues = newRequestTypeInputSchema.safeParse(input).error?.issues ?? [];
    expect(issues.map((i) => i.path.join('.'))).toEqual([path]);
  });
});
