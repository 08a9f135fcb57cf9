/**
 * What each action's form asks for, mirroring the API's action bodies (shared
 * `actionBodySchemas`): which field the text goes to, whether it is required, and whether a
 * target department is picked. request-detail checks at compile time that every action is here.
 */
export interface ActionSpec {
  /** The body field that carries the typed text. */
  readonly field: 'text' | 'comment' | 'reason';
  readonly required: boolean;
  readonly needsDepartment: boolean;
}

const optionalComment: ActionSpec = { field: 'comment', required: false, needsDepartment: false };

export const actionSpecs = {
  acknowledge: optionalComment,
  answer: { field: 'text', required: true, needsDepartment: false },
  comment: { field: 'text', required: true, needsDepartment: false },
  wait: { field: 'comment', required: true, needsDepartment: false },
  resume: optionalComment,
  resolve: optionalComment,
  close: optionalComment,
  reopen: { field: 'comment', required: true, needsDepartment: false },
  decline: { field: 'reason', required: true, needsDepartment: false },
  cancel: optionalComment,
  reassign: { field: 'comment', required: true, needsDepartment: true },
} as const satisfies Record<string, ActionSpec>;

export type SpecifiedAction = keyof typeof actionSpecs;

/** Actions that move the work forward come first and look primary. */
export const primaryActions: readonly SpecifiedAction[] = [
  'acknowledge',
  'answer',
  'resolve',
  'close',
];

/** The JSON body for the action; a blank optional comment is left out rather than sent empty. */
export function actionBody(
  action: SpecifiedAction,
  text: string,
  departmentId: string | null,
): Record<string, string> {
  const spec: ActionSpec = actionSpecs[action];
  const body: Record<string, string> = {};
  if (spec.required || text.trim() !== '') body[spec.field] = text;
  if (spec.needsDepartment) body.toDepartmentId = departmentId ?? '';
  return body;
}
