/**
 * Whether a Microsoft 365 host can be on the other side. teams-js itself gives up at once when
 * the page has no parent or opener window and no native bridge (mobile); checking the same
 * things first lets a plain browser skip downloading the SDK at all.
 */
export interface WindowLike {
  readonly parent: unknown;
  readonly self: unknown;
  readonly opener: unknown;
}

export function mayHaveHost(win: WindowLike): boolean {
  return win.parent !== win.self || Boolean(win.opener) || 'nativeInterface' in win;
}
