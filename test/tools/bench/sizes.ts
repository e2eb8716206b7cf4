/**
 * Built sizes, from the production build (`wxt build`, minified): each content script, the
 * background, and the initial JavaScript of the side panel and the popup: the entry chunk named by
 * the page's `<script type="module">` plus everything it imports statically, transitively (lazy
 * `import()` chunks, such as the analysis engine, are left out: they load after first paint).
 *
 * Baselines, built in the same run with esbuild (minified, production):
 * - content script: the webmail adapter module alone (what reading costs; the rest is wiring);
 * - background: none (zod, Dexie and the browser API wrapper together; no single floor);
 * - panel, popup: react + react-dom/client, the framework floor.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, posix, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { type BenchLine, benchLine, unavailable } from './line.ts';

/** Targets (README "Performance"): minified bytes. */
export const SIZE_TARGETS = {
  contentScript: 25 * 1024,
  background: 250 * 1024,
  page: 500 * 1024,
} as const;

async function minifiedSize(contents: string): Promise<number> {
  const out = await build({
    stdin: { contents, resolveDir: resolve('.'), loader: 'ts', sourcefile: 'bench-floor.ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"production"', 'import.meta.env.MODE': '"production"' },
  });
  return out.outputFiles.reduce((n, f) => n + f.contents.length, 0);
}

const STATIC_IMPORT = /\b(?:import|export)\s*(?:[^'"()]*?\bfrom\s*)?["'](\.{0,2}\/[^"']+\.js)["']/g;

/** An entry chunk and its static imports, transitively: files relative to the build root. */
export function staticClosure(root: string, entry: string): string[] {
  const seen = new Set<string>();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(join(root, file), 'utf8');
    for (const m of code.matchAll(STATIC_IMPORT)) {
      const spec = m[1] as string;
      const next = spec.startsWith('/')
        ? spec.slice(1)
        : posix.normalize(posix.join(posix.dirname(file), spec));
      queue.push(next);
    }
  }
  return [...seen];
}

/** The entry chunk of an HTML page: its module script's `src`. */
export function pageEntry(root: string, html: string): string | null {
  const source = readFileSync(join(root, html), 'utf8');
  const src = /<script[^>]*type="module"[^>]*src="([^"]+)"/.exec(source)?.[1];
  return src ? src.replace(/^\//, '') : null;
}

function bytesOf(root: string, files: string[]): { raw: number; gzip: number } {
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const data = readFileSync(join(root, file));
    raw += data.length;
    gzip += gzipSync(data).length;
  }
  return { raw, gzip };
}

export async function benchSizes(outDir: string): Promise<BenchLine[]> {
  const root = join(outDir, 'chrome-mv3');
  if (!existsSync(join(root, 'manifest.json'))) {
    return [
      'content_script.gmail',
      'content_script.outlook',
      'background',
      'sidepanel_initial',
      'popup_initial',
    ].map((n) => unavailable(`size.${n}`, 'bytes', `no build in ${root}`));
  }
  const adapterFloor = {
    gmail: await minifiedSize(`export { gmailAdapter } from './lib/mail/gmail.ts';`),
    outlook: await minifiedSize(`export { outlookAdapter } from './lib/mail/outlook.ts';`),
  };
  const reactFloor = await minifiedSize(
    `import { createElement } from 'react'; import { createRoot } from 'react-dom/client'; export { createElement, createRoot };`,
  );

  const lines: BenchLine[] = [];
  for (const provider of ['gmail', 'outlook'] as const) {
    const file = `content-scripts/${provider}.js`;
    if (!existsSync(join(root, file))) {
      lines.push(unavailable(`size.content_script.${provider}`, 'bytes', `${file} not built`));
      continue;
    }
    const { raw, gzip } = bytesOf(root, [file]);
    lines.push(
      benchLine(
        `size.content_script.${provider}`,
        raw,
        'bytes',
        adapterFloor[provider],
        `minified, ${gzip} gzipped; target <= ${SIZE_TARGETS.contentScript}; baseline: the ${provider} adapter module alone`,
      ),
    );
  }
  const background = bytesOf(root, ['background.js']);
  lines.push(
    benchLine(
      'size.background',
      background.raw,
      'bytes',
      null,
      `minified, ${background.gzip} gzipped; target <= ${SIZE_TARGETS.background}; no baseline: no single library is its floor (zod, Dexie, wxt/browser; esbuild bundles of zod alone do not tree-shake and outweigh it)`,
    ),
  );
  for (const [name, html] of [
    ['sidepanel', 'sidepanel.html'],
    ['popup', 'popup.html'],
  ] as const) {
    const entry = existsSync(join(root, html)) ? pageEntry(root, html) : null;
    if (!entry) {
      lines.push(
        unavailable(`size.${name}_initial_js`, 'bytes', `${html} or its module script not found`, reactFloor),
      );
      continue;
    }
    const files = staticClosure(root, entry);
    const { raw, gzip } = bytesOf(root, files);
    lines.push(
      benchLine(
        `size.${name}_initial_js`,
        raw,
        'bytes',
        reactFloor,
        `${files.length} files (entry + static imports, lazy chunks excluded), ${gzip} gzipped; target <= ${SIZE_TARGETS.page}; baseline: react + react-dom/client minified`,
      ),
    );
  }
  return lines;
}

/** Where builds go: PAROLE_OUT_DIR (each helper's own), else the default `.output`. */
export const outDirOf = (env: NodeJS.ProcessEnv = process.env) => resolve(env.PAROLE_OUT_DIR ?? '.output');
