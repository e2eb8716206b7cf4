/**
 * `npm run demo` — Chromium with the built extension on a demo Gmail thread, served from a saved
 * page at the real https://mail.google.com/ address (so the real content script runs), with
 * Parole's panel beside it. `npm run demo -- --screenshot out.png` does the same headless and
 * writes a picture of the thread with the panel.
 */
import { writeFileSync } from 'node:fs';
import { fixtureHtml, launchWithExtension, tabIdOf } from './browser.ts';

const DEMO_FIXTURE = 'gmail-fr-maquettes-v2';
const DEMO_URL = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzKCFrVpHqRFdwbHwwgRtLKdZJlb';
const THREAD_WIDTH = 960;
const PANEL_WIDTH = 400;
const HEIGHT = 820;

async function main(argv: string[]): Promise<void> {
  const at = argv.indexOf('--screenshot');
  let screenshot = at >= 0 ? (argv[at + 1] ?? 'out.png') : null;
  const noDisplay = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
  if (screenshot === null && noDisplay) {
    // A machine with no screen cannot show a browser window: show the demo as a picture instead.
    screenshot = 'parole-demo.png';
    process.stderr.write('No display here: the demo runs headless and writes parole-demo.png.\n');
  }
  const lang = argv.includes('--en') ? 'en-GB' : 'fr-FR';
  const ext = await launchWithExtension({ headless: screenshot !== null, lang });
  ext.serve(DEMO_URL.split('#')[0] ?? DEMO_URL, fixtureHtml(DEMO_FIXTURE));
  const thread = ext.context.pages()[0] ?? (await ext.context.newPage());
  await thread.setViewportSize({ width: THREAD_WIDTH, height: HEIGHT });
  await thread.goto(DEMO_URL);
  const tabId = await tabIdOf(ext.worker, thread);
  const panelUrl = `chrome-extension://${ext.extensionId}/sidepanel.html?tabId=${tabId}`;

  if (screenshot === null) {
    // Chrome opens the real side panel only on a user gesture (the toolbar button or Alt+Shift+K);
    // for the demo the same panel page opens in a narrow window beside the thread.
    await ext.worker.evaluate(
      ([url, left, width, height]) =>
        chrome.windows.create({ url, type: 'popup', left, top: 0, width, height }),
      [panelUrl, THREAD_WIDTH, PANEL_WIDTH, HEIGHT] as const,
    );
    process.stderr.write('Parole demo is running: close the browser to stop.\n');
    await new Promise((done) => ext.context.on('close', done));
    return;
  }

  const panel = await ext.context.newPage();
  await panel.setViewportSize({ width: PANEL_WIDTH, height: HEIGHT });
  await panel.goto(panelUrl);
  await panel.getByTestId('reply-text').waitFor({ timeout: 30_000 });
  await panel.waitForTimeout(300);
  const [left, right] = await Promise.all([thread.screenshot(), panel.screenshot()]);
  const frame = await ext.context.newPage();
  await frame.setViewportSize({ width: THREAD_WIDTH + PANEL_WIDTH + 1, height: HEIGHT });
  await frame.setContent(
    `<body style="margin:0;display:flex;background:#ccc;gap:1px">
      <img src="data:image/png;base64,${left.toString('base64')}">
      <img src="data:image/png;base64,${right.toString('base64')}"></body>`,
  );
  writeFileSync(screenshot, await frame.screenshot());
  process.stderr.write(`wrote ${screenshot}\n`);
  await ext.context.close();
}

main(process.argv.slice(2)).catch((e: unknown) => {
  process.stderr.write(`demo: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
