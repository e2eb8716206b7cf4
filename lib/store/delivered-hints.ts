import { deliveryCues } from '../analysis/delivery-lexicon.ts';
import { foldText, matchingRules } from '../analysis/lexicon-rule.ts';
import type { Lang } from '../analysis/types.ts';
import type { ParoleDB } from './db.ts';
import { PAYMENT_RULES } from './payment-lexicon.ts';
import { PENDING_STATUSES, type PromiseRecord } from './records.ts';

/**
 * Suggests which pending promises a later message delivers ("ci-joint la V2" → "envoyer la V2
 * vendredi"), for the panel to offer "mark as kept". Only suggestions: the user confirms.
 */

export interface DeliveryMessage {
  /** The message's new text (quotes and signature removed). */
  text: string;
  /** Who wrote it: a message from me delivers my promises, one from the client theirs. */
  author: 'me' | 'client';
  /** Narrow to one client's promises (the thread's client), when known. */
  client_key?: string | null;
  /** Narrow to one thread's promises, when known. */
  thread_id?: string | null;
}

export interface DeliveryHint {
  promise: PromiseRecord;
  /** 0–1: how sure the suggestion is (shared words weigh most). */
  score: number;
  /** Ids of the delivery cues (DELIVERY_RULES) and payment rules behind the suggestion. */
  rules: string[];
  /** Words the message and the promise share. */
  shared: string[];
}

/**
 * Words that say nothing about *what* was delivered: the message and the promise sharing them
 * is no evidence that one delivers the other.
 */
const DELIVERY_STOPWORDS: Record<Lang, readonly string[]> = {
  en: wordList(
    'the a an and or of to for on in at by with from is are be will i we you it this that your ' +
      'our my have has just here please find attached send sent sending get give share shared ' +
      'deliver delivered me us them let know tomorrow today friday monday tuesday wednesday ' +
      'thursday end week day new final version',
  ),
  fr: wordList(
    'le la les un une des de du et ou a au aux en sur pour par avec je j nous vous on il elle ' +
      'ce c est sont vos votre nos notre mon ma mes ai avons viens ci joint jointe voici ' +
      'trouverez envoie envoyer envoye enverrai transmettre transmis bien demain lundi mardi ' +
      'mercredi jeudi vendredi fin semaine jour nouvelle version d l m qu que',
  ),
};

const STOPWORDS = new Set([...DELIVERY_STOPWORDS.en, ...DELIVERY_STOPWORDS.fr]);

function wordList(list: string): string[] {
  return list.split(' ');
}

/** Content words: what the thing is ("v2", "invoice", "maquettes"), not how it travels. */
function contentWords(text: string): Set<string> {
  const words = foldText(text).split(/[^\p{L}\p{N}]+/u);
  return new Set(words.filter((w) => w.length > 1 && !STOPWORDS.has(w)));
}

async function candidates(db: ParoleDB, message: DeliveryMessage): Promise<PromiseRecord[]> {
  const pending = message.client_key
    ? await db.promises.where('client_key').equals(message.client_key).toArray()
    : (
        await Promise.all(PENDING_STATUSES.map((s) => db.promises.where('status').equals(s).toArray()))
      ).flat();
  const own = (p: PromiseRecord) => (message.author === 'me' ? p.owner === 'me' : p.owner !== 'me');
  return pending.filter(
    (p) =>
      (PENDING_STATUSES as readonly string[]).includes(p.status) &&
      own(p) &&
      (!message.thread_id || p.source.thread_id === message.thread_id),
  );
}

export async function deliveredHints(db: ParoleDB, message: DeliveryMessage): Promise<DeliveryHint[]> {
  const cues = deliveryCues(message.text);
  if (cues.length === 0) return [];
  const paymentCue = cues.some((cue) => cue.kind === 'payment');
  const cueIds = cues.map((cue) => cue.id);
  const messageWords = contentWords(message.text);
  const pending = await candidates(db, message);

  const hints: DeliveryHint[] = [];
  for (const promise of pending) {
    const about = `${promise.action ?? ''} ${promise.text}`;
    const paymentRules = matchingRules(PAYMENT_RULES, about).map((rule) => rule.id);
    const promiseWords = contentWords(about);
    const shared = [...promiseWords].filter((w) => messageWords.has(w)).sort();
    let score = shared.length / Math.max(1, Math.min(promiseWords.size, 4));
    if (paymentCue && paymentRules.length > 0) score += 0.6;
    if (score <= 0) continue;
    hints.push({ promise, score: Math.min(1, score), rules: [...cueIds, ...paymentRules], shared });
  }
  // A delivery cue with no shared word still points somewhere when the thread holds a single
  // pending promise of that side: "Ci-joint !" answers the one thing that was awaited.
  if (hints.length === 0 && message.thread_id && pending.length === 1 && pending[0]) {
    hints.push({ promise: pending[0], score: 0.3, rules: cueIds, shared: [] });
  }
  return hints.sort((a, b) => b.score - a.score || a.promise.id - b.promise.id);
}
