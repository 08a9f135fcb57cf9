/**
 * Web storage that never throws. In a sandboxed frame, with third-party storage blocked, or in
 * some private modes even reading `window.sessionStorage` throws; the tab then simply forgets
 * choices on reload instead of failing to start.
 */
export type StorageKind = 'session' | 'local';

function storage(kind: StorageKind): Storage | null {
  try {
    return kind === 'session' ? window.sessionStorage : window.localStorage;
  } catch {
    return null;
  }
}

export function readKey(kind: StorageKind, key: string): string | null {
  try {
    return storage(kind)?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/** Writes the value, or removes the key for null. */
export function writeKey(kind: StorageKind, key: string, value: string | null): void {
  try {
    const s = storage(kind);
    if (value === null) s?.removeItem(key);
    else s?.setItem(key, value);
  } catch {
    // Quota exceeded or storage disabled: the value lasts until the page is reloaded.
  }
}
