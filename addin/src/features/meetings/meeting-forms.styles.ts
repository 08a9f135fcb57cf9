import { makeStyles, shorthands, tokens, typographyStyles } from '@fluentui/react-components';
import { fieldRowStyle, formContentStyle } from '../../ui/forms/form-dialog.styles';

export const useFormStyles = makeStyles({
  surface: { maxWidth: '720px', width: '100%' },
  content: formContentStyle,
  row: {
    ...fieldRowStyle,
    // A select is as wide as its longest option (time zones are long) unless allowed to shrink.
    '& > *': { minWidth: 0 },
    '& select': { minWidth: 0, width: '100%' },
  },
  form: {
    ...formContentStyle,
    padding: tokens.spacingHorizontalM,
    ...shorthands.border(tokens.strokeWidthThin, 'solid', tokens.colorNeutralStroke2),
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  formTitle: { ...typographyStyles.body1Strong, margin: 0 },
  fieldset: {
    ...shorthands.border(tokens.strokeWidthThin, 'solid', tokens.colorNeutralStroke2),
    borderRadius: tokens.borderRadiusMedium,
    margin: 0,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    minWidth: 0,
  },
  legend: { ...typographyStyles.body1Strong, padding: `0 ${tokens.spacingHorizontalXS}` },
  weekdays: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  error: { ...typographyStyles.caption1, color: tokens.colorPaletteRedForeground1 },
  hint: { ...typographyStyles.caption1, color: tokens.colorNeutralForeground2, margin: 0 },
  slots: { maxHeight: '220px', overflowY: 'auto' },
  actionRow: {
    display: 'grid',
    gridTemplateColumns: 'minmax(160px, 2fr) minmax(120px, 1fr) minmax(130px, 1fr) auto',
    alignItems: 'end',
    gap: tokens.spacingHorizontalS,
    '@media (max-width: 640px)': { gridTemplateColumns: 'minmax(0, 1fr)' },
  },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});
