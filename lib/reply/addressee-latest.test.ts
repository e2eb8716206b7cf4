import { describe, expect, it } from 'vitest';
import { analyzeThread } from '../analysis/analyze.ts';
import type { Message, Thread } from '../mail/thread.ts';
import { addresseeOf, greetingName } from './addressee.ts';

const ME = { name: 'Daniel Osei', email: 'daniel@studio.example' };

function message(from: Message['from'], sent_at: string, text: string): Message {
  return { id: null, from, to: [], sent_at, collapsed: false, text };
}

function thread(messages: Message[]): Thread {
  return {
    provider: 'gmail',
    account: ME.email,
    thread_id: null,
    subject: 'Redesign',
    problems: [],
    messages,
  };
}

describe('who the reply greets', () => {
  const karen = { name: 'Karen Lowe', email: 'karen@client.example' };
  const mike = { name: 'Mike Ferris', email: 'mike@client.example' };

  it('greets the sender of the newest message from the other side', () => {
    const t = thread([
      message(karen, '2026-11-16T10:00', 'Hi Daniel,\nCould you also add a blog?\nKaren'),
      message(ME, '2026-11-17T10:00', 'Hi Karen,\nHere is a change order.\nDaniel'),
      message(mike, '2026-11-19T10:00', 'Hi Daniel,\nCan you do it for free?\nMike'),
      message(ME, '2026-11-20T10:00', 'Hi Mike,\nI can take 20% off.\nDaniel'),
    ]);
    const analysis = analyzeThread(t, { me: ME.email, now: '2026-11-23T10:00:00+00:00' });
    expect(analysis.client?.name).toBe('Karen Lowe');
    expect(greetingName(addresseeOf(t, analysis, 'Daniel'), 'en', 'en')).toBe('Mike');
  });

  it('keeps the client when only the client wrote', () => {
    const t = thread([
      message(karen, '2026-11-16T10:00', 'Hi Daniel,\nCould you also add a blog?\nKaren'),
      message(ME, '2026-11-17T10:00', 'Hi Karen,\nHere is a change order.\nDaniel'),
    ]);
    const analysis = analyzeThread(t, { me: ME.email, now: '2026-11-23T10:00:00+00:00' });
    expect(greetingName(addresseeOf(t, analysis, 'Daniel'), 'en', 'en')).toBe('Karen');
  });
});
