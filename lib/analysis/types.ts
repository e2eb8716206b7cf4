import { z } from 'zod';

/**
 * The analysis of one thread: the `analyze` output of CONTRACTS.md. Pure data, produced by
 * `lib/analysis` from a `Thread`, read by the panel, `lib/reply` and `lib/store`.
 */

export const LANGS = ['en', 'fr'] as const;
export const LangSchema = z.enum(LANGS);
export type Lang = z.infer<typeof LangSchema>;

/** A calendar day `YYYY-MM-DD` in the writer's local time. */
export const DaySchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
export type Day = z.infer<typeof DaySchema>;

export const VAGUE_REASONS = ['hedge', 'no_date', 'loose_window', 'unclear_action'] as const;
export const VagueReasonSchema = z.enum(VAGUE_REASONS);
export type VagueReason = z.infer<typeof VagueReasonSchema>;

/** Who is bound, as the sentence says it (`speaker` wrote it). */
export const TextOwnerSchema = z.enum(['speaker', 'addressee', 'third_party']);
export type TextOwner = z.infer<typeof TextOwnerSchema>;

/** Who is bound, in the thread: the freelancer (`me`), the client, or someone else. */
export const OwnerSchema = z.enum(['me', 'client', 'third_party']);
export type Owner = z.infer<typeof OwnerSchema>;

/** A time expression found in a sentence and what it resolves to. */
export interface DeadlineMatch {
  /** The words as written ("d'ici vendredi", "sous 48h"). */
  text: string;
  /** Offsets of `text` in the sentence it was found in. */
  start: number;
  end: number;
  /** The day it resolves to, or null when it names no day ("bientôt", "ASAP"). */
  due: Day | null;
  /** A window wider than two working days, or no day at all. */
  vague: boolean;
  /** Id of the rule (data entry) or parser that recognised it. */
  rule: string;
}

export const CommitmentSchema = z.object({
  message_id: z.string().nullable(),
  /** Index of the message in the thread (oldest first): Outlook messages have no id. */
  message_index: z.number().int().nonnegative(),
  text: z.string(),
  owner: OwnerSchema,
  /** The action promised, as a short verb phrase ("send the V2"). */
  action: z.string().nullable(),
  due: DaySchema.nullable(),
  vague: z.boolean(),
  vague_reasons: z.array(VagueReasonSchema),
  /** Ids of the rules behind each flag, so the user can see why. */
  rules: z.array(z.string()),
  /** The same promise made concrete (mine) or a polite question asking for a day (the client's). */
  rewrite: z.string().nullable(),
  lang: LangSchema,
});
export type Commitment = z.infer<typeof CommitmentSchema>;

export const SIGNALS = [
  'scope_creep',
  'urgency',
  'off_hours',
  'payment_delay',
  'price_pushback',
  'aggressive',
  'indecision',
  'dissatisfied',
  'silence',
  'appreciation',
] as const;
export const SignalKindSchema = z.enum(SIGNALS);
export type SignalKind = z.infer<typeof SignalKindSchema>;

export const SignalSchema = z.object({
  message_id: z.string().nullable(),
  message_index: z.number().int().nonnegative(),
  signal: SignalKindSchema,
  /** The words that show it. */
  evidence: z.string(),
  rule: z.string(),
});
export type Signal = z.infer<typeof SignalSchema>;

export const RequestSchema = z.object({
  message_id: z.string().nullable(),
  message_index: z.number().int().nonnegative(),
  text: z.string(),
  from: z.enum(['client', 'me']),
});
export type Request = z.infer<typeof RequestSchema>;

export const SITUATIONS = [
  'boundary_setting',
  'scope_change_quote',
  'payment_reminder_1',
  'payment_reminder_2',
  'payment_formal_notice',
  'admit_mistake',
  'correct_client_mistake',
  'renegotiate_deadline',
  'end_mission',
  'call_recap',
  'weekly_status',
  'deescalate_aggressive',
  'confirm_commitment',
  'ask_client_for_date',
] as const;
export const SituationSchema = z.enum(SITUATIONS);
export type Situation = z.infer<typeof SituationSchema>;

export const AnalysisSchema = z.object({
  language: LangSchema,
  me: z.string().nullable(),
  client: z.object({ name: z.string().nullable(), email: z.string().nullable() }).nullable(),
  /** Register the thread uses with the client. */
  register: z.enum(['tu', 'vous', 'en']),
  commitments: z.array(CommitmentSchema),
  signals: z.array(SignalSchema),
  requests: z.array(RequestSchema),
  /** Most pressing first. */
  situations: z.array(SituationSchema),
});
export type Analysis = z.infer<typeof AnalysisSchema>;
