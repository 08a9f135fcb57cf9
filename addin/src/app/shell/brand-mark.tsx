/** The Tandem mark: two overlapping rounded shapes, two departments working as one. */
import { tokens } from '@fluentui/react-components';

export function BrandMark({ size = 28 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect
        x="2"
        y="6"
        width="18"
        height="18"
        rx="6"
        style={{ fill: tokens.colorBrandBackground }}
      />
      <rect
        x="12"
        y="8"
        width="18"
        height="18"
        rx="6"
        style={{ fill: tokens.colorPaletteTealBorderActive, opacity: 0.85 }}
      />
    </svg>
  );
}
