import { browser } from 'wxt/browser';
import type { ContentMessage } from './index.ts';
import type { TabCommand } from './tab-command.ts';

/**
 * The content script's side of messaging. The page pays for every byte of the content script, so
 * commands are checked here by a hand-written guard that mirrors `TabCommandSchema` (a test holds
 * the two in step); the background checks what it receives from here with the full schemas.
 */
export function sendFromContent(message: ContentMessage): Promise<unknown> {
  return browser.runtime.sendMessage(message).catch(() => undefined);
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isCount = (v: unknown) => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;

/** Why `raw` is not a TabCommand, or null when it is one. */
function commandProblem(raw: unknown): string | null {
  if (!isObject(raw)) return 'root: expected an object';
  if (raw.type !== 'compose:insert')
    return ['thread:reread', 'thread:expand-all', 'thread:snapshot'].includes(raw.type as string)
      ? null
      : 'type: unknown command';
  if (typeof raw.text !== 'string' || !raw.text) return 'text: expected a non-empty string';
  const span = raw.replace;
  return span === null || (isObject(span) && isCount(span.start) && isCount(span.end))
    ? null
    : 'replace: expected {start, end} or null';
}

/** A command from the background, checked on receipt; malformed ones are dropped with the reason. */
export function acceptCommand(raw: unknown): TabCommand | null {
  const problem = commandProblem(raw);
  if (problem) console.warn(`[parole] content: dropped a malformed command (${problem})`);
  return problem ? null : (raw as TabCommand);
}
