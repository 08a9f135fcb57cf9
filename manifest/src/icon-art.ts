import type { Raster } from './png';

/** The Tandem mark: two overlapping rounded squares, the two departments working as one. */

type Rgb = readonly [number, number, number];
type Inside = (x: number, y: number) => boolean;

interface Layer {
  readonly colour: Rgb;
  readonly alpha: number;
  readonly inside: Inside;
}

export const ACCENT: Rgb = [0x0e, 0x7c, 0x86];
const WHITE: Rgb = [255, 255, 255];
const AMBER: Rgb = [0xff, 0xc8, 0x57];
const SUBSAMPLES = 4;

/** Signed distance to a rounded square given by its centre, half side and corner radius. */
function roundedSquareDistance(cx: number, cy: number, half: number, radius: number) {
  return (x: number, y: number): number => {
    const qx = Math.abs(x - cx) - (half - radius);
    const qy = Math.abs(y - cy) - (half - radius);
    const outside = Math.hypot(Math.max(qx, 0), Math.max(qy, 0));
    return outside + Math.min(Math.max(qx, qy), 0) - radius;
  };
}

const filled =
  (distance: (x: number, y: number) => number): Inside =>
  (x, y) =>
    distance(x, y) <= 0;

const ring =
  (distance: (x: number, y: number) => number, width: number): Inside =>
  (x, y) => {
    const d = distance(x, y);
    return d <= 0 && d >= -width;
  };

/** Composites the layers "over" each other with supersampled coverage for smooth edges. */
function paint(size: number, layers: readonly Layer[]): Raster {
  const rgba = new Uint8Array(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let [r, g, b, a] = [0, 0, 0, 0];
      for (const layer of layers) {
        let hits = 0;
        for (let sy = 0; sy < SUBSAMPLES; sy++) {
          for (let sx = 0; sx < SUBSAMPLES; sx++) {
            const x = px + (sx + 0.5) / SUBSAMPLES;
            const y = py + (sy + 0.5) / SUBSAMPLES;
            if (layer.inside(x, y)) hits++;
          }
        }
        const la = (layer.alpha * hits) / (SUBSAMPLES * SUBSAMPLES);
        const outA = la + a * (1 - la);
        if (outA === 0) continue;
        const mix = (top: number, bottom: number) => (top * la + bottom * a * (1 - la)) / outA;
        [r, g, b, a] = [
          mix(layer.colour[0], r),
          mix(layer.colour[1], g),
          mix(layer.colour[2], b),
          outA,
        ];
      }
      rgba.set([r, g, b, a * 255].map(Math.round), (py * size + px) * 4);
    }
  }
  return { width: size, height: size, rgba };
}

/** 192×192 full-colour icon: the mark in white and amber on the accent colour. */
export function drawColorIcon(): Raster {
  const size = 192;
  const back = roundedSquareDistance(82, 82, 34, 12);
  const front = roundedSquareDistance(110, 110, 34, 12);
  return paint(size, [
    { colour: ACCENT, alpha: 1, inside: () => true },
    { colour: AMBER, alpha: 1, inside: filled(back) },
    { colour: WHITE, alpha: 0.85, inside: filled(front) },
  ]);
}

/** 32×32 outline icon: the mark as white strokes on a transparent background. */
export function drawOutlineIcon(): Raster {
  const size = 32;
  return paint(size, [
    { colour: WHITE, alpha: 1, inside: ring(roundedSquareDistance(13, 13, 8, 3), 2) },
    { colour: WHITE, alpha: 1, inside: ring(roundedSquareDistance(19, 19, 8, 3), 2) },
  ]);
}
