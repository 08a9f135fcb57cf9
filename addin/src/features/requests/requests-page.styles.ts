import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';

export const usePageStyles = makeStyles({
  app: {
    display: 'flex',
    flexDirection: 'column',
    height: '100%',
    backgroundColor: tokens.colorNeutralBackground2,
  },
  content: { display: 'flex', flexGrow: 1, minHeight: 0 },
  main: { display: 'flex', flexDirection: 'column', flexGrow: 1, minWidth: 0 },
  toolbar: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL} 0`,
  },
  count: {
    ...typographyStyles.caption1,
    color: tokens.colorNeutralForeground2,
    whiteSpace: 'nowrap',
    '@media (max-width: 520px)': { display: 'none' },
  },
  newButton: { whiteSpace: 'nowrap', flexShrink: 0 },
  spacer: { flexGrow: 1 },
  notice: { margin: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalL}` },
});
