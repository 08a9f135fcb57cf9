/** Kinds of request and priorities. Built-in types exist in every tenant; tenants may add more. */
import { z } from 'zod';
import {
  type RequestTypeId,
  type TenantId,
  requestTypeIdSchema,
  tenantIdSchema,
} from '../kernel/ids';

export const priorities = ['low', 'normal', 'high', 'urgent'] as const;
export const prioritySchema = z.enum(priorities);
export type Priority = z.infer<typeof prioritySchema>;

export const requestTypeSchema = z.object({
  id: requestTypeIdSchema,
  tenantId: tenantIdSchema,
  name: z.string().trim().min(1).max(100),
  nameRu: z.string().trim().min(1).max(100).optional(),
  builtIn: z.boolean(),
});
export type RequestType = z.infer<typeof requestTypeSchema>;
export type BuiltInRequestType = Omit<RequestType, 'tenantId'> & { readonly builtIn: true };

const builtIn = (id: string, name: string, nameRu: string): BuiltInRequestType => ({
  id: id as RequestTypeId,
  name,
  nameRu,
  builtIn: true,
});

export const builtInRequestTypes: readonly BuiltInRequestType[] = Object.freeze([
  builtIn('question', 'Question', 'Вопрос'),
  builtIn('task', 'Task', 'Задача'),
  builtIn('stock-check', 'Stock check', 'Проверка наличия'),
  builtIn('contact-correction', 'Contact correction', 'Исправление контактов'),
  builtIn('materials', 'Materials', 'Материалы'),
  builtIn('trade-show-staffing', 'Trade show staffing', 'Персонал на выставку'),
  builtIn('ad-defect', 'Advertising defect', 'Дефект рекламы'),
  builtIn('photo-report', 'Photo report', 'Фотоотчёт'),
  builtIn('budget-question', 'Budget question', 'Вопрос по бюджету'),
]);

const builtInIds = new Set<string>(builtInRequestTypes.map((t) => t.id));

export function isBuiltInRequestTypeId(id: string): boolean {
  return builtInIds.has(id);
}

/** The built-in types as documents of one tenant (what the tab lists next to custom ones). */
export function builtInRequestTypesFor(tenantId: TenantId): RequestType[] {
  return builtInRequestTypes.map((t) => ({ ...t, tenantId }));
}

/** Body of "add a request type" (tenant admin): a kebab-case id that no built-in type uses. */
export const newRequestTypeInputSchema = z.strictObject({
  id: z
    .string()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Use lower-case letters, digits and single hyphens.')
    .max(50)
    .refine((id) => !isBuiltInRequestTypeId(id), 'This id belongs to a built-in request type.')
    .pipe(requestTypeIdSchema),
  name: z.string().trim().min(1).max(100),
  nameRu: z.string().trim().min(1).max(100).optional(),
});
export type NewRequestTypeInput = z.infer<typeof newRequestTypeInputSchema>;

export function toCustomRequestType(input: NewRequestTypeInput, tenantId: TenantId): RequestType {
  return {
    id: input.id,
    tenantId,
    name: input.name,
    ...(input.nameRu === undefined ? {} : { nameRu: input.nameRu }),
    builtIn: false,
  };
}
