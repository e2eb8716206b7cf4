import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { bodyText, stripTextQuotes, visibleText } from './dom-text.ts';

function body(html: string): Element {
  const window = new Window({ url: 'https://example.test/' });
  window.document.body.innerHTML = `<div id="b">${html}</div>`;
  return window.document.getElementById('b') as unknown as Element;
}

describe('visibleText: layout without a renderer', () => {
  it('reads Gmail composer divs as lines and blank-line paragraphs', () => {
    expect(
      visibleText(
        body(
          '<div dir="ltr">Hi Anna,<div><br></div><div>Thanks.</div><div>Best,</div><div>Marta</div></div>',
        ),
      ),
    ).toBe('Hi Anna,\n\nThanks.\nBest,\nMarta');
  });
  it('separates paragraphs by a blank line and keeps <br> lines', () => {
    expect(visibleText(body('<p>One.</p><p>Two<br>lines.</p>'))).toBe('One.\n\nTwo\nlines.');
  });
  it('reads Word paragraphs (MsoNormal) as lines with &nbsp; blank lines', () => {
    expect(
      visibleText(
        body('<p class="MsoNormal">Hi,</p><p class="MsoNormal">&nbsp;</p><p class="MsoNormal">Text.</p>'),
      ),
    ).toBe('Hi,\n\nText.');
  });
  it('reads paragraphs as lines when the body style removes their margins', () => {
    const html =
      '<style>\n<!--\np\n\t{margin-top:0; margin-bottom:0}\n-->\n</style><p>Line one</p><p>Line two</p><p><br></p><p>Next</p>';
    expect(visibleText(body(html))).toBe('Line one\nLine two\n\nNext');
    expect(
      visibleText(body('<p class="MsoListParagraph">1. a</p><p class="MsoListParagraph">2. b</p>')),
    ).toBe('1. a\n2. b');
  });
  it('does not double a line break when a <br> ends a block', () => {
    expect(visibleText(body('<div>first<br></div><div>second</div>'))).toBe('first\nsecond');
  });
  it('reads table rows as lines and cells as tabs', () => {
    const html =
      '<p>Before:</p><table><tbody><tr><td><p>A</p></td><td><p>B</p></td></tr><tr><td>1</td><td>2</td></tr></tbody></table><p>After.</p>';
    expect(visibleText(body(html))).toBe('Before:\n\nA\tB\n1\t2\n\nAfter.');
  });
  it('reads a one-cell layout table as plain blocks', () => {
    expect(visibleText(body('<table><tr><td><div>Line one</div><div>Line two</div></td></tr></table>'))).toBe(
      'Line one\nLine two',
    );
  });
  it('reads emoji images from their alt and ignores other images', () => {
    expect(visibleText(body('Great <img data-emoji="👍" alt="👍"> <img alt="logo" src="x.png">news'))).toBe(
      'Great 👍 news',
    );
  });
  it('skips <style>, <script> and inline-hidden elements', () => {
    const html =
      '<style>p{margin:0}</style><script>var x=1</script><div style="display:none">preheader</div><div hidden>h</div><div>Shown</div>';
    expect(visibleText(body(html))).toBe('Shown');
  });
  it('collapses white space as CSS does', () => {
    expect(visibleText(body('<div>  a \n  b   c </div>\n\n   <div> d</div>'))).toBe('a b c\nd');
  });
});

describe('bodyText: quotes and signatures removed by structure', () => {
  it('cuts at Gmail quotes and drops gmail_signature', () => {
    const html =
      '<div dir="ltr">Hello,<div><br></div><div>New text.</div></div><br><span class="gmail_signature_prefix">-- </span><br>' +
      '<div class="gmail_signature" data-smartmail="gmail_signature">Paul Durand</div>' +
      '<div class="gmail_quote"><div class="gmail_attr">On Fri, Nov 20, 2026 at 5:52 PM X wrote:</div><blockquote class="gmail_quote">Old</blockquote></div>';
    expect(bodyText(body(html))).toBe('Hello,\n\nNew text.');
  });
  it('cuts at OWA reply headers (x_ prefix) and drops #x_Signature', () => {
    const html =
      '<div class="rps_1"><style>.x{}</style><div class="x_elementToProof">Merci !</div><div id="x_Signature">Nicolas</div>' +
      '<div id="x_appendonsend"></div><hr><div id="x_divRplyFwdMsg"><b>De :</b> X</div><div>Old text</div></div>';
    expect(bodyText(body(html))).toBe('Merci !');
  });
  it('cuts at the unprefixed compose-side ids too', () => {
    expect(bodyText(body('<div>New</div><div id="divRplyFwdMsg">From: X</div><div>Old</div>'))).toBe('New');
  });
  it('cuts at an Outlook-desktop bordered header block', () => {
    const html =
      '<p class="x_MsoNormal">Bonjour,</p><div><div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">' +
      '<p class="x_MsoNormal"><b>De&nbsp;:</b> A<br><b>Envoyé&nbsp;:</b> lundi</p></div></div><p class="x_MsoNormal">Ancien</p>';
    expect(bodyText(body(html))).toBe('Bonjour,');
  });
  it('keeps a bordered block that is not a header', () => {
    expect(bodyText(body('<div style="border-top:solid #ccc 1pt">Important note</div><div>More</div>'))).toBe(
      'Important note\nMore',
    );
  });
  it('drops blockquotes, Gmail trimmed content and Thunderbird marks behind Gmail m_ prefixes', () => {
    const html =
      '<p>Reply.</p><div class="m_-123moz-signature">-- <br>Jenny</div><div class="m_-123moz-cite-prefix">On 11/13/26 Ethan wrote:</div>' +
      '<blockquote type="cite">Old</blockquote>';
    expect(bodyText(body(html))).toBe('Reply.');
    expect(
      bodyText(
        body(
          '<div>New</div><div class="adL"><div>hidden trimmed</div></div><div class="h5">older trimmed</div>',
        ),
      ),
    ).toBe('New');
  });
  it('drops device signatures: Apple Mail, Outlook mobile, plain lines', () => {
    expect(bodyText(body('<div>Texte</div><div id="x_AppleMailSignature">Envoyé de mon iPhone</div>'))).toBe(
      'Texte',
    );
    expect(
      bodyText(body('<div>Text</div><div id="x_ms-outlook-mobile-signature">Get Outlook for iOS</div>')),
    ).toBe('Text');
    expect(
      bodyText(body('<div>Thanks!</div><div>Marta</div><div><br></div><div>Sent from my iPhone</div>')),
    ).toBe('Thanks!\nMarta');
  });
  it('keeps interleaved text after a skipped blockquote', () => {
    expect(bodyText(body('<div>Top</div><blockquote>quoted</blockquote><div>Answer below</div>'))).toBe(
      'Top\nAnswer below',
    );
  });
  it('drops an unmarked corporate signature that repeats the sender name after the closing', () => {
    const html =
      '<p class="MsoNormal">Hi Tom,</p><p class="MsoNormal">Paid today.</p><p class="MsoNormal">Kind regards,<br>Rachel</p>' +
      '<table><tr><td>Rachel Kim</td><td>Senior PM | Brightside</td></tr></table><p class="MsoNormal">Confidential notice.</p>';
    expect(bodyText(body(html), { senderName: 'Rachel Kim' })).toBe(
      'Hi Tom,\nPaid today.\nKind regards,\nRachel',
    );
  });
  it('keeps a postscript after the closing', () => {
    const html =
      '<div>Hi,</div><div>Done.</div><div>Best,</div><div>Mark</div><div><br></div><div>PS: the invoice follows tomorrow.</div>';
    expect(bodyText(body(html), { senderName: 'Mark Lee' })).toBe(
      'Hi,\nDone.\nBest,\nMark\n\nPS: the invoice follows tomorrow.',
    );
  });
});

describe('stripTextQuotes: plain-text lines', () => {
  it('cuts at attribution lines, separators and header blocks', () => {
    expect(stripTextQuotes('New.\n\nOn Fri, Nov 20, 2026 at 5:52 PM Paul <p@x.example> wrote:\n> old')).toBe(
      'New.',
    );
    expect(
      stripTextQuotes('Nouveau.\n\nLe ven. 20 nov. 2026 à 17:52, Paul <p@x.example> a écrit :\nancien'),
    ).toBe('Nouveau.');
    expect(stripTextQuotes('New.\n-----Original Message-----\nFrom: X')).toBe('New.');
    expect(stripTextQuotes('New.\nFrom: Paul Durand\nSent: Friday\nTo: Me')).toBe('New.');
    expect(
      stripTextQuotes(
        'New.\n\n________________________________\nFrom: Paul Durand <p@x.example>\nSent: Friday',
      ),
    ).toBe('New.');
  });
  it('joins an attribution wrapped over two lines', () => {
    expect(
      stripTextQuotes('New.\nOn Fri, Nov 20, 2026 at 5:52 PM Paul Durand <\npaul@x.example> wrote:\nold'),
    ).toBe('New.');
  });
  it('drops quoted lines but keeps what follows them', () => {
    expect(stripTextQuotes('> question?\nAnswer.')).toBe('Answer.');
  });
});

describe('bad input', () => {
  it('reads a 1 MB body in linear time', () => {
    const paragraph =
      '<div>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor.</div>';
    const html = paragraph.repeat(Math.ceil(1_000_000 / paragraph.length));
    const el = body(html);
    const started = performance.now();
    const text = bodyText(el);
    expect(performance.now() - started).toBeLessThan(3000);
    expect(text.split('\n').length).toBeGreaterThan(10_000);
  });
  it('survives very deep nesting', () => {
    const depth = 5000;
    const el = body(`${'<div>'.repeat(depth)}deep${'</div>'.repeat(depth)}<div>shallow</div>`);
    expect(() => bodyText(el)).not.toThrow();
    expect(bodyText(el)).toContain('shallow');
  });
  it('returns an empty string for an empty body', () => {
    expect(bodyText(body(''))).toBe('');
  });
});
