/** Small building blocks every feature's cards share. */
import type { TextBlock } from './card-types';

/** Teams refreshes automatically for at most 60 listed users. */
export const maxRefreshUserIds = 60;

export function text(
  value: string,
  options: Omit<TextBlock, 'type' | 'text' | 'wrap'> = {},
): TextBlock {
  return { type: 'TextBlock', text: value, wrap: true, ...options };
}
