import { describe, expect, it } from 'vitest';
import { formatDay, frenchTypography, proposeDay, type RewriteInput, rewriteCommitment } from './rewrite.ts';

const MONDAY = '2026-11-23T10:00:00+01:00';

/** A rewrite input for a whole sentence; `time` names the time words to drop. */
function input(
  text: string,
  lang: 'en' | 'fr',
  owner: 'me' | 'client' | 'third_party',
  extra: Partial<RewriteInput> = {},
) {
  const time = extra.timeSpans ?? [];
  return {
    lang,
    owner,
    text,
    from: 0,
    to: text.replace(/[.!?]\s*$/, '').length,
    actionFrom: 0,
    timeSpans: time,
    due: null,
    unclear: false,
    vague: true,
    ...extra,
  };
}

function span(text: string, words: string) {
  const start = text.indexOf(words);
  return [{ start, end: start + words.length }];
}

describe('proposeDay and formatDay', () => {
  it('proposes the working day after the next one', () => {
    expect(proposeDay(MONDAY)).toBe('2026-11-25');
    expect(proposeDay('2026-11-27T16:00:00+01:00')).toBe('2026-12-01');
  });
  it('writes days the way each language does', () => {
    expect(formatDay('2026-11-27', 'en')).toBe('Friday 27 November');
    expect(formatDay('2026-11-27', 'fr')).toBe('vendredi 27 novembre');
    expect(formatDay('2027-02-01', 'fr')).toBe('lundi 1er février');
  });
  it('puts a no-break space before French high punctuation', () => {
    expect(frenchTypography('Vraiment ? Oui : parfait !')).toBe('Vraiment\u00a0? Oui\u00a0: parfait\u00a0!');
  });
});

describe('rewriteCommitment', () => {
  it('is null for a promise that is not vague', () => {
    expect(
      rewriteCommitment(
        { ...input('I will send it Friday.', 'en', 'me'), vague: false },
        { ref: MONDAY, register: 'en' },
      ),
    ).toBeNull();
  });

  it('makes my hedged English promise firm, with a day', () => {
    const text = "I'll try to send the revised mockups soon.";
    const out = rewriteCommitment(input(text, 'en', 'me', { timeSpans: span(text, 'soon') }), {
      ref: MONDAY,
      register: 'en',
    });
    expect(out).toBe('I will send the revised mockups on Wednesday 25 November.');
  });

  it('names the deliverable the thread is about when the promise says "it"', () => {
    const text = "I'll try to send it soon.";
    const out = rewriteCommitment(input(text, 'en', 'me', { timeSpans: span(text, 'soon') }), {
      ref: MONDAY,
      register: 'en',
      deliverable: 'the revised mockups',
    });
    expect(out).toBe('I will send the revised mockups on Wednesday 25 November.');
  });

  it('keeps a day the promise already named', () => {
    const text = 'Je vais essayer de vous envoyer la V2 vendredi.';
    const out = rewriteCommitment(
      input(text, 'fr', 'me', { timeSpans: span(text, 'vendredi'), due: '2026-11-27' }),
      { ref: MONDAY, register: 'vous' },
    );
    expect(out).toBe('Je vais vous envoyer la V2 le vendredi 27 novembre.');
  });

  it('says "by" for taking charge of something', () => {
    expect(rewriteCommitment(input("Je m'en occupe.", 'fr', 'me'), { ref: MONDAY, register: 'vous' })).toBe(
      "Je m'en occupe d'ici le mercredi 25 novembre.",
    );
    expect(
      rewriteCommitment(input("Got it, I'll take care of it.", 'en', 'me', { from: 8 }), {
        ref: MONDAY,
        register: 'en',
      }),
    ).toBe('I will take care of it by Wednesday 25 November.');
  });

  it('replaces an unclear action by a concrete answer, in the thread register', () => {
    const out = rewriteCommitment(input('Je regarde ça.', 'fr', 'me', { unclear: true }), {
      ref: MONDAY,
      register: 'tu',
    });
    expect(out).toBe('Je te fais un retour précis le mercredi 25 novembre.');
  });

  it('asks the client for a date, politely, with French typography', () => {
    const text = 'Je vous envoie les contenus dès que possible.';
    const out = rewriteCommitment(
      input(text, 'fr', 'client', {
        actionFrom: 'Je vous envoie'.length,
        timeSpans: span(text, 'dès que possible'),
      }),
      { ref: MONDAY, register: 'vous' },
    );
    expect(out).toBe('Pourriez-vous me confirmer une date précise pour les contenus\u00a0?');
    const en = "We'll get the deposit to you ASAP.";
    expect(
      rewriteCommitment(
        input(en, 'en', 'client', { actionFrom: "We'll ".length, timeSpans: span(en, 'ASAP') }),
        {
          ref: MONDAY,
          register: 'en',
        },
      ),
    ).toBe('Could you confirm a specific date for the deposit?');
    expect(
      rewriteCommitment(input('On reviendra vers toi bientôt.', 'fr', 'third_party'), {
        ref: MONDAY,
        register: 'tu',
      }),
    ).toBe('Pourrais-tu me confirmer une date précise\u00a0?');
  });
});
