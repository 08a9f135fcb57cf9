/**
 * The preview page, and the renderer's markup (`ac-*` classes) styled as Teams draws cards:
 * Fluent buttons and inputs, a positive action in the brand colour, a destructive one in red.
 */
import { makeStyles, shorthands, tokens, typographyStyles } from '@fluentui/react-components';

export const useCardPreviewStyles = makeStyles({
  page: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL} ${tokens.spacingVerticalXXL}`,
  },
  head: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM },
  title: { ...typographyStyles.subtitle1, margin: 0 },
  intro: { ...typographyStyles.body1, color: tokens.colorNeutralForeground2, margin: 0 },
  count: { ...typographyStyles.caption1, color: tokens.colorNeutralForeground2 },
  spacer: { flexGrow: 1 },
  grid: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'grid',
    // Wide enough for a request card's four buttons side by side, as Teams shows them.
    gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 480px), 1fr))',
    alignItems: 'start',
    gap: tokens.spacingHorizontalL,
  },
  item: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, minWidth: 0 },
  itemHead: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    ...typographyStyles.caption1,
    color: tokens.colorNeutralForeground2,
    minWidth: 0,
  },
  itemTitle: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  empty: { ...typographyStyles.body1, color: tokens.colorNeutralForeground2 },
});

const button = {
  fontFamily: tokens.fontFamilyBase,
  fontSize: tokens.fontSizeBase300,
  fontWeight: tokens.fontWeightSemibold,
  minHeight: '32px',
  padding: `0 ${tokens.spacingHorizontalM}`,
  borderRadius: tokens.borderRadiusMedium,
  ...shorthands.border(tokens.strokeWidthThin, 'solid', tokens.colorNeutralStroke1),
  backgroundColor: tokens.colorNeutralBackground1,
  color: tokens.colorNeutralForeground1,
  cursor: 'pointer',
  overflow: 'hidden',
  textOverflow: 'ellipsis',
  whiteSpace: 'nowrap',
  ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
  ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
} as const;

const input = {
  fontFamily: tokens.fontFamilyBase,
  fontSize: tokens.fontSizeBase300,
  color: tokens.colorNeutralForeground1,
  backgroundColor: tokens.colorNeutralBackground1,
  ...shorthands.border(tokens.strokeWidthThin, 'solid', tokens.colorNeutralStroke1),
  borderRadius: tokens.borderRadiusMedium,
  padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
  boxSizing: 'border-box',
  width: '100%',
  ':focus': {
    outline: 'none',
    borderBottomColor: tokens.colorCompoundBrandStroke,
    borderBottomWidth: tokens.strokeWidthThick,
  },
} as const;

export const useCardSurfaceStyles = makeStyles({
  surface: {
    borderRadius: tokens.borderRadiusLarge,
    overflow: 'hidden',
    boxShadow: tokens.shadow4,
    backgroundColor: tokens.colorNeutralBackground1,
    ...shorthands.border(tokens.strokeWidthThin, 'solid', tokens.colorNeutralStroke2),
    // Buttons that do not fit wrap to the next line instead of being cut short.
    '& .ac-actionSet': { flexWrap: 'wrap', rowGap: tokens.spacingVerticalS },
    '& .ac-pushButton': button,
    '& .ac-pushButton.style-positive': {
      backgroundColor: tokens.colorBrandBackground,
      color: tokens.colorNeutralForegroundOnBrand,
      ...shorthands.borderColor('transparent'),
      ':hover': { backgroundColor: tokens.colorBrandBackgroundHover },
    },
    '& .ac-pushButton.style-destructive': { color: tokens.colorPaletteRedForeground1 },
    '& .ac-pushButton.expanded': { backgroundColor: tokens.colorNeutralBackground1Selected },
    '& .ac-input': input,
    '& .ac-input.ac-input-validation-failed': {
      ...shorthands.borderColor(tokens.colorPaletteRedBorder2),
    },
    '& .ac-anchor': { color: tokens.colorBrandForegroundLink },
  },
  busy: { opacity: 0.6, cursor: 'progress' },
  problem: { padding: tokens.spacingHorizontalM },
});
