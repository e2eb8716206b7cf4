import { z } from 'zod';

/**
 * The thread as Parole read it: the `threads` shape of the evaluation format
 * (shared eval/FORMAT.md), plus `problems` naming what could not be read.
 */

export const PROVIDERS = ['gmail', 'outlook', 'email'] as const;
export const ProviderSchema = z.enum(PROVIDERS);
export type Provider = z.infer<typeof ProviderSchema>;
/** The webmails read from a page (as opposed to a raw email file). */
export type WebmailProvider = Exclude<Provider, 'email'>;

export const PersonSchema = z.object({
  name: z.string().nullable(),
  email: z.string().nullable(),
});
export type Person = z.infer<typeof PersonSchema>;

/** Local wall time to the minute, no offset: `2026-11-20T17:52`. */
export const WallTimeSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);

export const MessageSchema = z.object({
  /** Gmail legacy hex id (or `#msg-a:r-…` sync id); null when the page shows none. */
  id: z.string().nullable(),
  from: PersonSchema,
  to: z.array(PersonSchema),
  sent_at: WallTimeSchema.nullable(),
  collapsed: z.boolean(),
  /** The new text only (quotes and signature removed); the snippet when collapsed. */
  text: z.string(),
});
export type Message = z.infer<typeof MessageSchema>;

export const ThreadSchema = z.object({
  provider: ProviderSchema,
  account: z.string().nullable(),
  thread_id: z.string().nullable(),
  subject: z.string().nullable(),
  /** Where the thread can be opened again (the page's URL), when known. */
  url: z.string().nullable().optional(),
  /** Oldest first, whatever order the page shows them in. */
  messages: z.array(MessageSchema),
  /** Fields the reader could not fill, each with the reason (e.g. "message 2: no date title"). */
  problems: z.array(z.string()).default([]),
});
export type Thread = z.infer<typeof ThreadSchema>;
