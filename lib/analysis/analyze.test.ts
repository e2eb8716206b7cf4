import { readFileSync } from 'node:fs';
import nlp from 'compromise';
import { describe, expect, it } from 'vitest';
import { type Message, type Thread, ThreadSchema } from '../mail/thread.ts';
import { analyzeThread, detectRegister } from './analyze.ts';
import { AnalysisSchema } from './types.ts';

function fixture(name: string): Thread {
  const raw = JSON.parse(readFileSync(`test/fixtures/threads/${name}.expected.json`, 'utf8')) as object;
  return ThreadSchema.parse(raw);
}

function message(from: string, text: string, sent_at: string | null = '2026-11-23T10:00'): Message {
  return { id: null, from: { name: null, email: from }, to: [], sent_at, collapsed: false, text };
}

function thread(messages: Message[], account: string | null = 'me@example.com'): Thread {
  return { provider: 'gmail', account, thread_id: null, subject: null, messages, problems: [] };
}

describe('analyzeThread on a saved thread', () => {
  const analysis = analyzeThread(fixture('gmail-fr-maquettes-v2'), { now: '2026-11-23T09:00:00+01:00' });

  it('keeps the Analysis shape', () => {
    expect(AnalysisSchema.safeParse(analysis).success).toBe(true);
  });

  it('knows who is who, the language and the register', () => {
    expect(analysis.me).toBe('lea.martin@example.com');
    expect(analysis.client).toEqual({ name: 'Paul Durand', email: 'paul@maison-durand.example' });
    expect(analysis.language).toBe('fr');
    expect(analysis.register).toBe('vous');
  });

  it('finds both sides’ commitments with owner and due day', () => {
    const mine = analysis.commitments.find((c) => c.owner === 'me');
    expect(mine?.text).toMatch(/^Je vous envoie la V2 vendredi/);
    expect(mine?.due).toBe('2026-11-20');
    expect(mine?.message_index).toBe(1);
    const theirs = analysis.commitments.find((c) => c.owner === 'client');
    expect(theirs?.text).toMatch(/virement de l'acompte d'ici mercredi/);
    expect(theirs?.due).toBe('2026-11-25');
  });

  it("lists the client's request", () => {
    expect(analysis.requests.some((r) => r.from === 'client' && /formulaire de contact/.test(r.text))).toBe(
      true,
    );
  });
});

describe('analyzeThread', () => {
  it('maps owners from who wrote the message', () => {
    const a = analyzeThread(
      thread([
        message(
          'client@example.com',
          "As agreed, you'll send the logo by Friday. We'll pay the invoice on the 15th.",
        ),
        message('me@example.com', "Sure. I'll try to send it soon."),
      ]),
      { now: '2026-11-23T09:00:00+01:00' },
    );
    expect(a.commitments.map((c) => c.owner)).toEqual(['me', 'client', 'me']);
    const vague = a.commitments[2];
    expect(vague?.vague).toBe(true);
    expect(vague?.rewrite).toMatch(/^I will send .* on Wednesday 25 November\.$/);
  });

  it('reads wall times with the offset of `now`', () => {
    // 23:30 on Friday 27 in the writer's time: "tomorrow" is Saturday 28, whatever the offset.
    const t = thread([message('me@example.com', "I'll send the files tomorrow.", '2026-11-27T23:30')]);
    expect(analyzeThread(t, { now: '2026-11-27T23:45:00-05:00' }).commitments[0]?.due).toBe('2026-11-28');
    expect(analyzeThread(t, { now: new Date('2026-11-27T12:00:00Z') }).commitments[0]?.due).toBe(
      '2026-11-28',
    );
  });

  it('uses `me` before the account and asks the client for dates in tu', () => {
    const a = analyzeThread(
      thread(
        [
          message('lea@example.fr', 'Salut ! Je te renvoie les textes corrigés bientôt.'),
          message('moi@example.fr', 'Top, tu me dis quand tu les as ? Merci !'),
        ],
        null,
      ),
      { me: 'Moi@Example.fr', now: '2026-11-23T09:00:00+01:00' },
    );
    expect(a.me).toBe('moi@example.fr');
    expect(a.register).toBe('tu');
    const theirs = a.commitments[0];
    expect(theirs?.owner).toBe('client');
    expect(theirs?.rewrite).toBe('Pourrais-tu me confirmer une date précise pour les textes corrigés\u00a0?');
  });

  it('returns an empty analysis for bad input without throwing', () => {
    for (const text of ['', '🎉🎉🎉', '```\nwhile (true) {}\n```', 'Спасибо 谢谢 شكرا', '....!!!???']) {
      const a = analyzeThread(thread([message('client@example.com', text, null)]), {
        now: '2026-11-23T09:00:00Z',
      });
      expect(AnalysisSchema.safeParse(a).success).toBe(true);
      expect(a.commitments).toEqual([]);
    }
    const empty = analyzeThread(thread([]));
    expect(empty.commitments).toEqual([]);
    expect(empty.client).toBeNull();
  });

  it('stays linear on a 10,000-sentence message', () => {
    const text = "I'll send the report tomorrow. Could you check the figures? ".repeat(5000);
    const t0 = performance.now();
    const a = analyzeThread(thread([message('client@example.com', text)]), { now: '2026-11-23T09:00:00Z' });
    expect(a.commitments).toHaveLength(5000);
    expect(performance.now() - t0).toBeLessThan(15_000);
  });
});

describe('detectRegister', () => {
  it('prefers how I address the client', () => {
    expect(detectRegister([{ text: 'Merci, je vous envoie ça.', mine: true }])).toBe('vous');
    expect(detectRegister([{ text: 'Je te renvoie ça, ton fichier est prêt.', mine: true }])).toBe('tu');
    expect(detectRegister([{ text: 'Nothing here.', mine: true }])).toBe('vous');
  });
});

describe('speed', () => {
  it('analyses a 50-message bilingual thread within 2x of compromise parsing the same text', () => {
    const en = [
      "Hi Paul, thanks for the feedback on the homepage. I'll send the revised mockups by Friday.",
      'Could you send the logo files in SVG by Monday? We will pay the invoice on the 15th.',
      'The staging site is ready for review, and I will push the final fixes first thing Monday.',
    ].join(' ');
    const fr = [
      'Bonjour Léa, merci pour les maquettes. Je vous envoie le devis demain.',
      'Pourriez-vous nous envoyer les fichiers sources avant lundi ? Notre comptable effectuera le virement vendredi.',
      "Je reviens vers vous d'ici jeudi avec une proposition chiffrée.",
    ].join(' ');
    const messages = Array.from({ length: 50 }, (_, i) =>
      message(i % 2 ? 'me@example.com' : 'client@example.com', i % 4 < 2 ? en : fr),
    );
    const t = thread(messages);
    const text = messages.map((m) => m.text).join('\n\n');
    const best = (f: () => unknown) => {
      let min = Number.POSITIVE_INFINITY;
      for (let i = 0; i < 5; i++) {
        const t0 = performance.now();
        f();
        min = Math.min(min, performance.now() - t0);
      }
      return min;
    };
    best(() => analyzeThread(t, { now: '2026-11-23T09:00:00+01:00' }));
    const ours = best(() => analyzeThread(t, { now: '2026-11-23T09:00:00+01:00' }));
    const baseline = best(() => nlp(text));
    expect(ours).toBeLessThan(2 * baseline);
  });
});
