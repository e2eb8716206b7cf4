import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { findComposer, insertAtTop, replaceSpan } from '../mail/compose.ts';
import { watchDraft } from '../mail/draft-watch.ts';
import { expandAll } from '../mail/expand.ts';
import type { PageKit } from '../mail/page-kit.ts';
import { watchThread } from '../mail/watch-thread.ts';
import { acceptCommand, sendFromContent } from '../messages/content.ts';
import type { CommandResult, TabCommand } from '../messages/tab-command.ts';

/**
 * The content script's whole job, for one provider: report the thread in view (and each change of
 * it) and the draft being typed to the background, and carry out the panel's commands on the page.
 */
export function runReader(ctx: ContentScriptContext, kit: PageKit): void {
  const watcher = watchThread({
    doc: document,
    adapter: kit.adapter,
    threadUrls: kit.threadUrls,
    signal: ctx.signal,
    onState: (state) => void sendFromContent({ type: 'thread:changed', state: { ...state, at: Date.now() } }),
  });
  ctx.addEventListener(window, 'wxt:locationchange', () => watcher.refresh());
  watchDraft(
    document,
    kit.composers,
    ctx.signal,
    (draft) => void sendFromContent({ type: 'draft:changed', draft }),
  );

  const perform = (command: TabCommand): CommandResult => {
    switch (command.type) {
      case 'thread:reread':
        watcher.refresh();
        return { ok: true, detail: 'reading again' };
      case 'thread:expand-all': {
        const clicked = expandAll(document, kit.expanders);
        watcher.refresh();
        return { ok: clicked > 0, detail: `${clicked} folded messages opened` };
      }
      case 'thread:snapshot':
        return { ok: true, detail: document.documentElement.outerHTML };
      case 'compose:insert': {
        const editor = findComposer(document, kit.composers);
        if (!editor) return { ok: false, detail: 'no reply box is open' };
        const path = command.replace
          ? replaceSpan(editor, command.replace.start, command.replace.end, command.text)
          : insertAtTop(editor, command.text);
        return path
          ? { ok: true, detail: `inserted (${path})` }
          : { ok: false, detail: 'the draft has changed' };
      }
    }
  };

  const onMessage = (raw: unknown, _sender: unknown, respond: (r: CommandResult) => void) => {
    const command = acceptCommand(raw);
    if (command) respond(perform(command));
    return false;
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
}
