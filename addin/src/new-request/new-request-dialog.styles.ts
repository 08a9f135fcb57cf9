import { makeStyles, tokens } from '@fluentui/react-components';

export const useNewRequestStyles = makeStyles({
  surface: { maxWidth: '640px', width: '100%' },
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  row: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(160px, 1fr))',
    alignItems: 'start',
    gap: tokens.spacingHorizontalM,
  },
});
