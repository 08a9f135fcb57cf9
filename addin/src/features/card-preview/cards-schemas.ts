/**
 * The card preview's API: `GET /api/cards` lists the cards the bot would show the caller now,
 * `POST /api/cards/action` hands a button's verb and data to the bot's own handler and answers
 * with its Universal Actions response (a card, a message or an error).
 */
import { z } from 'zod';

export const previewCardKinds = ['request', 'approval', 'sla-alert'] as const;
export type PreviewCardKind = (typeof previewCardKinds)[number];

/** Adaptive Card JSON; the renderer checks the rest. */
const cardJsonSchema = z.looseObject({ type: z.literal('AdaptiveCard') });
export type CardJson = z.infer<typeof cardJsonSchema>;

export const previewCardSchema = z.object({
  id: z.string().min(1),
  kind: z.enum(previewCardKinds),
  subjectId: z.string(),
  title: z.string(),
  card: cardJsonSchema,
});
export type PreviewCard = z.infer<typeof previewCardSchema>;

export const previewCardListSchema = z.object({ cards: z.array(previewCardSchema) });

export const cardActionResponseSchema = z.discriminatedUnion('type', [
  z.object({
    statusCode: z.number(),
    type: z.literal('application/vnd.microsoft.card.adaptive'),
    value: cardJsonSchema,
  }),
  z.object({
    statusCode: z.number(),
    type: z.literal('application/vnd.microsoft.activity.message'),
    value: z.string(),
  }),
  z.object({
    statusCode: z.number(),
    type: z.literal('application/vnd.microsoft.error'),
    value: z.looseObject({ message: z.string() }),
  }),
]);
export type CardActionResponse = z.infer<typeof cardActionResponseSchema>;

/** What an `Action.Execute` sends, as Teams sends it: the verb and the data merged with inputs. */
export interface CardActionBody {
  readonly verb: string;
  readonly data: Readonly<Record<string, unknown>>;
}
