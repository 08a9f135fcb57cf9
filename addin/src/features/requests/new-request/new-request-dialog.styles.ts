import { makeStyles } from '@fluentui/react-components';

export const useNewRequestStyles = makeStyles({
  surface: { maxWidth: '640px', width: '100%' },
});
