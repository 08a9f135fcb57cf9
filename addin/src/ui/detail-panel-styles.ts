/**
 * The side panel that shows one item: its frame, title, facts list, text block and sections,
 * shared so that every such panel reads alike. Each panel's `makeStyles`
 * spreads these and adds its own.
 */
import { type GriffelStyle, tokens, typographyStyles } from '@fluentui/react-components';

export const detailPanelStyles = {
  drawer: { width: '440px', maxWidth: '100vw' },
  title: { ...typographyStyles.subtitle1, overflowWrap: 'anywhere' },
  body: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    paddingBottom: '24px',
  },
  chips: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
  },
  facts: {
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr',
    gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    margin: 0,
    ...typographyStyles.body1,
  },
  factName: { color: tokens.colorNeutralForeground2 },
  factValue: { margin: 0, overflowWrap: 'anywhere' },
  description: {
    ...typographyStyles.body1,
    whiteSpace: 'pre-wrap',
    overflowWrap: 'anywhere',
    margin: 0,
    padding: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusMedium,
  },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  sectionTitle: { ...typographyStyles.subtitle2, margin: 0 },
} satisfies Record<string, GriffelStyle>;
