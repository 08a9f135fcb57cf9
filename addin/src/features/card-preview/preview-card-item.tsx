/** One card of the preview: what it is about, the card as Teams would draw it, and its outcome. */
import { Badge, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useT } from '../../app/i18n/i18n-context';
import { type CardRendererModule, AdaptiveCardView } from './adaptive-card-view';
import { useCardPreviewStyles } from './card-preview.styles';
import type { PreviewItem } from './use-card-preview';

const kindColour = { request: 'brand', approval: 'informative', 'sla-alert': 'danger' } as const;

export function PreviewCardItem(props: {
  item: PreviewItem;
  renderer: CardRendererModule;
  onExecute: (verb: string, data: Record<string, unknown>) => void;
  onOpenUrl: (url: string) => void;
}) {
  const { item } = props;
  const t = useT();
  const styles = useCardPreviewStyles();
  return (
    <li
      className={styles.item}
      data-testid="preview-card"
      data-card-id={item.id}
      data-kind={item.kind}
      data-subject-id={item.subjectId}
      data-busy={item.busy}
    >
      <div className={styles.itemHead}>
        <Badge appearance="tint" color={kindColour[item.kind]}>
          {t(`cards.kind.${item.kind}`)}
        </Badge>
        <span className={styles.itemTitle} data-testid="preview-card-title">
          {item.title}
        </span>
      </div>
      <AdaptiveCardView
        renderer={props.renderer}
        card={item.card}
        busy={item.busy}
        handlers={{ onExecute: props.onExecute, onOpenUrl: props.onOpenUrl }}
      />
      {item.note && (
        <MessageBar
          intent={item.note.intent}
          data-testid="preview-card-note"
          data-intent={item.note.intent}
        >
          <MessageBarBody>{item.note.text}</MessageBarBody>
        </MessageBar>
      )}
    </li>
  );
}
