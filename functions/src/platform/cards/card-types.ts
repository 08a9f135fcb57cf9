/**
 * The part of the Adaptive Card 1.5 schema that Tandem's cards use, as plain JSON types. Kept
 * narrow on purpose: a property not listed here cannot slip into a card, and every card is
 * checked against the `adaptivecards` parser in the tests. Arrays are mutable in the types
 * only so that a card is assignable to the Teams SDK's `IAdaptiveCard` without a cast.
 */

/** Universal Actions (`Action.Execute`, `refresh`) need 1.5; nothing newer is allowed. */
export const cardVersion = '1.5';
export const cardSchemaUrl = 'http://adaptivecards.io/schemas/adaptive-card.json';

/** Enum values are written as the schema spells them; the parser echoes them that way. */
export type Spacing = 'None' | 'Small' | 'Default' | 'Medium' | 'Large';
export type ContainerStyle = 'emphasis' | 'good' | 'attention' | 'warning' | 'accent';
export type TextColor = 'Default' | 'Accent' | 'Good' | 'Warning' | 'Attention';

export interface TextBlock {
  readonly type: 'TextBlock';
  /** Markdown in Teams: anything taken from users goes through `escapeCardText` first. */
  readonly text: string;
  readonly wrap: true;
  readonly size?: 'Small' | 'Medium' | 'Large';
  readonly weight?: 'Bolder';
  readonly color?: TextColor;
  readonly isSubtle?: true;
  readonly spacing?: Spacing;
  readonly separator?: true;
}

export interface Fact {
  readonly title: string;
  readonly value: string;
}

export interface FactSet {
  readonly type: 'FactSet';
  readonly facts: Fact[];
  readonly spacing?: Spacing;
}

export interface TextInput {
  readonly type: 'Input.Text';
  /** Also the key under which Teams merges the typed text into the action's data. */
  readonly id: string;
  readonly label: string;
  /** Left out on an optional input (an optional comment); a required one says why it failed. */
  readonly isRequired?: true;
  readonly errorMessage?: string;
  readonly isMultiline: true;
  readonly maxLength: number;
  readonly placeholder?: string;
}

export interface Container {
  readonly type: 'Container';
  readonly items: CardElement[];
  readonly style?: ContainerStyle;
  readonly spacing?: Spacing;
  readonly separator?: true;
}

export type CardElement = TextBlock | FactSet | TextInput | Container;

/**
 * What a card action sends back: the subject's id under the feature's own key (`requestId`, …)
 * and the version (`etag`) the card shows; never who clicked, which Teams tells the bot itself.
 */
export interface CardActionData {
  readonly etag: string;
  readonly [subjectKey: string]: string;
}

export interface ExecuteAction {
  readonly type: 'Action.Execute';
  readonly title: string;
  readonly verb: string;
  readonly data: CardActionData;
  readonly style?: 'positive' | 'destructive';
}

export interface OpenUrlAction {
  readonly type: 'Action.OpenUrl';
  readonly title: string;
  readonly url: string;
}

export interface ShowCardAction {
  readonly type: 'Action.ShowCard';
  readonly title: string;
  readonly card: NestedCard;
}

export type CardAction = ExecuteAction | OpenUrlAction | ShowCardAction;

export interface NestedCard {
  readonly type: 'AdaptiveCard';
  readonly body: CardElement[];
  readonly actions: CardAction[];
}

export interface Refresh {
  readonly action: ExecuteAction;
  /** Teams user MRIs ("29:…"), at most 60; absent means "everyone, in conversations ≤ 60". */
  readonly userIds?: string[];
}

export interface AdaptiveCard {
  readonly type: 'AdaptiveCard';
  readonly $schema: typeof cardSchemaUrl;
  readonly version: typeof cardVersion;
  /** Language of the texts, also used by Teams to format `{{DATE()}}` and `{{TIME()}}`. */
  readonly lang: string;
  readonly fallbackText: string;
  readonly refresh?: Refresh;
  readonly body: CardElement[];
  readonly actions: CardAction[];
}
