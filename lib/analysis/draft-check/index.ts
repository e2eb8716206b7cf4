/** The live check of the user's draft (issue 6): flags with exact spans, fixes, meters. */
export { BENCH_DRAFT, benchCheckDraft } from './bench.ts';
export { type CheckDraftOptions, checkDraft, DRAFT_CUE_LEXICON, DRAFT_RULES } from './check-draft.ts';
export {
  DRAFT_CUES,
  DRAFT_FLAG_KINDS,
  type DraftCheck,
  type DraftCue,
  type DraftCueRole,
  type DraftFlag,
  type DraftFlagKind,
  type DraftMeters,
  type DraftRule,
} from './types.ts';
