import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';

export const useListStyles = makeStyles({
  scroller: {
    flexGrow: 1,
    minHeight: 0,
    overflowY: 'auto',
    position: 'relative',
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalL,
    boxSizing: 'border-box',
  },
  rows: { position: 'relative', width: '100%' },
  center: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalXXXL,
    textAlign: 'center',
  },
  emptyTitle: { ...typographyStyles.subtitle1, margin: 0 },
  emptyText: { ...typographyStyles.body1, color: tokens.colorNeutralForeground2, margin: 0 },
  more: { display: 'flex', justifyContent: 'center', padding: tokens.spacingVerticalM },
  error: { margin: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}` },
});
