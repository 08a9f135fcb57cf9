/**
 * The JavaScript the tab's page loads before it can show anything: the scripts (`nomodule` ones
 * aside, modern browsers skip them) and the modulepreload links of the built index.html, which
 * Vite writes for every chunk the entry imports statically.
 * Lazy chunks are excluded on purpose; their total is reported beside it for context.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface JsSize {
  readonly files: readonly string[];
  readonly gzipBytes: number;
}

const gzipBytes = (file: string) => gzipSync(readFileSync(file), { level: 9 }).byteLength;

/** Relative URLs of the initially loaded JS in an index.html, in document order. */
export function initialScriptUrls(html: string): string[] {
  const urls: string[] = [];
  for (const tag of html.match(/<(script|link)\b[^>]*>/gi) ?? []) {
    const attr = (name: string) =>
      new RegExp(`\\s${name}\\s*=\\s*["']([^"']*)["']`, 'i').exec(tag)?.[1];
    const isScript = /^<script/i.test(tag) && !/\snomodule\b/i.test(tag) && attr('src');
    const isPreload = /^<link/i.test(tag) && attr('rel') === 'modulepreload' && attr('href');
    const url = isScript ? attr('src') : isPreload ? attr('href') : undefined;
    if (url && !urls.includes(url)) urls.push(url);
  }
  return urls;
}

export function initialJsSize(distDir: string): JsSize {
  const urls = initialScriptUrls(readFileSync(path.join(distDir, 'index.html'), 'utf8'));
  if (urls.length === 0) throw new Error(`${distDir}/index.html loads no script`);
  const files = urls.map((u) => path.join(distDir, new URL(u, 'http://tab/').pathname));
  return { files, gzipBytes: files.reduce((sum, f) => sum + gzipBytes(f), 0) };
}

/** Every .js file of the build, lazy chunks included. */
export function totalJsSize(distDir: string): JsSize {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.js')) files.push(p);
    }
  };
  walk(distDir);
  return { files, gzipBytes: files.reduce((sum, f) => sum + gzipBytes(f), 0) };
}
