/**
 * One Adaptive Card drawn by the renderer into a plain element React does not manage. Clicks go
 * to the latest handlers without drawing the card again; while an action is on its way the card
 * is inert, so a second click cannot send it twice.
 */
import { MessageBar, MessageBarBody, tokens } from '@fluentui/react-components';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { CardJson } from '@tandem/shared/card-preview';
import { useT } from '../../app/i18n/i18n-context';
import { teamsHostConfig } from './card-host-config';
import { useCardSurfaceStyles } from './card-preview.styles';
import type * as CardRenderer from './card-renderer';
import type { CardHandlers } from './card-renderer';

export type CardRendererModule = typeof CardRenderer;

export function AdaptiveCardView(props: {
  renderer: CardRendererModule;
  card: CardJson;
  busy: boolean;
  handlers: CardHandlers;
}) {
  const t = useT();
  const styles = useCardSurfaceStyles();
  const host = useRef<HTMLDivElement>(null);
  const handlers = useRef(props.handlers);
  const [failure, setFailure] = useState<string | null>(null);
  const hostConfig = useMemo(() => teamsHostConfig(tokens), []);
  useEffect(() => {
    handlers.current = props.handlers;
  });

  const { renderer, card } = props;
  useEffect(() => {
    const target = host.current;
    if (!target) return;
    try {
      target.replaceChildren(
        renderer.renderCard(card, hostConfig, {
          onExecute: (verb, data) => handlers.current.onExecute(verb, data),
          onOpenUrl: (url) => handlers.current.onOpenUrl(url),
        }),
      );
      // Only drawing into this node (which React does not manage) tells whether the card can be
      // drawn; drawing during render instead would need the click handlers, which live in a ref.
      // eslint-disable-next-line react-hooks/set-state-in-effect -- an external renderer's outcome
      setFailure(null);
    } catch (err) {
      target.replaceChildren();
      setFailure(err instanceof Error ? err.message : String(err));
    }
    return () => target.replaceChildren();
  }, [renderer, card, hostConfig]);

  return (
    <>
      <div
        ref={host}
        className={`${styles.surface} ${props.busy ? styles.busy : ''}`}
        data-testid="preview-card-body"
        aria-busy={props.busy}
        inert={props.busy}
      />
      {failure && (
        <MessageBar intent="error" data-testid="preview-card-render-error">
          <MessageBarBody>{t('cards.renderFailed', { message: failure })}</MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
