/** Regenerates manifest/color.png and manifest/outline.png from the drawing in src/icon-art.ts. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { drawColorIcon, drawOutlineIcon } from '../src/icon-art';
import { encodePng } from '../src/png';

const manifestDir = join(__dirname, '..', '..');
for (const [file, raster] of [
  ['color.png', drawColorIcon()],
  ['outline.png', drawOutlineIcon()],
] as const) {
  const png = encodePng(raster);
  writeFileSync(join(manifestDir, file), png);
  console.log(`wrote ${file}: ${raster.width}×${raster.height}, ${png.length} bytes`);
}
