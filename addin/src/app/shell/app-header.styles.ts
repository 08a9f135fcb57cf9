import { makeStyles, shorthands, tokens, typographyStyles } from '@fluentui/react-components';

export const useHeaderStyles = makeStyles({
  header: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    ...shorthands.borderBottom(tokens.strokeWidthThin, 'solid', tokens.colorNeutralStroke2),
    minHeight: '48px',
    boxSizing: 'border-box',
  },
  brand: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  appName: {
    ...typographyStyles.subtitle1,
    margin: 0,
    '@media (max-width: 520px)': {
      position: 'absolute',
      width: '1px',
      height: '1px',
      overflow: 'hidden',
      clip: 'rect(0 0 0 0)',
    },
  },
  channel: { ...typographyStyles.caption1, color: tokens.colorNeutralForeground2 },
  spacer: { flexGrow: 1 },
  me: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, minWidth: 0 },
  meText: { display: 'flex', flexDirection: 'column', minWidth: 0 },
  meName: {
    ...typographyStyles.body1Strong,
    whiteSpace: 'nowrap',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
  },
  meDept: { ...typographyStyles.caption1, color: tokens.colorNeutralForeground2 },
  locale: { minWidth: '100px' },
  hideNarrow: { '@media (max-width: 640px)': { display: 'none' } },
});
