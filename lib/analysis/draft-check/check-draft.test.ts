import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BENCH_DRAFT, benchCheckDraft } from './bench.ts';
import { checkDraft } from './check-draft.ts';
import type { DraftFlag } from './types.ts';

const NOW = '2026-11-23T10:00:00+01:00'; // a Monday: the proposed day is Wednesday 25 November

function only(flags: DraftFlag[], kind: DraftFlag['kind']): DraftFlag[] {
  return flags.filter((f) => f.kind === kind);
}

function applyFix(text: string, f: DraftFlag): string {
  return text.slice(0, f.start) + (f.fix ?? '') + text.slice(f.end);
}

describe('checkDraft: spans the editor can replace', () => {
  it('flags a hedge and a minimiser at their exact offsets', () => {
    const text = 'Hi Paul,\n\nI just wanted to say the colours are maybe too bright.';
    const { flags } = checkDraft(text, 'en', { now: NOW });
    const [just] = only(flags, 'minimiser');
    expect(just).toMatchObject({
      start: text.indexOf('just '),
      end: text.indexOf('just ') + 5,
      text: 'just ',
      fix: '',
    });
    const [maybe] = only(flags, 'hedge');
    expect(maybe?.text).toBe('maybe ');
    expect(maybe?.start).toBe(text.indexOf('maybe'));
    expect(applyFix(text, maybe as DraftFlag)).toBe(
      'Hi Paul,\n\nI just wanted to say the colours are too bright.',
    );
  });

  it('deleting words that open a sentence capitalises the next word', () => {
    const text = 'Hello Anna, thanks. I think we should ship on Friday.';
    const [hedge] = only(checkDraft(text, 'en', { now: NOW }).flags, 'hedge');
    expect(hedge?.text).toBe('I think w');
    expect(hedge?.fix).toBe('W');
    expect(applyFix(text, hedge as DraftFlag)).toBe('Hello Anna, thanks. We should ship on Friday.');
  });

  it('flags the apologies after the first one only', () => {
    const en = 'Sorry sorry, the files are late.';
    const flagsEn = only(checkDraft(en, 'en', { now: NOW }).flags, 'over_apologising');
    expect(flagsEn.map((f) => [f.start, f.end, f.text])).toEqual([[6, 11, 'sorry']]);
    const fr = 'Désolé… vraiment désolé pour ce retard.';
    const flagsFr = only(checkDraft(fr, 'fr', { now: NOW }).flags, 'over_apologising');
    expect(flagsFr.map((f) => f.text)).toEqual(['vraiment désolé']);
    expect(flagsFr[0]?.start).toBe(fr.indexOf('vraiment'));
    expect(
      only(checkDraft('Sorry for the delay, the files are attached.', 'en').flags, 'over_apologising'),
    ).toEqual([]);
  });

  it('flags defensive wording in both languages', () => {
    const en = 'Hi, as per my last email, the deadline is Friday. You didn’t send the photos.';
    const kinds = only(checkDraft(en, 'en', { now: NOW }).flags, 'defensive').map((f) => f.text);
    expect(kinds).toEqual(['as per my last email, ', 'You didn’t']);
    const fr =
      'Bonjour, comme je vous l’ai déjà dit, la date est vendredi. Vous n’avez pas envoyé les textes.';
    const texts = only(checkDraft(fr, 'fr', { now: NOW }).flags, 'defensive').map((f) => f.text);
    expect(texts).toEqual(['comme je vous l’ai déjà dit, ', 'Vous n’avez pas']);
  });

  it('flags shouted words but not acronyms', () => {
    const text = 'Please SEND THE FILES today, the PDF and the SEO report too. URGENT.';
    const shouts = only(checkDraft(text, 'en', { now: NOW }).flags, 'shouting');
    expect(shouts.map((f) => [f.text, f.fix])).toEqual([
      ['SEND THE FILES', 'send the files'],
      ['URGENT', 'Urgent'],
    ]);
    expect(shouts[0]?.start).toBe(text.indexOf('SEND'));
  });

  it('flags stacked punctuation with a single mark as fix', () => {
    const text = 'Any news??? Thanks!!';
    const stacked = only(checkDraft(text, 'en', { now: NOW }).flags, 'stacked_punctuation');
    expect(stacked.map((f) => [f.start, f.end, f.fix])).toEqual([
      [8, 11, '?'],
      [18, 20, '!'],
    ]);
  });

  it('flags the minority register when tu and vous are mixed', () => {
    const text =
      'Bonjour Paul, pouvez-vous m’envoyer votre devis ? Je vous appelle demain et je t’envoie ton contrat vendredi.';
    const mixed = only(checkDraft(text, 'fr', { now: NOW }).flags, 'mixed_register');
    expect(mixed.map((f) => [f.text, f.fix])).toEqual([
      ['t’', 'vous '],
      ['ton', 'votre'],
    ]);
    expect(applyFix(text, mixed[1] as DraftFlag)).toContain('votre contrat');
    expect(
      only(checkDraft('Bonjour Paul, tu peux m’envoyer ton devis ?', 'fr').flags, 'mixed_register'),
    ).toEqual([]);
  });

  it('rewrites a vague promise with a day', () => {
    const text = 'Hi Paul, thanks for the notes.\nI’ll try to send it soon.';
    const [vague] = only(checkDraft(text, 'en', { now: NOW }).flags, 'vague_promise');
    expect(vague?.start).toBe(text.indexOf('I’ll'));
    expect(vague?.end).toBe(text.length);
    expect(vague?.fix).toBe('I will send it on Wednesday 25 November.');
    const fr = 'Bonjour Paul,\nJe reviens vers vous rapidement pour la maquette.';
    const [vagueFr] = only(checkDraft(fr, 'fr', { now: NOW }).flags, 'vague_promise');
    expect(vagueFr?.text).toBe('Je reviens vers vous rapidement pour la maquette.');
    expect(vagueFr?.fix).toBe('Je reviens vers vous pour la maquette le mercredi 25 novembre.');
  });

  it('removes the hedge of a dated promise and gives a day to an undated one', () => {
    const text = 'Hello Anna, I’ll try to send the logo on Friday. I’ll send the invoice.';
    const { flags } = checkDraft(text, 'en', { now: NOW });
    const [hedged] = only(flags, 'vague_promise');
    expect(hedged).toMatchObject({ text: 'try to ', fix: '' });
    const [noDay] = only(flags, 'no_day');
    expect(noDay).toMatchObject({
      text: 'I’ll send the invoice',
      fix: 'I’ll send the invoice on Wednesday 25 November',
    });
    expect(noDay?.start).toBe(text.lastIndexOf('I’ll'));
  });

  it('asks for a greeting and a next step on a long enough draft', () => {
    const text =
      'The homepage is finished and the contact page is finished too. The photos were compressed and the fonts were updated across the whole site.';
    const { flags } = checkDraft(text, 'en', { now: NOW });
    expect(only(flags, 'no_greeting')).toMatchObject([{ start: 0, end: 0, text: '', fix: 'Hello,\n\n' }]);
    expect(only(flags, 'no_next_step')).toMatchObject([{ start: text.length, end: text.length, fix: null }]);
    const polite = `Hi Paul,\n\n${text} Could you check it on Friday?`;
    const after = checkDraft(polite, 'en', { now: NOW }).flags;
    expect(only(after, 'no_greeting')).toEqual([]);
    expect(only(after, 'no_next_step')).toEqual([]);
  });

  it('detects the language when none is given', () => {
    const { flags } = checkDraft(
      'Bonjour, je pense que la maquette est prête. Petite question : le logo ?',
      null,
      { now: NOW },
    );
    expect(flags.map((f) => f.rule)).toEqual(
      expect.arrayContaining(['fr.draft.hedge.je-pense', 'fr.draft.minimiser.petit']),
    );
  });

  it('gives no flags on an empty draft', () => {
    expect(checkDraft('', 'en').flags).toEqual([]);
    expect(checkDraft('   \n ', null).flags).toEqual([]);
  });

  it('keeps every span exact on arbitrary drafts', () => {
    const pieces = [
      'Hi Paul,',
      'Bonjour,',
      ' ',
      '\n',
      'I’ll send it soon.',
      'just ',
      'SORRY',
      'sorry ',
      '!!!',
      '???',
      'je reviens vers vous ',
      'rapidement',
      'tu ',
      'vous ',
      'I think ',
      'URGENT NOW ',
      'é',
      '’',
      'as I said, ',
      'Friday',
      'désolé ',
    ];
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string()), { maxLength: 25 }),
        fc.constantFrom('en', 'fr', null),
        (parts, lang) => {
          const text = parts.join('');
          const { flags, meters } = checkDraft(text, lang as 'en' | 'fr' | null, { now: NOW });
          for (const f of flags) {
            expect(text.slice(f.start, f.end)).toBe(f.text);
            expect(f.start).toBeLessThanOrEqual(f.end);
          }
          for (const m of [meters.clarity, meters.warmth, meters.firmness])
            expect(m >= 0 && m <= 100).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('checkDraft meters', () => {
  it('scores a clear, warm, firm draft above a vague, cold, hedging one, with reasons', () => {
    const good = checkDraft(
      'Hi Paul,\n\nThanks for the notes. I will send the V2 on Friday 27 November. Could you confirm the colours by Thursday?\n\nBest,\nLéa',
      'en',
      { now: NOW },
    ).meters;
    const bad = checkDraft(
      'I just think maybe the V2 could be late, sorry, so sorry. As I already said, YOU NEVER SENT THE PHOTOS!!! I’ll try to send it soon.',
      'en',
      { now: NOW },
    ).meters;
    expect(good.clarity).toBeGreaterThan(bad.clarity);
    expect(good.warmth).toBeGreaterThan(bad.warmth);
    expect(good.firmness).toBeGreaterThan(bad.firmness);
    expect(bad.explanations.clarity.some((e) => e.includes('vague promise'))).toBe(true);
    expect(bad.explanations.warmth.some((e) => e.includes('capitals'))).toBe(true);
  });

  it('explains in French for a French draft', () => {
    const { meters } = checkDraft('Je reviens vers vous rapidement.', 'fr', { now: NOW });
    expect(meters.explanations.clarity).toContain('−15 promesse vague');
  });
});

describe('benchCheckDraft', () => {
  it('checks the 300-word sample draft and reports its size', () => {
    const { msPerCheck, words } = benchCheckDraft(3);
    expect(msPerCheck).toBeGreaterThan(0);
    expect(words).toBeGreaterThan(200);
    expect(checkDraft(BENCH_DRAFT, 'en', { now: NOW }).flags.length).toBeGreaterThan(10);
  });
});
