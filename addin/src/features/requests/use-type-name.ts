/** The name of a request type in the tab's language, from the session's directory. */
import { useMemo } from 'react';
import { useSession } from '../../app/session-context';
import { localName, useLocale } from '../../app/i18n/i18n-context';

export function useTypeName(): (typeId: string) => string {
  const { directory } = useSession();
  const locale = useLocale();
  return useMemo(() => {
    const types = new Map<string, (typeof directory.requestTypes)[number]>(
      directory.requestTypes.map((x) => [x.id, x]),
    );
    return (typeId) => {
      const type = types.get(typeId);
      return type ? localName(type, locale) : typeId;
    };
  }, [directory, locale]);
}
