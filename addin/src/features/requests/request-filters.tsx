/** Filters of the list: status, SLA state, type and branch (any of several), and a title search. */
import { Button, Dropdown, Field, Input, Option } from '@fluentui/react-components';
import { Search20Regular } from '@fluentui/react-icons';
import { requestStatuses, slaStates } from './domain-lists';
import { useSession } from '../../app/session-context';
import { localName, useLocale, useT } from '../../app/i18n/i18n-context';
import { type RequestFilters, hasFilters, noFilters } from './request-filters-state';
import { useFilterStyles } from './request-filters.styles';

interface Choice {
  readonly value: string;
  readonly label: string;
}

export function RequestFiltersBar(props: {
  filters: RequestFilters;
  search: string;
  onChange: (filters: RequestFilters) => void;
  onSearch: (text: string) => void;
}) {
  const { filters, onChange } = props;
  const t = useT();
  const locale = useLocale();
  const { directory } = useSession();
  const styles = useFilterStyles();

  const multi = (
    key: 'status' | 'sla' | 'type' | 'branch',
    label: string,
    choices: readonly Choice[],
  ) => {
    const selected = filters[key];
    const first = choices.find((c) => c.value === selected[0]);
    const value =
      selected.length === 0
        ? ''
        : selected.length === 1
          ? (first?.label ?? '')
          : t('filter.selected', { count: selected.length });
    return (
      <Field label={label} size="small">
        <Dropdown
          className={styles.dropdown}
          size="small"
          multiselect
          placeholder={t('filter.all')}
          data-testid={`filter-${key}`}
          value={value}
          selectedOptions={[...selected]}
          onOptionSelect={(_, data) => onChange({ ...filters, [key]: data.selectedOptions })}
        >
          {choices.map((c) => (
            <Option key={c.value} value={c.value}>
              {c.label}
            </Option>
          ))}
        </Dropdown>
      </Field>
    );
  };

  return (
    <div className={styles.bar} role="search">
      {multi(
        'status',
        t('filter.status'),
        requestStatuses.map((s) => ({ value: s, label: t(`status.${s}`) })),
      )}
      {multi(
        'sla',
        t('filter.sla'),
        slaStates.map((s) => ({ value: s, label: t(`slaState.${s}`) })),
      )}
      {multi(
        'type',
        t('filter.type'),
        directory.requestTypes.map((x) => ({ value: x.id, label: localName(x, locale) })),
      )}
      {multi(
        'branch',
        t('filter.branch'),
        directory.branches.map((x) => ({ value: x.id, label: localName(x, locale) })),
      )}
      <Field label={t('filter.search')} size="small" className={styles.search}>
        <Input
          size="small"
          type="search"
          contentBefore={<Search20Regular />}
          placeholder={t('filter.searchPlaceholder')}
          data-testid="filter-search"
          value={props.search}
          onChange={(_, data) => props.onSearch(data.value)}
        />
      </Field>
      {(hasFilters(filters) || props.search.trim() !== '') && (
        <Button
          className={styles.clear}
          size="small"
          appearance="subtle"
          onClick={() => {
            props.onSearch('');
            onChange(noFilters);
          }}
        >
          {t('filter.clear')}
        </Button>
      )}
    </div>
  );
}
