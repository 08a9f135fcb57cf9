/** Screenshots and other files the browser tests keep for people to look at (git-ignored). */
import { mkdirSync } from 'node:fs';
import path from 'node:path';

export const ARTIFACTS_DIR = path.resolve(__dirname, '../artifacts');

export function artifactPath(fileName: string): string {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  return path.join(ARTIFACTS_DIR, fileName);
}
