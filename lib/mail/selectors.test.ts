import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import {
  all,
  chain,
  chains,
  findEmail,
  first,
  isShown,
  labelText,
  must,
  outside,
  readSafely,
  SelectorError,
  squash,
  within,
} from './selectors.ts';

function doc(html: string): Document {
  const window = new Window({ url: 'https://example.test/' });
  window.document.body.innerHTML = html;
  return window.document as unknown as Document;
}

describe('selector chains', () => {
  const heading = chain('test.heading', ['h2.new-layout', 'h2.old-layout']);

  it('falls back to the next alternative in order', () => {
    const d = doc('<h2 class="old-layout">Old</h2>');
    expect(first(d, heading)?.textContent).toBe('Old');
    const both = doc('<h2 class="old-layout">Old</h2><h2 class="new-layout">New</h2>');
    expect(first(both, heading)?.textContent).toBe('New');
  });

  it('returns every match of the first alternative that matches', () => {
    const d = doc('<h2 class="old-layout">a</h2><h2 class="old-layout">b</h2>');
    expect(all(d, heading).map((e) => e.textContent)).toEqual(['a', 'b']);
    expect(all(d, heading, (e) => e.textContent === 'b')).toHaveLength(1);
  });

  it('takes the first accepted match, as the full list would', () => {
    const d = doc('<p class="x">a</p><p class="x">b</p><p class="x">c</p><p class="y">d</p>');
    const xs = chain('test.x', ['p.x', 'p.y']);
    for (const accept of [
      (e: Element) => e.textContent !== 'a',
      (e: Element) => e.textContent === 'c',
      (e: Element) => e.textContent === 'd',
      () => false,
    ])
      expect(first(d, xs, accept)).toBe(all(d, xs, accept)[0] ?? null);
  });

  it('judges "outside the zones" exactly as a closest() per element does', () => {
    const zones = ['.zone', '[contenteditable=true]', '[contenteditable=""]'];
    const d = doc(
      '<div id="scope"><p>a</p><div class="zone"><p>b</p><div><p>c</p></div></div>' +
        '<section contenteditable="true"><p>d</p></section><div contenteditable="false"><p>e</p></div>' +
        '<div contenteditable=""><b>f</b></div></div>',
    );
    const scope = d.getElementById('scope') as Element;
    const accept = outside(scope, zones);
    const elements = Array.from(scope.querySelectorAll('*'));
    const expected = elements.map((el) => !zones.some((css) => within(el, css)));
    expect(elements.map(accept)).toEqual(expected);
    expect(expected).toContain(true);
    expect(expected).toContain(false);
    // A scope inside a zone: nothing in it is outside.
    const inner = d.querySelector('.zone > div') as Element;
    expect(outside(inner, zones)(inner.querySelector('p') as Element)).toBe(false);
  });

  it('fails loudly with the chain name when a lookup must succeed', () => {
    expect(() => must(doc('<p>nothing</p>'), heading)).toThrow(SelectorError);
    try {
      must(doc(''), heading);
    } catch (e) {
      expect((e as SelectorError).selector.name).toBe('test.heading');
      expect((e as Error).message).toContain('test.heading');
    }
  });

  it('treats an alternative the engine cannot parse as no match', () => {
    const broken = chain('test.broken', ['h2:unknown-pseudo(((', 'h2']);
    expect(first(doc('<h2>ok</h2>'), broken)?.textContent).toBe('ok');
  });
});

describe('isShown', () => {
  it('is false under an inline display:none or hidden ancestor', () => {
    const d = doc(
      '<div style="display: none;"><div><p id="a">a</p></div></div><div hidden><p id="b">b</p></div><p id="c">c</p>',
    );
    expect(isShown(d.getElementById('a') as Element)).toBe(false);
    expect(isShown(d.getElementById('b') as Element)).toBe(false);
    expect(isShown(d.getElementById('c') as Element)).toBe(true);
  });
});

describe('labels and addresses', () => {
  it('reads emoji images in labels', () => {
    const d = doc('<h2 id="s">Launch <img data-emoji="🚀" alt="🚀"> plan</h2>');
    expect(labelText(d.getElementById('s') as Element)).toBe('Launch 🚀 plan');
  });
  it('finds an address in a label', () => {
    expect(findEmail('Google Account: Léa Martin (lea.martin@example.com)')).toBe('lea.martin@example.com');
    expect(findEmail('<paul@client.example>')).toBe('paul@client.example');
    expect(findEmail('Account manager for Marc Dubois')).toBeNull();
  });
});

describe('provider chains and safe reads', () => {
  const hooks = chains('test', { pane: ['[role=main]'], list: ['ul', 'ol'] });

  it('names each chain after its provider and key', () => {
    expect(hooks.pane).toEqual({ name: 'test.pane', alternatives: ['[role=main]'] });
    expect(hooks.list.name).toBe('test.list');
  });

  it('turns a failed lookup into a failure naming the chains tried, the failing one last', () => {
    const result = readSafely(() => {
      must(doc('<main></main>'), hooks.list);
      throw new Error('unreachable');
    }, [hooks.pane]);
    expect(result).toEqual({
      ok: false,
      failure: { reason: 'nothing matches test.list', tried: ['test.pane', 'test.list'] },
    });
  });

  it('turns any other error into a reader error, never a throw', () => {
    const result = readSafely(() => {
      throw new TypeError('detached frame');
    }, [hooks.pane]);
    expect(result).toEqual({
      ok: false,
      failure: { reason: 'reader error: detached frame', tried: ['test.pane'] },
    });
  });
});

describe('squash', () => {
  it('drops direction overrides and invisible characters, keeps emoji sequences whole', () => {
    expect(squash('Paul \u202ednaruD\u202c')).toBe('Paul dnaruD');
    expect(squash('Pa\u200bul\u200d Du\ufeffrand')).toBe('Paul Durand');
    expect(squash('Dev 👩\u200d💻 team')).toBe('Dev 👩\u200d💻 team');
  });
});
