import { browser } from 'wxt/browser';
import { z } from 'zod';
import { ThreadSchema } from '../mail/thread.ts';
import { type CommandResult, CommandResultSchema, type TabCommand } from './tab-command.ts';

export type { CommandResult, TabCommand };

/**
 * Every message between content scripts, background and extension pages. Each has a zod schema and
 * is checked on receipt: a malformed message is dropped with a logged reason, never acted on.
 * This folder is the only code that sends extension messages (`content.ts` is the content
 * script's side).
 */

export const ReadFailureSchema = z.object({ reason: z.string(), tried: z.array(z.string()) });

export const DraftSchema = z.object({
  text: z.string().max(200_000),
  /** True when the editor is a pop-out / compose window rather than an inline reply. */
  popout: z.boolean(),
});
export type Draft = z.infer<typeof DraftSchema>;

/** What a tab shows, as the background keeps it in `storage.session`. */
export const TabStateSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('none'), url: z.string(), at: z.number() }),
  z.object({ status: z.literal('reading'), url: z.string(), at: z.number() }),
  z.object({ status: z.literal('ready'), url: z.string(), at: z.number(), thread: ThreadSchema }),
  z.object({
    status: z.literal('unreadable'),
    url: z.string(),
    at: z.number(),
    failure: ReadFailureSchema,
  }),
]);
export type TabState = z.infer<typeof TabStateSchema>;

const SpanSchema = z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() });

/** Content script → background. */
export const ContentMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('thread:changed'), state: TabStateSchema }),
  z.object({ type: z.literal('draft:changed'), draft: DraftSchema.nullable() }),
]);
export type ContentMessage = z.infer<typeof ContentMessageSchema>;

/** Extension pages → background (which routes to the tab's content script when needed). */
export const PageMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('panel:open'), tabId: z.number().int() }),
  z.object({
    type: z.literal('compose:insert'),
    tabId: z.number().int(),
    text: z.string().min(1).max(100_000),
    /** Replace this span of the draft instead of inserting at the top. */
    replace: SpanSchema.nullable(),
  }),
  z.object({ type: z.literal('thread:reread'), tabId: z.number().int() }),
  z.object({ type: z.literal('thread:expand-all'), tabId: z.number().int() }),
  z.object({ type: z.literal('thread:snapshot'), tabId: z.number().int() }),
  /** A page wrote to the ledger: the background recounts the badge at once. */
  z.object({ type: z.literal('ledger:changed') }),
]);
export type PageMessage = z.infer<typeof PageMessageSchema>;

/**
 * Checks a received message. Returns the typed message, or null after logging why it was dropped
 * (the reason names the field, never the email text).
 */
export function accept<T>(schema: z.ZodType<T>, raw: unknown, where: string): T | null {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  console.warn(
    `[parole] ${where}: dropped a malformed message (${issue?.path.join('.') || 'root'}: ${issue?.message})`,
  );
  return null;
}

export async function sendFromPage(message: PageMessage): Promise<CommandResult> {
  const answer: unknown = await browser.runtime.sendMessage(message);
  return accept(CommandResultSchema, answer, 'page') ?? { ok: false, detail: 'no answer' };
}

export async function sendToTab(tabId: number, command: TabCommand): Promise<CommandResult> {
  try {
    const answer: unknown = await browser.tabs.sendMessage(tabId, command);
    return accept(CommandResultSchema, answer, 'tab') ?? { ok: false, detail: 'no answer' };
  } catch (e) {
    return { ok: false, detail: e instanceof Error ? e.message : String(e) };
  }
}

/**
 * Tells the background the ledger changed (logged, edited, status, import, delete), so the
 * badge follows at once instead of at the next alarm. Best effort: the alarm recounts anyway.
 */
export async function announceLedgerChange(): Promise<void> {
  try {
    await browser.runtime.sendMessage({ type: 'ledger:changed' } satisfies PageMessage);
  } catch {
    // No background listening (it restarts with the next alarm, which recounts).
  }
}

/** The `storage.session` key of a tab's state. */
export const tabStateKey = (tabId: number) => `tab:${tabId}`;
export const draftKey = (tabId: number) => `draft:${tabId}`;
