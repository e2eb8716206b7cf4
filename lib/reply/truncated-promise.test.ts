import { describe, expect, it } from 'vitest';
import { analyzeThread } from '../analysis/analyze.ts';
import type { Thread } from '../mail/thread.ts';
import { generateReply } from './generate.ts';

const NOW = '2026-11-23T10:00:00+00:00';

/** A thread whose only promise of mine sits in a collapsed message, shown as `snippet`. */
function threadWith(snippet: string): Thread {
  return {
    provider: 'outlook',
    account: 'hannah@studio.example',
    thread_id: null,
    subject: 'Staging review',
    problems: [],
    messages: [
      {
        id: null,
        from: { name: 'Hannah Clarke', email: 'hannah@studio.example' },
        to: [],
        sent_at: '2026-11-17T11:05',
        collapsed: true,
        text: snippet,
      },
      {
        id: null,
        from: { name: 'Richard Hale', email: 'richard@client.example' },
        to: [{ name: 'Hannah Clarke', email: 'hannah@studio.example' }],
        sent_at: '2026-11-22T11:17',
        collapsed: false,
        text: 'Richard here. This is completely unacceptable, you have wasted our time.',
      },
    ],
  };
}

function deescalate(thread: Thread): string {
  const analysis = analyzeThread(thread, { me: 'hannah@studio.example', now: NOW });
  return generateReply({
    situation: 'deescalate_aggressive',
    tone: 'neutral',
    register: 'en',
    thread,
    analysis,
    now: NOW,
    profile: {
      name: 'Hannah Clarke',
      signature: 'Hannah',
      trade: null,
      workingDays: [1, 2, 3, 4, 5],
      workingHours: { start: '09:00', end: '18:00' },
      country: 'FR',
      clientKind: 'b2b',
    },
  }).text;
}

describe('promises read from collapsed snippets', () => {
  it('does not restate a promise the snippet cut mid-sentence', () => {
    const text = deescalate(
      threadWith("Hi Richard, Thanks for the list. I'll fix the depot list and send you an updated"),
    );
    expect(text).not.toContain('send you an updated');
    expect(text).toContain('[the facts]');
  });

  it('restates a promise the snippet shows whole', () => {
    const text = deescalate(threadWith("Hi Richard, I'll send you the updated staging link on Friday."));
    expect(text).toContain('send you the updated staging link');
    expect(text).not.toContain('[the facts]');
  });
});
