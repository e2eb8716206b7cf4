/**
 * Launches Debian's Chromium with the built extension loaded, and serves saved webmail pages at
 * their real addresses (`https://mail.google.com/…`, `https://outlook.live.com/…`) so the real
 * content-script match patterns run. Every other request is aborted: nothing reaches the network.
 * Shared by the end-to-end suite and `npm run demo`.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from '@playwright/test';

export const EXTENSION_DIR = resolve(process.env.PAROLE_OUT_DIR ?? '.output', 'chrome-mv3');
export const FIXTURES_DIR = resolve('test/fixtures/threads');

export interface Launched {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  /** Requests the extension or pages tried to send off the machine (all aborted). */
  blocked: string[];
  /** Serves `html` for the next loads of pages whose URL starts with `prefix`. */
  serve(prefix: string, html: string): void;
}

export function fixtureHtml(name: string): string {
  return readFileSync(join(FIXTURES_DIR, `${name}.html`), 'utf8');
}

export async function launchWithExtension(
  options: { headless?: boolean; lang?: string } = {},
): Promise<Launched> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'parole-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    headless: options.headless ?? true,
    locale: options.lang ?? 'en-GB',
    viewport: { width: 1280, height: 800 },
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      `--lang=${options.lang ?? 'en-GB'}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
    ],
  });
  const pages: Array<{ prefix: string; html: string }> = [];
  const blocked: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    // The extension's own files are local, not network.
    if (url.startsWith('chrome-extension://')) return route.continue();
    const page = pages.find((p) => url.startsWith(p.prefix));
    if (page) return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: page.html });
    blocked.push(url);
    return route.abort('blockedbyclient');
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    worker,
    blocked,
    serve(prefix, html) {
      const existing = pages.findIndex((p) => p.prefix === prefix);
      if (existing >= 0) pages.splice(existing, 1);
      pages.unshift({ prefix, html });
    },
  };
}

/** The id Chrome gave the tab showing `page` (asked of the extension's service worker). */
export async function tabIdOf(worker: Worker, page: Page): Promise<number> {
  const url = page.url();
  const id = await worker.evaluate(async (u) => {
    const tabs = await chrome.tabs.query({});
    return tabs.find((t) => t.url === u)?.id ?? null;
  }, url);
  if (id === null) throw new Error(`no tab found for ${url}`);
  return id;
}

/** Replaces the page's document with another saved page and moves to `url`, as a webmail SPA does. */
export async function navigateInPage(page: Page, html: string, url: string): Promise<void> {
  await page.evaluate(
    ([source, target]) => {
      const next = new DOMParser().parseFromString(source, 'text/html');
      document.title = next.title;
      document.body.replaceWith(document.adoptNode(next.body));
      history.pushState(null, '', target);
    },
    [html, url] as const,
  );
}
