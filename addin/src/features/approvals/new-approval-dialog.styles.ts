import { makeStyles } from '@fluentui/react-components';

export const useNewApprovalStyles = makeStyles({
  surface: { maxWidth: '680px', width: '100%' },
});
