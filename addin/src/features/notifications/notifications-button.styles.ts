import { makeStyles, shorthands, tokens, typographyStyles } from '@fluentui/react-components';

export const useNotificationStyles = makeStyles({
  trigger: { position: 'relative', display: 'inline-flex' },
  badge: { position: 'absolute', top: '-6px', right: '-8px', pointerEvents: 'none' },
  surface: { width: '360px', maxWidth: '90vw', padding: 0 },
  title: {
    ...typographyStyles.subtitle2,
    margin: 0,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    ...shorthands.borderBottom(tokens.strokeWidthThin, 'solid', tokens.colorNeutralStroke2),
  },
  list: { listStyle: 'none', margin: 0, padding: 0, maxHeight: '420px', overflowY: 'auto' },
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: '2px',
    width: '100%',
    textAlign: 'start',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    border: 'none',
    backgroundColor: 'transparent',
    color: tokens.colorNeutralForeground1,
    fontFamily: 'inherit',
    cursor: 'pointer',
    ...shorthands.borderBottom(tokens.strokeWidthThin, 'solid', tokens.colorNeutralStroke3),
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': {
      outlineStyle: 'solid',
      outlineWidth: tokens.strokeWidthThick,
      outlineColor: tokens.colorStrokeFocus2,
    },
  },
  unseen: { ...shorthands.borderLeft('3px', 'solid', tokens.colorBrandStroke1) },
  itemTitle: { ...typographyStyles.body1Strong },
  itemBody: { ...typographyStyles.caption1, color: tokens.colorNeutralForeground2 },
  itemTime: { ...typographyStyles.caption2, color: tokens.colorNeutralForeground3 },
  empty: { padding: tokens.spacingHorizontalL, color: tokens.colorNeutralForeground2, margin: 0 },
});
