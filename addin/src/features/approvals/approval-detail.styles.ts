import { makeStyles, shorthands, tokens, typographyStyles } from '@fluentui/react-components';
import { detailPanelStyles } from '../../ui/detail-panel-styles';

export const useApprovalDetailStyles = makeStyles({
  ...detailPanelStyles,
  overdue: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  muted: { ...typographyStyles.caption1, color: tokens.colorNeutralForeground2, margin: 0 },
  people: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column' },
  person: {
    display: 'grid',
    gridTemplateColumns: '28px 1fr auto',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} 0`,
  },
  personName: { ...typographyStyles.body1 },
  comment: {
    ...typographyStyles.body1,
    gridColumn: '2 / 4',
    whiteSpace: 'pre-wrap',
    overflowWrap: 'anywhere',
    margin: 0,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    ...shorthands.borderLeft(tokens.strokeWidthThick, 'solid', tokens.colorBrandStroke2),
    backgroundColor: tokens.colorNeutralBackground2,
  },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  form: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    ...shorthands.border(tokens.strokeWidthThin, 'solid', tokens.colorNeutralStroke2),
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  formButtons: { display: 'flex', gap: tokens.spacingHorizontalS },
});
