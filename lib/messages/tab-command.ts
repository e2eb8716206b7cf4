import { z } from 'zod';

/** Background → content script commands. */
const SpanSchema = z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() });

export const TabCommandSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('compose:insert'), text: z.string().min(1), replace: SpanSchema.nullable() }),
  z.object({ type: z.literal('thread:reread') }),
  z.object({ type: z.literal('thread:expand-all') }),
  /** The page's markup, for a censored reading report (censored in the panel, never sent on). */
  z.object({ type: z.literal('thread:snapshot') }),
]);
export type TabCommand = z.infer<typeof TabCommandSchema>;

/** The answer to a command: what was done, or why not. */
export const CommandResultSchema = z.object({ ok: z.boolean(), detail: z.string() });
export type CommandResult = z.infer<typeof CommandResultSchema>;
