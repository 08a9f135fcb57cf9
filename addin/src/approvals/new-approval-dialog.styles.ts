import { makeStyles, tokens } from '@fluentui/react-components';

export const useNewApprovalStyles = makeStyles({
  surface: { maxWidth: '680px', width: '100%' },
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  row: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(160px, 1fr))',
    alignItems: 'start',
    gap: tokens.spacingHorizontalM,
  },
});
