import { type GriffelStyle, makeStyles, tokens } from '@fluentui/react-components';

/** A form's fields and notices, one below the other. */
export const formContentStyle: GriffelStyle = {
  display: 'flex',
  flexDirection: 'column',
  gap: tokens.spacingVerticalM,
};

/** Short fields side by side, wrapping on a narrow screen. */
export const fieldRowStyle: GriffelStyle = {
  display: 'grid',
  gridTemplateColumns: 'repeat(auto-fit, minmax(160px, 1fr))',
  alignItems: 'start',
  gap: tokens.spacingHorizontalM,
};

export const useFormDialogStyles = makeStyles({
  content: formContentStyle,
  row: fieldRowStyle,
});
