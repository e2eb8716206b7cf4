import { afterEach, describe, expect, it, vi } from 'vitest';
import type { RouterEffects } from './router.ts';
import { route } from './router.ts';

const thread = {
  provider: 'gmail',
  account: 'lea@example.com',
  thread_id: 'abc',
  subject: 'Devis',
  messages: [
    {
      id: 'm1',
      from: { name: 'Paul', email: 'paul@client.example' },
      to: [],
      sent_at: '2026-11-20T17:52',
      collapsed: false,
      text: 'Bonjour',
    },
  ],
  problems: [],
};

function effects(): RouterEffects & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    saveTabState: vi.fn(async (id: number) => void calls.push(`state:${id}`)),
    saveDraft: vi.fn(async (id: number) => void calls.push(`draft:${id}`)),
    openPanel: vi.fn(async (id: number) => void calls.push(`open:${id}`)),
    sendToTab: vi.fn(async (id: number, c: { type: string }) => {
      calls.push(`tab:${id}:${c.type}`);
      return { ok: true, detail: 'done' };
    }),
  };
}

describe('background routing', () => {
  afterEach(() => vi.restoreAllMocks());

  it('keeps the thread a content script reports, for its own tab', async () => {
    const fx = effects();
    const state = { status: 'ready', url: 'https://mail.google.com/mail/u/0/#inbox/x', at: 1, thread };
    expect(await route({ type: 'thread:changed', state }, 7, fx)).toBeNull();
    expect(fx.calls).toEqual(['state:7']);
  });

  it('drops a malformed message with a logged reason and does nothing', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const fx = effects();
    const bad = {
      type: 'thread:changed',
      state: { status: 'ready', url: 'x', at: 1, thread: { ...thread, messages: 'no' } },
    };
    expect(await route(bad, 7, fx)).toBeNull();
    expect(await route({ type: 'nonsense' }, 7, fx)).toBeNull();
    expect(await route('compose:insert', undefined, fx)).toBeNull();
    expect(fx.calls).toEqual([]);
    expect(warn).toHaveBeenCalledTimes(3);
    expect(String(warn.mock.calls[0]?.[0])).toMatch(/dropped a malformed message \(state\.thread\.messages/);
  });

  it('never lets a content script send a page command', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const fx = effects();
    await route({ type: 'compose:insert', tabId: 3, text: 'hi', replace: null }, 7, fx);
    expect(fx.calls).toEqual([]);
  });

  it('routes a panel insert to the tab it names', async () => {
    const fx = effects();
    const answer = await route(
      { type: 'compose:insert', tabId: 3, text: 'Bonjour', replace: null },
      undefined,
      fx,
    );
    expect(answer).toEqual({ ok: true, detail: 'done' });
    expect(fx.calls).toEqual(['tab:3:compose:insert']);
  });

  it('opens the panel for a tab and reports a failure plainly', async () => {
    const fx = effects();
    expect(await route({ type: 'panel:open', tabId: 4 }, undefined, fx)).toEqual({
      ok: true,
      detail: 'opened',
    });
    fx.openPanel = async () => {
      throw new Error('no user gesture');
    };
    expect(await route({ type: 'panel:open', tabId: 4 }, undefined, fx)).toEqual({
      ok: false,
      detail: 'Error: no user gesture',
    });
  });
});
