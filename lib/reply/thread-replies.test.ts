import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeThread } from '../analysis/analyze.ts';
import type { Analysis } from '../analysis/types.ts';
import { type Message, type Thread, ThreadSchema } from '../mail/thread.ts';
import { tidy } from './facts.ts';
import { NBSP, NNBSP } from './french-typography.ts';
import { generateReply } from './generate.ts';
import type { ReplyInput } from './types.ts';

/**
 * Replies filled from what a saved thread shows: the client's latest answer, the price I gave,
 * what I announced as delivered, promises whose day has passed.
 */

const NOW = '2026-11-23T10:00:00+01:00';

function fixture(name: string): Thread {
  return ThreadSchema.parse(
    JSON.parse(readFileSync(`test/fixtures/threads/${name}.expected.json`, 'utf8')) as object,
  );
}

function reply(
  thread: Thread,
  situation: ReplyInput['situation'],
  register: ReplyInput['register'],
  tone: ReplyInput['tone'] = 'neutral',
  analysis: Analysis = analyzeThread(thread, { now: NOW }),
): string {
  return generateReply({
    situation,
    tone,
    register,
    thread,
    analysis,
    now: NOW,
    profile: {
      name: null,
      signature: null,
      trade: null,
      workingDays: [1, 2, 3, 4, 5],
      workingHours: { start: '09:00', end: '18:00' },
      country: 'FR',
      clientKind: 'b2b',
    },
  }).text;
}

describe('payment reminders after the client answered', () => {
  const thread = fixture('gmail-fr-facture-en-retard');

  it('thanks the client and asks for a firm payment date, in every tone', () => {
    for (const tone of ['warm', 'neutral', 'firm'] as const) {
      const text = reply(thread, 'payment_reminder_2', 'vous', tone);
      const opening = text.split('\n\n')[1] ?? '';
      expect(opening, tone).toMatch(/^Merci pour votre retour/);
      expect(text, tone).toMatch(/date précise du virement/);
      expect(text, tone).not.toMatch(/ce qui bloque|quelque chose bloque|Sauf erreur/);
      expect(text.match(/à ce jour/g)?.length ?? 0, tone).toBeLessThanOrEqual(1);
    }
    expect(reply(thread, 'payment_reminder_2', 'en')).toMatch(/^Thank you for letting me know\./m);
    expect(reply(thread, 'payment_reminder_1', 'vous')).toMatch(/^Merci pour votre retour/m);
  });

  it('keeps the usual opening when I wrote last', () => {
    const mineLast: Thread = { ...thread, messages: thread.messages.slice(0, 2) };
    const text = reply(mineLast, 'payment_reminder_2', 'vous');
    expect(text).toContain('Sauf erreur de ma part');
    expect(text).not.toContain('Merci pour votre retour');
  });
});

describe('French typography around quoted English', () => {
  it('leaves the client’s English words as written inside « »', () => {
    const text = reply(fixture('outlook-en-scope-creep-newest-on-top'), 'scope_change_quote', 'vous');
    expect(text).toContain(
      `«${NNBSP}Also, while you're at it, could you design a few social media templates?${NNBSP}»`,
    );
    expect(text).toContain(`demande${NBSP}:`);
  });
});

describe('the facts a de-escalation restates', () => {
  it('points to the delivery I last announced when no promise of mine is whole', () => {
    const text = reply(fixture('outlook-en-aggressive-client'), 'deescalate_aggressive', 'en');
    expect(text).not.toContain('[the facts]');
    expect(text).toContain('Thursday, November 19');
    expect(text).toContain('“The updated staging link is ready');
  });
});

describe('promises whose day has passed', () => {
  const thread = fixture('gmail-fr-maquettes-v2');

  it('reports a kept promise as done and asks for the next step, never as still to come', () => {
    const text = reply(thread, 'confirm_commitment', 'vous');
    expect(text).not.toContain('d’ici le vendredi 20 novembre');
    expect(text).toMatch(/engagement du vendredi 20 novembre est tenu/);
    expect(text).toContain('prochaine étape');
    expect(text).toContain('mercredi 25 novembre');
  });

  it('names a late one with its planned day and announces a new date', () => {
    // Without the client's thanks, nothing shows the V2 was delivered.
    const late: Thread = {
      ...thread,
      messages: [
        ...thread.messages.slice(0, 2),
        message('paul@maison-durand.example', 'Bonjour Léa, où en est la V2 ?', '2026-11-22T10:00'),
      ],
    };
    const text = reply(late, 'confirm_commitment', 'vous');
    expect(text).toContain('prévu pour le vendredi 20 novembre');
    expect(text).toContain('nouvelle date');
    expect(text).not.toContain('d’ici le vendredi 20 novembre');
  });

  it('still restates a promise whose day is ahead', () => {
    const text = reply(thread, 'confirm_commitment', 'vous', 'neutral', {
      ...analyzeThread(thread, { now: NOW }),
      commitments: analyzeThread(thread, { now: NOW }).commitments.map((c) =>
        c.owner === 'me' ? { ...c, due: '2026-11-27', action: 'la V3 , avec le formulaire' } : c,
      ),
    });
    expect(text).toContain(`mon engagement${NBSP}: la V3, avec le formulaire, d’ici le vendredi 27 novembre`);
  });
});

describe('scope change', () => {
  it('names the new work, not the haggling over its price', () => {
    const text = reply(fixture('gmail-en-scope-creep-bundle'), 'scope_change_quote', 'en');
    expect(text).toContain('blog section');
    expect(text).not.toContain('for free');
  });

  it('uses the price I gave for the new work', () => {
    const thread = fixture('outlook-en-scope-creep-newest-on-top');
    expect(reply(thread, 'scope_change_quote', 'en')).toContain('€580');
    expect(reply(thread, 'scope_change_quote', 'vous')).toContain(`580${NBSP}€`);
    // A price given before the request, for other work, is not this one's.
    const before = { ...thread, messages: thread.messages.slice(0, 3) };
    expect(reply(before, 'scope_change_quote', 'en')).toContain('[cost excl. VAT]');
  });
});

describe('restated words', () => {
  it('have no space before a comma or a period', () => {
    expect(tidy('la V2 ,  avec deux variantes .')).toBe('la V2, avec deux variantes.');
  });
});

function message(from: string, text: string, sent_at: string): Message {
  return { id: null, from: { name: null, email: from }, to: [], sent_at, collapsed: false, text };
}
