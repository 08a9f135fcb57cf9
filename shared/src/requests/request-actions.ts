/**
 * What a person can do to a request, as data: the body of `POST /api/requests/{id}/{action}`
 * (per-action schemas) and the same body with its `action` tag (`requestActionSchema`, used by
 * card actions and the state machine).
 */
import { z } from 'zod';
import { ValidationFailed } from '../kernel/errors';
import { departmentIdSchema } from '../kernel/ids';

/** Free text a person writes; blank text counts as absent. */
const text = z.string().trim().min(1, 'Must not be empty.').max(4000);
const optionalComment = z
  .string()
  .trim()
  .max(4000)
  .optional()
  .transform((c) => (c === '' ? undefined : c));

export const actionBodySchemas = {
  acknowledge: z.strictObject({ comment: optionalComment }),
  answer: z.strictObject({ text }),
  comment: z.strictObject({ text }),
  /** The comment is the question put to the requester. */
  wait: z.strictObject({ comment: text }),
  resume: z.strictObject({ comment: optionalComment }),
  resolve: z.strictObject({ comment: optionalComment }),
  close: z.strictObject({ comment: optionalComment }),
  /** The comment says why the result was not good enough. */
  reopen: z.strictObject({ comment: text }),
  decline: z.strictObject({ reason: text }),
  cancel: z.strictObject({ comment: optionalComment }),
  reassign: z.strictObject({ toDepartmentId: departmentIdSchema, comment: text }),
} as const;

export type ActionName = keyof typeof actionBodySchemas;
export const actionNames = Object.keys(actionBodySchemas) as ActionName[];
export const actionNameSchema = z.enum(actionNames as [ActionName, ...ActionName[]]);

export type ActionBody<A extends ActionName> = z.infer<(typeof actionBodySchemas)[A]>;

const b = actionBodySchemas;
export const requestActionSchema = z.discriminatedUnion('action', [
  b.acknowledge.extend({ action: z.literal('acknowledge') }),
  b.answer.extend({ action: z.literal('answer') }),
  b.comment.extend({ action: z.literal('comment') }),
  b.wait.extend({ action: z.literal('wait') }),
  b.resume.extend({ action: z.literal('resume') }),
  b.resolve.extend({ action: z.literal('resolve') }),
  b.close.extend({ action: z.literal('close') }),
  b.reopen.extend({ action: z.literal('reopen') }),
  b.decline.extend({ action: z.literal('decline') }),
  b.cancel.extend({ action: z.literal('cancel') }),
  b.reassign.extend({ action: z.literal('reassign') }),
]);
export type RequestAction = z.infer<typeof requestActionSchema>;
/** What callers write: optional comments may be omitted or blank. */
export type RequestActionInput = z.input<typeof requestActionSchema>;

/**
 * Parses the `{action}` path segment and the JSON body of the HTTP route into one action.
 * An unknown action is a ValidationFailed on the path "action" (the route exists for every verb).
 */
export function parseRequestAction(action: string, body: unknown): RequestAction {
  const name = actionNameSchema.safeParse(action);
  if (!name.success) {
    throw new ValidationFailed(`Unknown action "${action}".`, [
      { path: 'action', message: `Expected one of: ${actionNames.join(', ')}.` },
    ]);
  }
  const parsed = requestActionSchema.safeParse({ ...asObject(body), action: name.data });
  if (!parsed.success) throw ValidationFailed.fromZod(parsed.error);
  return parsed.data;
}

function asObject(body: unknown): Record<string, unknown> {
  if (body === undefined || body === null) return {};
  if (typeof body !== 'object' || Array.isArray(body)) {
    throw new ValidationFailed('The body must be a JSON object.', [
      { path: '', message: 'Expected an object.' },
    ]);
  }
  // A body that carries its own "action" must not override the route's.
  if ('action' in body) {
    throw new ValidationFailed('The input is not valid.', [
      { path: 'action', message: 'The action comes from the URL, not the body.' },
    ]);
  }
  return body as Record<string, unknown>;
}
