import type { Situation } from '../../analysis/types.ts';
import type { SituationPlaybooks } from '../playbook.ts';
import { ADMIT_MISTAKE } from './admit-mistake.ts';
import { ASK_CLIENT_FOR_DATE } from './ask-client-for-date.ts';
import { BOUNDARY_SETTING } from './boundary-setting.ts';
import { CALL_RECAP } from './call-recap.ts';
import { CONFIRM_COMMITMENT } from './confirm-commitment.ts';
import { CORRECT_CLIENT_MISTAKE } from './correct-client-mistake.ts';
import { DEESCALATE_AGGRESSIVE } from './deescalate-aggressive.ts';
import { END_MISSION } from './end-mission.ts';
import { PAYMENT_FORMAL_NOTICE } from './payment-formal-notice.ts';
import { PAYMENT_REMINDER_1 } from './payment-reminder-1.ts';
import { PAYMENT_REMINDER_2 } from './payment-reminder-2.ts';
import { RENEGOTIATE_DEADLINE } from './renegotiate-deadline.ts';
import { SCOPE_CHANGE_QUOTE } from './scope-change-quote.ts';
import { WEEKLY_STATUS } from './weekly-status.ts';

/** Every situation's playbooks: the type makes a missing situation a compile error. */
export const PLAYBOOKS: Readonly<Record<Situation, SituationPlaybooks>> = {
  boundary_setting: BOUNDARY_SETTING,
  scope_change_quote: SCOPE_CHANGE_QUOTE,
  payment_reminder_1: PAYMENT_REMINDER_1,
  payment_reminder_2: PAYMENT_REMINDER_2,
  payment_formal_notice: PAYMENT_FORMAL_NOTICE,
  admit_mistake: ADMIT_MISTAKE,
  correct_client_mistake: CORRECT_CLIENT_MISTAKE,
  renegotiate_deadline: RENEGOTIATE_DEADLINE,
  end_mission: END_MISSION,
  call_recap: CALL_RECAP,
  weekly_status: WEEKLY_STATUS,
  deescalate_aggressive: DEESCALATE_AGGRESSIVE,
  confirm_commitment: CONFIRM_COMMITMENT,
  ask_client_for_date: ASK_CLIENT_FOR_DATE,
};
