import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { outlookAdapter } from './outlook.ts';

function page(body: string): Document {
  const window = new Window({ url: 'https://outlook.office.com/mail/inbox/id/AAQk' });
  window.document.body.innerHTML = body;
  return window.document as unknown as Document;
}

const item = (expanded: boolean, from: string, date: string | null, text: string) =>
  `<div class="aVla3"><div aria-expanded="${expanded}"><span class="OZZZK" title="${from}">N</span>` +
  (date ? `<div data-testid="SentReceivedSavingLabel" title="${date}">${date}</div>` : '') +
  (expanded
    ? `<div id="UniqueMessageBody_1" role="document">${text}</div>`
    : `<div class="XG5Jd TszOG">${text}</div>`) +
  '</div></div>';

const pane = (items: string) =>
  '<div id="MailList"><div role="option" aria-selected="true" data-convid="CONV1"></div></div>' +
  `<div role="main"><div role="heading"><span title="Sujet">Sujet</span></div><div data-app-section="ConversationContainer">${items}</div></div>`;

describe('outlookAdapter specifics', () => {
  it('sorts newest-on-top conversations oldest first', () => {
    const doc = page(
      pane(
        item(true, 'b@x.example', 'Mon 11/23/2026 9:02 AM', 'New') +
          item(false, 'a@x.example', 'Fri 11/20/2026 6:59 PM', 'Old'),
      ),
    );
    const result = outlookAdapter.read(doc);
    expect(result.ok && result.thread.messages.map((m) => m.text)).toEqual(['Old', 'New']);
    expect(result.ok && result.thread.thread_id).toBe('CONV1');
  });

  it('keeps undated messages in place and reverses by the dated ones', () => {
    const doc = page(
      pane(
        item(true, 'c@x.example', 'Mon 11/23/2026 9:02 AM', 'C') +
          item(false, 'b@x.example', null, 'B') +
          item(false, 'a@x.example', 'Fri 11/20/2026 6:59 PM', 'A'),
      ),
    );
    const result = outlookAdapter.read(doc);
    expect(result.ok && result.thread.messages.map((m) => m.text)).toEqual(['A', 'B', 'C']);
    expect(result.ok && result.thread.problems).toEqual([
      'account: not found (outlook.account)',
      'message 2: no date (outlook.date)',
    ]);
  });

  it('never reads the pop-out or inline compose as a message', () => {
    const compose =
      '<div class="aVla3"><div aria-expanded="true"><div contenteditable="true" role="textbox" aria-multiline="true">Draft</div></div></div>';
    const doc = page(pane(compose + item(true, 'a@x.example', 'Fri 11/20/2026 6:59 PM', 'Real')));
    const result = outlookAdapter.read(doc);
    expect(result.ok && result.thread.messages.map((m) => m.text)).toEqual(['Real']);
  });

  it('has no thread key without a message body in the reading pane', () => {
    expect(outlookAdapter.threadKey(page('<div role="main"><p>Select an item to read</p></div>'))).toBeNull();
  });
});
