import { useEffect, useState } from 'react';

/** The current instant, refreshed every `everyMs`, so "breached 3 hours ago" keeps up. */
export function useNow(everyMs: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}
