/**
 * The wire contract of the card preview: `GET /api/cards` lists the cards the bot would show the
 * caller now, `POST /api/cards/action` hands a button's verb and data to the bot's own handler
 * and answers with its Universal Actions response (a card, a message or an error). The zod
 * schemas the tab, the API handlers and the OpenAPI document share.
 */
import { z } from 'zod';

export const previewCardKinds = ['request', 'approval', 'sla-alert'] as const;
export type PreviewCardKind = (typeof previewCardKinds)[number];

/** `?locale=`: a BCP 47 tag ("ru", "en-GB"); the cards speak Russian for Russian, else English. */
export const cardPreviewQuerySchema = z.strictObject({
  locale: z
    .string()
    .max(35)
    .regex(/^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i)
    .optional(),
});

/** Body of `POST /api/cards/action`, as Teams sends it: the verb, and the data merged with inputs. */
export const cardClickInputSchema = z.strictObject({
  verb: z.string().min(1).max(100),
  data: z.record(z.string(), z.unknown()),
});
export type CardClickInput = z.input<typeof cardClickInputSchema>;

/** Adaptive Card JSON; the renderer checks the rest. */
export const cardJsonSchema = z.looseObject({ type: z.literal('AdaptiveCard') });
export type CardJson = z.infer<typeof cardJsonSchema>;

export const previewCardSchema = z.object({
  id: z.string().min(1),
  kind: z.enum(previewCardKinds),
  /** The request's or the approval's id. */
  subjectId: z.string(),
  /** Plain text, for the list around the cards. */
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
