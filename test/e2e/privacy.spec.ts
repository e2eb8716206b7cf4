/**
 * Nothing leaves the machine: a whole session (Gmail and Outlook threads read and analysed, every
 * panel tab opened, a reply inserted, the popup and the options page opened) while every request
 * of the browser context is recorded, the service worker's included. The extension's pages and
 * service worker may load only chrome-extension:// resources; a webmail tab may load only its
 * served page and the resources written in that saved page's own HTML (the page's, not ours).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, Request } from '@playwright/test';
import { EXTENSION_DIR, fixtureHtml } from '../tools/browser.ts';
import { expect, gmailThreadUrl, outlookThreadUrl, test } from './harness.ts';

const LOCAL = /^(?:chrome-extension:|data:|blob:|about:)/;

interface Seen {
  url: string;
  /** Who asked: the service worker, an extension page, or a webmail tab (by its page URL). */
  by: string;
}

/** The saved page's own resource addresses (src, href, url()), scheme-less, entities decoded. */
function resourcesOf(html: string): Set<string> {
  const out = new Set<string>();
  for (const m of html.matchAll(/(?:src|href|srcset)\s*=\s*["']([^"']+)["']|url\(\s*["']?([^"')]+)/gi)) {
    const raw = (m[1] ?? m[2] ?? '').replace(/&amp;/g, '&').trim();
    for (const part of raw.split(','))
      out.add(
        part
          .trim()
          .split(/\s+/)[0]
          ?.replace(/^https?:/, '') ?? '',
      );
  }
  return out;
}

async function panelTabs(panel: Page): Promise<number> {
  const tabs = panel.getByRole('tab');
  await expect(tabs.first()).toBeVisible();
  const count = await tabs.count();
  for (let i = 0; i < count; i++) {
    await tabs.nth(i).click();
    await expect(tabs.nth(i)).toHaveAttribute('aria-selected', 'true');
    await expect(panel.getByRole('tabpanel')).toBeVisible();
  }
  return count;
}

async function analysisShown(panel: Page): Promise<void> {
  await panel.waitForFunction(
    () => performance.getEntriesByName('parole:analysis-shown').length > 0,
    undefined,
    {
      timeout: 30_000,
    },
  );
}

test('a whole session sends nothing off the machine', async ({ ext, openThread, openPanel }) => {
  test.setTimeout(120_000);
  const seen: Seen[] = [];
  const webmail = new Map<string, Set<string>>();
  const record = (request: Request) => {
    const worker = request.serviceWorker();
    let by = 'unknown';
    if (worker) by = `service worker ${worker.url()}`;
    else {
      try {
        by = request.frame().page().url() || request.frame().url();
      } catch {
        // A request of a frame already gone: judged by its own URL only.
      }
    }
    seen.push({ url: request.url(), by });
  };
  ext.context.on('request', record);

  const sessions = [
    {
      fixture: 'gmail-fr-maquettes-v2',
      url: gmailThreadUrl('FMfcgzKCFrVpHqRFdwbHwwgRtLKdZJlb'),
      reply: 'Bonjour Paul,\nJe vous envoie la V3 le vendredi 27 novembre.',
    },
    {
      fixture: 'outlook-en-scope-creep-newest-on-top',
      url: outlookThreadUrl('AAQkADgdq%2BtBnfDJ2UBmiT6tJ3ByDP3uVVKUav3FCQlVlfBB%2BoPBVLgX%3D'),
      reply: 'Hi Olivia,\nI will send the revised quote on Friday 27 November.',
    },
  ];
  for (const s of sessions) {
    webmail.set(s.url.split('#')[0] ?? s.url, resourcesOf(fixtureHtml(s.fixture)));
    const { page, tabId } = await openThread(s.fixture, s.url);
    const panel = await openPanel(tabId);
    await expect(panel.getByRole('heading', { level: 1 })).not.toBeEmpty();
    await analysisShown(panel);
    expect(await panelTabs(panel)).toBeGreaterThan(1);
    await page.bringToFront();
    const answer = await panel.evaluate(
      (text) =>
        chrome.runtime.sendMessage({
          type: 'compose:insert',
          tabId: Number(new URL(location.href).searchParams.get('tabId')),
          text,
          replace: null,
        }),
      s.reply,
    );
    expect(answer).toMatchObject({ ok: true });
  }

  const popup = await ext.context.newPage();
  await popup.goto(`chrome-extension://${ext.extensionId}/popup.html`);
  await expect(popup.locator('body')).not.toBeEmpty();
  const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as {
    options_ui?: { page?: string };
    options_page?: string;
  };
  const optionsPage = manifest.options_ui?.page ?? manifest.options_page;
  if (optionsPage) {
    const options = await ext.context.newPage();
    await options.goto(`chrome-extension://${ext.extensionId}/${optionsPage}`);
    await expect(options.locator('body')).not.toBeEmpty();
  }
  // Late requests (timers, alarms fired on start) get a moment to show.
  await popup.waitForTimeout(1500);

  const fromWebmail = (s: Seen) => [...webmail.keys()].find((prefix) => s.by.startsWith(prefix));
  const offending = seen.filter((s) => {
    if (LOCAL.test(s.url)) return false;
    // The served fixture pages themselves (their navigation starts from about:blank).
    if ([...webmail.keys()].some((served) => s.url.startsWith(served))) return false;
    const prefix = fromWebmail(s);
    if (!prefix) return true;
    return !webmail.get(prefix)?.has(s.url.replace(/^https?:/, ''));
  });
  // The recording works: the extension's own files were seen.
  expect(seen.some((s) => s.url.startsWith(`chrome-extension://${ext.extensionId}/`))).toBe(true);
  expect(offending).toEqual([]);
  // What the harness aborted is the saved pages' own resources, nothing of ours.
  const blockedOfOurs = ext.blocked.filter(
    (url) => ![...webmail.values()].some((resources) => resources.has(url.replace(/^https?:/, ''))),
  );
  expect(blockedOfOurs).toEqual([]);
});
