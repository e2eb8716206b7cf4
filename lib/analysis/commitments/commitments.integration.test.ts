import { describe, expect, it } from 'vitest';
import { findDeadlines } from '../dates/index.ts';
import type { Lang } from '../types.ts';
import { detectCommitments } from './detect.ts';

/** Sentences outside the dev set, read with the real date finder: who is bound, and is it vague. */
const REF = '2026-11-25T10:00:00+01:00';

const CASES: [string, Lang, string][] = [
  ["I'll get you the final invoice by Monday.", 'en', 'speaker'],
  ["We're going to launch the campaign on December 1st.", 'en', 'speaker'],
  ["You'll have my feedback by end of day tomorrow.", 'en', 'speaker'],
  ['Jessica will follow up with the contract details on Thursday.', 'en', 'third_party'],
  ['Our finance team will release the payment at the end of the month.', 'en', 'third_party'],
  ["Per our agreement, you'll deliver the translations by the 10th.", 'en', 'addressee'],
  ['Just a reminder that you agreed to send the photos by Friday.', 'en', 'addressee'],
  ["I'll try my best to get it done today.", 'en', 'speaker/vague'],
  ["I'll see what I can do about the budget.", 'en', 'speaker/vague'],
  ['Your order will ship tomorrow.', 'en', 'speaker'],
  ['Sure, will do by tomorrow.', 'en', 'speaker'],
  ["I'd be happy to send a quote if you're interested.", 'en', '-'],
  ['Do you want me to send the draft tomorrow?', 'en', '-'],
  ['We were supposed to receive the content on Monday.', 'en', '-'],
  ["I won't be sending the files until the invoice is paid.", 'en', '-'],
  ["I'll be available on Thursday afternoon.", 'en', '-'],
  ['I am going to need more time on this.', 'en', '-'],
  ["Je t'envoie le lien de téléchargement ce soir.", 'fr', 'speaker'],
  ['Nous vous ferons parvenir le règlement sous huit jours.', 'fr', 'speaker'],
  ['Mon assistante vous enverra les accès dans la journée.', 'fr', 'third_party'],
  ['Paul va vous envoyer le brief demain.', 'fr', 'third_party'],
  ["Pour rappel, vous vous êtes engagés à régler l'acompte avant le 1er décembre.", 'fr', 'addressee'],
  ['Vous me ferez parvenir le logo d’ici lundi.', 'fr', 'addressee'],
  ['Si tout va bien, je vous livre lundi.', 'fr', 'speaker/vague'],
  ["Je reviens vers toi dès que j'ai des nouvelles.", 'fr', 'speaker/vague'],
  ['Je vous livrerai la version finale sous 10 jours ouvrés.', 'fr', 'speaker'],
  ['Tu me renvoies le bon de commande signé demain ?', 'fr', '-'],
  ['Je pourrais vous envoyer une proposition si ça vous intéresse.', 'fr', '-'],
  ['Je ne vous enverrai rien avant le paiement.', 'fr', '-'],
  ['On verra ça la semaine prochaine.', 'fr', '-'],
  ['Je vous propose de vous envoyer la V2 lundi.', 'fr', '-'],
  ['Nous préparons le catalogue de Noël.', 'fr', '-'],
];

describe('detectCommitments with lib/analysis/dates', () => {
  it.each(CASES)('%s', (text, lang, expected) => {
    const c = detectCommitments(text, { lang, ref: REF, findDeadlines })[0];
    const got = c ? `${c.owner}${c.vague ? '/vague' : ''}` : '-';
    expect(got).toBe(expected);
  });
});
