/** The "propose an agenda item" form as plain values, and the body the API takes. */
import type { NewAgendaItemInput } from '@tandem/shared/meetings';

export type LinkType = 'none' | 'request' | 'campaign';

export interface ProposalValues {
  readonly title: string;
  readonly ownerId: string;
  readonly timeBoxMinutes: string;
  readonly kind: string;
  readonly linkType: LinkType;
  readonly linkId: string;
}

export function toAgendaItemInput(v: ProposalValues): NewAgendaItemInput {
  const raw = v.linkId.trim();
  // A pasted link to a request (…?request=<id>) is as good as its id.
  const fromUrl = /[?&]request=([^&#]+)/.exec(raw)?.[1];
  const id = v.linkType === 'request' && fromUrl ? decodeURIComponent(fromUrl) : raw;
  const link =
    v.linkType === 'request'
      ? { requestId: id }
      : v.linkType === 'campaign'
        ? { campaignId: id }
        : null;
  return {
    title: v.title,
    ownerId: v.ownerId,
    timeBoxMinutes: v.timeBoxMinutes.trim() === '' ? Number.NaN : Number(v.timeBoxMinutes),
    kind: v.kind as NewAgendaItemInput['kind'],
    ...(link ? { link } : {}),
  };
}
