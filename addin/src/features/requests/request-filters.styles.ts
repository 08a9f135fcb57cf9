import { makeStyles, tokens } from '@fluentui/react-components';

export const useFilterStyles = makeStyles({
  bar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-end',
    gap: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
  },
  dropdown: { minWidth: '150px', maxWidth: '200px' },
  search: { minWidth: '200px', flexGrow: 1, maxWidth: '320px' },
  clear: { alignSelf: 'flex-end' },
});
