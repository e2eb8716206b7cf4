/**
 * What the extension costs in a real browser (Debian's Chromium, the built extension loaded):
 * - the adapter reading a generated 50-message Gmail page, timed inside the page (the adapter
 *   source bundled and minified as the build does), vs a bare querySelectorAll + textContent walk;
 * - from a thread navigation in the webmail tab to the thread, then its analysis, shown in the side
 *   panel (the panel's `parole:thread-shown` / `parole:analysis-shown` performance marks);
 * - the JavaScript heap of the webmail page with the content script (at the Gmail address) vs
 *   the same page at an address no content script matches, after a forced garbage collection.
 */
import type { CDPSession, Page } from '@playwright/test';
import { build } from 'esbuild';
import { type Launched, launchWithExtension, tabIdOf } from '../browser.ts';
import { ITEM_SELECTOR } from './dom-read.ts';
import { type BenchLine, benchLine, unavailable } from './line.ts';
import { bilingualMessages, GMAIL_PAGE_URL, gmailPage } from './thread-page.ts';

/** The adapters as one browser script exposing `ParoleBench.gmailAdapter`. */
async function adapterBundle(): Promise<string> {
  const out = await build({
    stdin: {
      contents: `export { gmailAdapter } from './lib/mail/gmail.ts'; export { outlookAdapter } from './lib/mail/outlook.ts';`,
      resolveDir: process.cwd(),
      loader: 'ts',
    },
    bundle: true,
    minify: true,
    format: 'iife',
    globalName: 'ParoleBench',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  });
  return out.outputFiles[0]?.text ?? '';
}

/** The median milliseconds of `adapter.read` and of the bare walk, measured in the page itself. */
async function readInPage(
  page: Page,
  itemSelector: string,
): Promise<{ read: number; bare: number; messages: number }> {
  // tsx compiles with esbuild's keepNames: the function below calls its `__name` helper.
  await page.evaluate('globalThis.__name = globalThis.__name || ((f) => f)');
  return page.evaluate((selector) => {
    const g = globalThis as unknown as {
      ParoleBench: { gmailAdapter: { read(d: Document): { ok: boolean; thread?: { messages: unknown[] } } } };
    };
    const adapter = g.ParoleBench.gmailAdapter;
    const median = (task: () => unknown) => {
      task();
      const times: number[] = [];
      const started = performance.now();
      while (times.length < 100 && (times.length < 5 || performance.now() - started < 1000)) {
        // Ten runs per sample: Chromium coarsens performance.now() to 0.1 ms.
        const t0 = performance.now();
        for (let i = 0; i < 10; i++) task();
        times.push((performance.now() - t0) / 10);
      }
      times.sort((a, b) => a - b);
      return times[Math.floor(times.length / 2)] ?? Number.NaN;
    };
    const first = adapter.read(document);
    const read = median(() => adapter.read(document));
    const bare = median(() => {
      let chars = 0;
      for (const el of Array.from(document.querySelectorAll(selector)))
        chars += (el.textContent ?? '').length;
      return chars;
    });
    return { read, bare, messages: first.ok ? (first.thread?.messages.length ?? 0) : -1 };
  }, itemSelector);
}

async function benchChromiumRead(ext: Launched, html: string): Promise<BenchLine> {
  // An address no content script matches: the page holds only what the bench injects.
  const url = 'https://bench.parole.invalid/gmail-50';
  ext.serve(url, html);
  const page = await ext.context.newPage();
  try {
    await page.goto(url);
    await page.addScriptTag({ content: await adapterBundle() });
    const { read, bare, messages } = await readInPage(page, ITEM_SELECTOR.gmail);
    if (messages <= 0)
      return unavailable('dom_read.chromium.gmail_50_messages', 'ms', 'the adapter could not read the page');
    return benchLine(
      `dom_read.chromium.gmail_${messages}_messages`,
      read,
      'ms',
      bare,
      'gmailAdapter.read (bundled, minified) in Chromium; baseline: querySelectorAll + textContent walk; target <= 5 ms',
    );
  } finally {
    await page.close();
  }
}

async function heapUsed(page: Page, cdp: CDPSession): Promise<number> {
  await page.waitForTimeout(300);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  return usedSize;
}

async function tabState(ext: Launched, tabId: number): Promise<string | null> {
  return ext.worker.evaluate(async (id) => {
    const key = `tab:${id}`;
    const state = (await chrome.storage.session.get(key))[key] as { status?: string } | undefined;
    return state?.status ?? null;
  }, tabId);
}

async function waitFor(check: () => Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}

async function benchMemory(ext: Launched, html: string): Promise<BenchLine> {
  const name = 'memory.content_script_heap_gmail_50';
  const measure = async (url: string, withScript: boolean) => {
    ext.serve(url.split('#')[0] ?? url, html);
    const page = await ext.context.newPage();
    try {
      await page.goto(url);
      if (withScript) {
        const tabId = await tabIdOf(ext.worker, page);
        const ready = await waitFor(async () => (await tabState(ext, tabId)) === 'ready', 20_000);
        if (!ready) return null;
      }
      const cdp = await ext.context.newCDPSession(page);
      const sizes = [await heapUsed(page, cdp), await heapUsed(page, cdp), await heapUsed(page, cdp)];
      sizes.sort((a, b) => a - b);
      return sizes[1] ?? null;
    } finally {
      await page.close();
    }
  };
  const without = await measure('https://bench.parole.invalid/mail/u/0/#inbox/memory', false);
  const withExt = await measure(`${GMAIL_PAGE_URL.split('#')[0]}#inbox/FMfcgzKCMemoryBench0001`, true);
  if (withExt === null || without === null)
    return unavailable(name, 'MB', 'the content script did not report the thread in time');
  const mb = (bytes: number) => bytes / 1_048_576;
  return benchLine(
    name,
    mb(withExt),
    'MB',
    mb(without),
    `page JS heap after GC with the content script (Gmail address) vs the same page where no content script runs; the script adds ${mb(withExt - without).toFixed(2)} MB`,
  );
}

/** Replaces the webmail page's content and URL as Gmail does, returning the epoch ms just before. */
async function navigate(page: Page, html: string, url: string): Promise<number> {
  return page.evaluate(
    ([source, target]) => {
      const next = new DOMParser().parseFromString(source, 'text/html');
      const at = performance.timeOrigin + performance.now();
      document.title = next.title;
      document.body.replaceWith(document.adoptNode(next.body));
      history.pushState(null, '', target);
      return at;
    },
    [html, url] as const,
  );
}

/** Epoch ms of the first `name` mark in the panel after `since`, or null. */
async function markAfter(
  panel: Page,
  name: string,
  since: number,
  timeoutMs: number,
): Promise<number | null> {
  try {
    const handle = await panel.waitForFunction(
      ([mark, after]) => {
        const hit = performance
          .getEntriesByName(mark, 'mark')
          .map((e) => performance.timeOrigin + e.startTime)
          .find((t) => t >= after);
        return hit ?? false;
      },
      [name, since] as const,
      { timeout: timeoutMs, polling: 50 },
    );
    return (await handle.jsonValue()) as number;
  } catch {
    return null;
  }
}

async function benchThreadShown(ext: Launched, pages: string[]): Promise<BenchLine> {
  const name = 'panel.navigation_to_analysis_shown';
  const firstUrl = `${GMAIL_PAGE_URL.split('#')[0]}#inbox/FMfcgzKCBenchNavStart`;
  ext.serve(firstUrl.split('#')[0] ?? firstUrl, pages[0] ?? '');
  const page = await ext.context.newPage();
  try {
    await page.goto(firstUrl);
    const tabId = await tabIdOf(ext.worker, page);
    const panel = await ext.context.newPage();
    await panel.goto(`chrome-extension://${ext.extensionId}/sidepanel.html?tabId=${tabId}`);
    // Warm: the first analysis also loads the analysis chunk; navigations after it are measured.
    if ((await markAfter(panel, 'parole:analysis-shown', 0, 30_000)) === null)
      return unavailable(name, 'ms', 'the panel never marked parole:analysis-shown (analysis not shown)');
    const analysis: number[] = [];
    const reading: number[] = [];
    for (let i = 1; i <= 4; i++) {
      const html = pages[i % pages.length] ?? '';
      const start = await navigate(
        page,
        html,
        `${GMAIL_PAGE_URL.split('#')[0]}#inbox/FMfcgzKCBenchNav000${i}`,
      );
      const shown = await markAfter(panel, 'parole:analysis-shown', start, 20_000);
      const read = await markAfter(panel, 'parole:thread-shown', start, 1_000);
      if (shown === null || read === null)
        return unavailable(name, 'ms', `navigation ${i}: the panel did not update`);
      analysis.push(shown - start);
      reading.push(read - start);
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
    return benchLine(
      name,
      median(analysis),
      'ms',
      median(reading),
      'median of 4 in-page navigations between 50-message threads (content script debounce included); baseline: the same navigation to the thread shown, before its analysis',
    );
  } finally {
    await page.close();
  }
}

export async function benchChromium(): Promise<BenchLine[]> {
  const pageA = await gmailPage(bilingualMessages(50), { threadNumber: 1882396840428038001n });
  const pageB = await gmailPage(bilingualMessages(51).slice(1), { threadNumber: 1882396840428038002n });
  let ext: Launched;
  try {
    ext = await launchWithExtension();
  } catch (e) {
    const note = `Chromium did not start: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`;
    return [
      unavailable('dom_read.chromium.gmail_50_messages', 'ms', note),
      unavailable('panel.navigation_to_analysis_shown', 'ms', note),
      unavailable('memory.content_script_heap_gmail_50', 'MB', note),
    ];
  }
  try {
    return [
      await benchChromiumRead(ext, pageA),
      await benchThreadShown(ext, [pageA, pageB]),
      await benchMemory(ext, pageA),
    ];
  } finally {
    await ext.context.close();
  }
}
