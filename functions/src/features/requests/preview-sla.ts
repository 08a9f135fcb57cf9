/**
 * What the SLA of a request would be if it were sent now: the due instants in the responding
 * department's business calendar, shown by the new-request form before anything is written.
 */
import { type Person, ValidationFailed, slaPreviewInputSchema } from '@tandem/shared';
import type { Capabilities } from '../../kernel/ports';
import { draftRequest } from './create-request';
import { type SlaDto, toSlaDto } from '../../kernel/sla-view';
import { evaluateSla } from './request-sla';

type Deps = Pick<Capabilities, 'clock' | 'directory'>;

export interface SlaPreview {
  readonly sla: SlaDto;
  readonly policyId: string;
  readonly firstResponseMinutes: number;
  readonly resolutionMinutes: number;
  /** Zone of the responding department's calendar, in which the targets count. */
  readonly timeZone: string;
}

export async function previewSla(deps: Deps, caller: Person, body: unknown): Promise<SlaPreview> {
  const parsed = slaPreviewInputSchema.safeParse(body);
  if (!parsed.success) throw ValidationFailed.fromZod(parsed.error, 'The request is not valid.');
  const setup = await deps.directory.setup(caller.tenantId);
  const now = deps.clock.now();
  const draft = draftRequest(
    { ...parsed.data, title: 'preview', description: '' },
    caller,
    setup,
    now,
    { requestId: 'preview', eventId: 'preview' },
  );
  const dept = setup.departments.find((d) => d.id === draft.toDepartmentId);
  const calendar = setup.calendars.find((c) => c.id === dept?.calendarId);
  return {
    sla: toSlaDto(evaluateSla(draft, setup, now).sla),
    policyId: draft.slaPolicy.policyId,
    firstResponseMinutes: draft.slaPolicy.firstResponseMinutes,
    resolutionMinutes: draft.slaPolicy.resolutionMinutes,
    timeZone: calendar?.timeZone ?? draft.timeZone,
  };
}
