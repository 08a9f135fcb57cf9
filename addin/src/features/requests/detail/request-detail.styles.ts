import { makeStyles, shorthands, tokens, typographyStyles } from '@fluentui/react-components';
import { detailPanelStyles } from '../../../ui/detail-panel-styles';

export const useDetailStyles = makeStyles({
  ...detailPanelStyles,
  header: { paddingBottom: tokens.spacingVerticalS },
  clock: {
    display: 'grid',
    gridTemplateColumns: '1fr auto',
    gap: tokens.spacingHorizontalS,
    alignItems: 'baseline',
    ...typographyStyles.body1,
  },
  clockDue: { ...typographyStyles.caption1, color: tokens.colorNeutralForeground2 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  muted: { ...typographyStyles.caption1, color: tokens.colorNeutralForeground2, margin: 0 },
  form: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    ...shorthands.border(tokens.strokeWidthThin, 'solid', tokens.colorNeutralStroke2),
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  formTitle: { ...typographyStyles.body1Strong, margin: 0 },
  formButtons: { display: 'flex', gap: tokens.spacingHorizontalS },
  kept: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});
