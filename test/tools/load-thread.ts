/**
 * Loads one thread for the command-line tools (`analyze`, `reply`): a raw email (`.eml`), a
 * thread JSON (the `threads` expected format), or a saved Gmail / Outlook page (`.html`).
 * Bad input throws an `Error` with a one-line message; the caller prints it and exits 1.
 */
import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { adapterFor } from '../../lib/mail/adapters.ts';
import { readEml } from '../../lib/mail/eml.ts';
import { PROVIDERS, type Provider, type Thread, ThreadSchema } from '../../lib/mail/thread.ts';
import { offlinePage, savedUrl } from './offline-page.ts';

export interface LoadOptions {
  /** Overrides the page address of a saved `.html` page (otherwise read from its "saved from" note). */
  url?: string;
}

export async function loadThread(path: string, options: LoadOptions = {}): Promise<Thread> {
  const bytes = readInput(path);
  switch (extname(path).toLowerCase()) {
    case '.eml':
      return readEml(bytes, { parseHtml });
    case '.json':
      return threadFromJson(decodeUtf8(bytes, path), basename(path));
    case '.html':
    case '.htm':
      return threadFromPage(decodeUtf8(bytes, path), options.url);
    default:
      throw new Error(
        `unsupported file type "${extname(path) || basename(path)}": expected .eml, .json or .html`,
      );
  }
}

function readInput(path: string): Uint8Array {
  try {
    return readFileSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new Error(code === 'ENOENT' ? `no such file: ${path}` : `cannot read ${path} (${code ?? 'error'})`);
  }
}

function decodeUtf8(bytes: Uint8Array, path: string): string {
  if (bytes.length === 0) throw new Error(`empty file: ${path}`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new Error(`unreadable encoding: ${path} is not UTF-8`);
  }
}

/** happy-dom, offline, as the `Document` factory lib code takes (lib never touches a global DOM). */
const parseHtml = (html: string) => offlinePage(html).doc;

/** The provider a thread JSON does not name: from the file name's prefix, else its ids. */
function providerOf(data: Record<string, unknown>, fileName: string): Provider {
  if (data.provider !== undefined && data.provider !== null) {
    if (typeof data.provider === 'string' && (PROVIDERS as readonly string[]).includes(data.provider)) {
      return data.provider as Provider;
    }
    throw new Error(`not a thread: provider must be one of ${PROVIDERS.join(', ')}`);
  }
  const prefix = /^(gmail|outlook)-/.exec(fileName)?.[1];
  if (prefix) return prefix as Provider;
  const messages = Array.isArray(data.messages) ? (data.messages as Record<string, unknown>[]) : [];
  if (messages.some((m) => typeof m?.id === 'string' && /^(?:[0-9a-f]{16}|#msg-)/.test(m.id))) return 'gmail';
  return 'email';
}

function threadFromJson(text: string, fileName: string): Thread {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new Error(`not JSON: ${(e as Error).message.split('\n')[0]}`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new Error('not a thread: expected a JSON object with "messages"');
  }
  const record = data as Record<string, unknown>;
  // The expected format may leave out what a page did not show; fill the nullable fields.
  const filled = {
    account: null,
    thread_id: null,
    subject: null,
    ...record,
    provider: providerOf(record, fileName),
    messages: Array.isArray(record.messages)
      ? record.messages.map((m: unknown) =>
          typeof m === 'object' && m !== null
            ? { id: null, to: [], sent_at: null, collapsed: false, ...m }
            : m,
        )
      : record.messages,
  };
  const parsed = ThreadSchema.safeParse(filled);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`not a thread: ${issue?.path.join('.') || '(root)'}: ${issue?.message ?? 'invalid'}`);
  }
  return parsed.data;
}

function threadFromPage(html: string, url?: string): Thread {
  if (!/<[a-z!]/i.test(html)) throw new Error('not an HTML page');
  const address = url ?? savedUrl(html) ?? undefined;
  const { doc } = offlinePage(html, address);
  const adapter = adapterFor(doc, address);
  if (!adapter) throw new Error('not a Gmail or Outlook page: no webmail thread recognised in this HTML');
  const result = adapter.read(doc);
  if (!result.ok) throw new Error(`couldn't read this ${adapter.provider} thread: ${result.failure.reason}`);
  return result.thread;
}
