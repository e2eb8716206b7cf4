import { describe, expect, it } from 'vitest';
import type { DeadlineMatch, Lang } from '../types.ts';
import { type DeadlineFinder, detectCommitments, detectInSentence } from './detect.ts';

/** A tiny stand-in for lib/analysis/dates, so these tests judge the detector alone. */
const DAYS: [RegExp, string | null, boolean][] = [
  [/\b(?:by\s+)?(?:tomorrow|demain)\b/giu, '2026-11-24', false],
  [/\b(?:by\s+|d'ici\s+)?(?:friday|vendredi)\b/giu, '2026-11-27', false],
  [/\b(?:on\s+)?(?:monday|lundi)\b/giu, '2026-11-30', false],
  [/\b(?:soon|bientôt|rapidement|asap)\b/giu, null, true],
  [/\b(?:next\s+week|la\s+semaine\s+prochaine)\b/giu, '2026-12-04', true],
  [/\byesterday\b|\bhier\b/giu, '2026-11-22', false],
];
const fakeFinder: DeadlineFinder = (text) => {
  const out: DeadlineMatch[] = [];
  for (const [re, due, vague] of DAYS) {
    for (const m of text.matchAll(re)) {
      out.push({ text: m[0], start: m.index, end: m.index + m[0].length, due, vague, rule: 'test' });
    }
  }
  return out.sort((a, b) => a.start - b.start);
};

const REF = '2026-11-23T10:00:00+01:00';
const detect = (text: string, lang: Lang) =>
  detectInSentence(text, { lang, ref: REF, findDeadlines: fakeFinder });

describe('detectInSentence: commitments', () => {
  it.each([
    ["I'll send the revised mockups by Friday.", 'en', 'speaker', '2026-11-27', false],
    ["As agreed, you'll pay the deposit by Friday.", 'en', 'addressee', '2026-11-27', false],
    ['Marc will send you the brand guidelines tomorrow.', 'en', 'third_party', '2026-11-24', false],
    ['Our accountant will process the payment next week.', 'en', 'third_party', '2026-12-04', true],
    ["I'll try to get it done by tomorrow.", 'en', 'speaker', '2026-11-24', true],
    ["I'll look into the checkout bug.", 'en', 'speaker', null, true],
    ['You will receive the signed NDA tomorrow.', 'en', 'speaker', '2026-11-24', false],
    ['The remaining balance will be transferred on Monday.', 'en', 'speaker', '2026-11-30', false],
    ['Je vous envoie le devis demain.', 'fr', 'speaker', '2026-11-24', false],
    ['Je reviens vers vous rapidement.', 'fr', 'speaker', null, true],
    ['Je vais essayer de vous livrer le montage vendredi.', 'fr', 'speaker', '2026-11-27', true],
    ['Comme convenu, vous me transmettez les textes vendredi.', 'fr', 'addressee', '2026-11-27', false],
    ['Notre comptable vous fera le virement lundi.', 'fr', 'third_party', '2026-11-30', false],
    ['Nous vous réglerons le solde à réception de la facture.', 'fr', 'speaker', null, true],
    ["Pour l'hébergement, je m'en occupe.", 'fr', 'speaker', null, true],
    ['Vous aurez la traduction demain sans faute.', 'fr', 'speaker', '2026-11-24', false],
    ['We can turn it around by Friday.', 'en', 'speaker', '2026-11-27', false],
    ['Mon équipe vous livrera les bannières lundi.', 'fr', 'speaker', '2026-11-30', false],
    ['Tu peux compter sur moi pour la relecture vendredi.', 'fr', 'speaker', '2026-11-27', false],
    ['Nous espérons pouvoir livrer le site lundi.', 'fr', 'speaker', '2026-11-30', true],
  ] as const)('%s', (text, lang, owner, due, vague) => {
    const c = detect(text, lang);
    expect(c).not.toBeNull();
    expect(c?.owner).toBe(owner);
    expect(c?.due).toBe(due);
    expect(c?.vague).toBe(vague);
    expect(c?.rules[0]).toMatch(new RegExp(`^${lang}\\.trigger\\.`));
  });

  it.each([
    ['Could you send the logo files by Monday?', 'en'],
    ['I sent the invoice yesterday.', 'en'],
    ['I could do the retouching next week if you prefer.', 'en'],
    ["I'll redo it tomorrow if you want.", 'en'],
    ["I'm not sure I'll have time for it.", 'en'],
    ["I'll be out of office next week.", 'en'],
    ['We will not be renewing the retainer.', 'en'],
    ["I'll need the copy from you by Friday.", 'en'],
    ['I was going to send the deck tomorrow.', 'en'],
    ['Pourriez-vous nous envoyer les fichiers avant lundi ?', 'fr'],
    ['Je vous ai envoyé le lien hier.', 'fr'],
    ['Je pourrais m’en charger la semaine prochaine si vous préférez.', 'fr'],
    ['Je ne pourrai pas être disponible vendredi.', 'fr'],
    ['Je vous envoie ci-joint le devis.', 'fr'],
    ['Je vous envoie le devis.', 'fr'],
    ["J'espère qu'on pourra lancer la campagne bientôt.", 'fr'],
    ['Je vous rappelle que la facture est due vendredi.', 'fr'],
    ['Nous préparons notre catalogue pour vendredi.', 'fr'],
    ['If you approve the layout, I can print it on Monday.', 'en'],
    ['Si tu valides la maquette, je lance le site lundi.', 'fr'],
    ['I can do Friday for the call.', 'en'],
  ] as const)('not a commitment: %s', (text, lang) => {
    expect(detect(text, lang)).toBeNull();
  });

  it('keeps the first clause of a sentence that ends in a question', () => {
    expect(detect("I'll send the V2 on Friday, does that work for you?", 'en')?.due).toBe('2026-11-27');
    expect(detect('Je t’ai envoyé le brief hier, tu l’as bien reçu ?', 'fr')).toBeNull();
  });

  it('judges the clauses around "but" apart', () => {
    const c = detect("I can't promise anything, but I'll try to fit it in next week.", 'en');
    expect(c?.vague_reasons).toContain('hedge');
    expect(detect('I wish I could send them tomorrow, but my laptop is in repair.', 'en')).toBeNull();
  });

  it('takes the due day of the promise, not of the context', () => {
    expect(detect("I'll get the subtitles done tomorrow and send them Monday.", 'en')?.due).toBe(
      '2026-11-30',
    );
    expect(detect("I sent a draft yesterday and I'll send the rest on Friday.", 'en')?.due).toBe(
      '2026-11-27',
    );
  });

  it('says why a promise is vague and cleans the action', () => {
    const c = detect("I'll hopefully send the revised mockups soon.", 'en');
    expect(c?.vague_reasons).toEqual(['hedge', 'loose_window']);
    expect(c?.rules).toContain('en.hedge.hopefully');
    expect(c?.action).toBe('send the revised mockups');
  });
});

describe('detectCommitments: whole texts and bad input', () => {
  const opts = { lang: 'en' as const, ref: REF, findDeadlines: fakeFinder };

  it('finds one commitment per promising sentence, with offsets', () => {
    const text = "Thanks Paul! I'll send the V2 by Friday. Could you confirm the colours?";
    const found = detectCommitments(text, opts);
    expect(found).toHaveLength(1);
    const [c] = found;
    expect(c && text.slice(c.start, c.end)).toBe("I'll send the V2 by Friday.");
  });

  it('returns an empty list for empty, emoji-only, code and mixed-script input', () => {
    expect(detectCommitments('', opts)).toEqual([]);
    expect(detectCommitments('🎉🎉🎉 👍', opts)).toEqual([]);
    expect(detectCommitments('```\nconst will = () => {}; // I\n```', opts)).toEqual([]);
    expect(detectCommitments('Спасибо! 谢谢。 شكرا', opts)).toEqual([]);
  });

  it('stays linear on 10,000 sentences', () => {
    const text = "I'll send it tomorrow. The weather is nice. ".repeat(5000);
    const t0 = performance.now();
    expect(detectCommitments(text, opts)).toHaveLength(5000);
    expect(performance.now() - t0).toBeLessThan(5000);
  });

  it('leaves no space before a comma once the time words are cut from the action', () => {
    const c = detect('Je te livre la V2 demain , avec les corrections.', 'fr');
    expect(c?.action).toBe('la V2, avec les corrections');
  });
});
