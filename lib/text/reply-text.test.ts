import { describe, expect, it } from 'vitest';
import { extractReply, isReplyHeaderText } from './reply-text.ts';

/** [name, body, expected new text] */
const CASES: [string, string, string][] = [
  [
    'English attribution and quote',
    'Sounds good, see you Friday.\n\nOn Fri, Nov 20, 2026 at 5:52 PM Paul Durand <paul@client.example> wrote:\n> Can we meet Friday?\n',
    'Sounds good, see you Friday.',
  ],
  [
    'French attribution wrapped over two lines, NBSP before the colon',
    'Parfait, merci !\n\nLe ven. 20 nov. 2026 à 17:52, Paul Durand <\npaul@client.example> a écrit\u00a0:\n\n> Bonjour Léa,\n> On valide ?\n',
    'Parfait, merci !',
  ],
  [
    'Outlook French header block with NBSP, unquoted history',
    'Bonjour Paul,\n\nC’est noté pour jeudi.\n\nCordialement,\nLéa\n\n________________________________\nDe\u00a0: Paul Durand <paul@client.example>\nEnvoyé\u00a0: jeudi 19 novembre 2026 10:12\nÀ\u00a0: Léa Martin <lea@example.com>\nObjet\u00a0: Planning\n\nBonjour Léa, on se voit jeudi ?\n',
    'Bonjour Paul,\n\nC’est noté pour jeudi.\n\nCordialement,\nLéa',
  ],
  [
    'Outlook English header block without a rule above it',
    'Approved, go ahead.\n\nFrom: Marc Dubois <marc@example.org>\nSent: Monday, November 23, 2026 9:02 AM\nTo: Olivia Grant <olivia@fernhill.example>\nSubject: Quote\n\nHi Olivia, here is the quote.\n',
    'Approved, go ahead.',
  ],
  [
    'Original Message separator',
    'Paid this morning.\n\n-----Original Message-----\nFrom: Tom\nSent: Monday\nSubject: Invoice\n\nPlease pay.\n',
    'Paid this morning.',
  ],
  [
    'Gmail forward: the text above is kept',
    'Nicolas, can you take this one?\n\n---------- Forwarded message ---------\nFrom: Julie <julie@example.com>\nDate: Tue, Nov 17, 2026\nSubject: Quote\n\nHello, we need a website.\n',
    'Nicolas, can you take this one?',
  ],
  [
    'German, Spanish and Italian attributions',
    'Danke!\n\nAm Mo., 4. Juli 2022 um 08:13 Uhr schrieb Rick <rick@example.com>:\n> Hallo\n',
    'Danke!',
  ],
  [
    'Spanish attribution',
    'Gracias.\n\nEl mié, 29 jun 2022 a las 11:08, Rick escribió:\n> Hola\n',
    'Gracias.',
  ],
  [
    'Italian attribution',
    'Grazie.\n\nIl giorno lun 4 lug 2022 alle ore 08:12 Rick ha scritto:\n> Ciao\n',
    'Grazie.',
  ],
  [
    'inline replies keep the unquoted parts',
    'On Tue, Apr 29, 2014 at 4:22 PM, Paul <paul@example.com> wrote:\n\n> Can you do Monday?\n\nYes, Monday works.\n\n> And the budget?\n\nSame as agreed.\n\n> Paul\n',
    'Yes, Monday works.\n\nSame as agreed.',
  ],
  [
    'signature delimiter, but not "--" mid-line',
    'Here is a fix -- not a signature.\n\n-- \nrick\n',
    'Here is a fix -- not a signature.',
  ],
  [
    'iPhone signature (French)',
    'Le virement part lundi.\n\nEnvoyé de mon iPhone\n',
    'Le virement part lundi.',
  ],
  ['Outlook mobile signature', 'On it.\n\nGet Outlook for iOS<https://aka.ms/o0ukef>\n', 'On it.'],
  [
    '"Sent from" in a sentence is kept',
    'Here it is.\n\nSent from my desk, which is easier than my phone.\n',
    'Here it is.\n\nSent from my desk, which is easier than my phone.',
  ],
  [
    'company signature after the closing and name',
    'Hi Tom,\n\nWe will pay by the 30th.\n\nKind regards,\nRachel\n\nRachel Kim\nSenior Project Manager | Brightside Media\nT +44 20 7946 0321 | brightside-media.example\n48 Shoreditch High St, London E1 6JJ\n',
    'Hi Tom,\n\nWe will pay by the 30th.\n\nKind regards,\nRachel',
  ],
  [
    'French company signature after "Cordialement"',
    'Bonjour Léa,\n\nJe vous confirme le virement mercredi.\n\nCordialement,\nPaul Durand\nGérant – Maison Durand\n12 rue des Lilas, 69003 Lyon\n04 78 00 12 34\n',
    'Bonjour Léa,\n\nJe vous confirme le virement mercredi.\n\nCordialement,\nPaul Durand',
  ],
  [
    'a P.S. after the name is part of the message',
    'See you Monday.\n\nBest,\nMark\n\nP.S. The call is at 10, www.example.com has the agenda.\n',
    'See you Monday.\n\nBest,\nMark\n\nP.S. The call is at 10, www.example.com has the agenda.',
  ],
  ['a closing with no signature under it is untouched', 'Thanks!\nMarta\n', 'Thanks!\nMarta'],
  [
    'a "-Name" last line is a signature, a bullet list is not',
    'Cities we cover:\n- Paris\n- Lyon\n\nThanks for asking.\n\n-Abhishek Kona\n',
    'Cities we cover:\n- Paris\n- Lyon\n\nThanks for asking.',
  ],
  [
    '"On …" opening a sentence is not a header',
    'On your remote host you can run:\n\n    telnet 127.0.0.1 52698\n\nIt should connect.\n',
    'On your remote host you can run:\n\n    telnet 127.0.0.1 52698\n\nIt should connect.',
  ],
  [
    '"From:" in prose is not a header block',
    'The data comes From: our database, not From: external sources.\n\nThis is the content.\n',
    'The data comes From: our database, not From: external sources.\n\nThis is the content.',
  ],
  [
    'Zoho attribution between dashes',
    'Friday is fine.\n\n---- On Mon, 23 Nov 2026 10:04:00 +0100 paul@client.example wrote ----\n\nCan we meet?\n',
    'Friday is fine.',
  ],
  [
    'date and address ending in a colon, unquoted history below',
    'Merci, bien reçu.\n\n2026-11-20 17:52 GMT+01:00 Paul Durand <paul@client.example>:\n\nBonjour Léa, voici le brief.\n',
    'Merci, bien reçu.',
  ],
  [
    'German attribution wrapped after a date dot',
    'Passt.\n\nPaul Durand <paul@client.example> schrieb am Mo., 23.\nNov. 2026, 10:04:\n\n> Hallo\n',
    'Passt.',
  ],
  [
    'French webmail block: "Message du / De / A / Copie à / Sujet"',
    'Je regarde ça.\n\n====\n\nMessage du : 20/11/2026 17:52\nDe : "Paul" <paul@client.example>\nA : lea@example.com\nCopie à : \nSujet : Devis\n\nBonjour\n',
    'Je regarde ça.',
  ],
  [
    'fenced code keeps signature-like lines',
    'The snippet:\n\n```\n--\nSent from my iPhone\n```\n\nDoes it help?\n',
    'The snippet:\n\n```\n--\nSent from my iPhone\n```\n\nDoes it help?',
  ],
  [
    'closing with an emoji, then a signature under a rule',
    'Thanks for the update!\n\nCheers 🎉\nSarah\n\n—————\nSarah Johnson\nProduct Manager\n+1 555 0123 4567\n',
    'Thanks for the update!\n\nCheers 🎉\nSarah',
  ],
  [
    'older Gmail "date name <address>" line is a header only above a quote',
    'Test reply\n\n2011/4/7 Roman <roman@example.com>\n\n> Test\n',
    'Test reply',
  ],
  [
    'the same kind of line in running text stays',
    'See 2011/4/7 Roman <roman@example.com>\nand the notes below.\n',
    'See 2011/4/7 Roman <roman@example.com>\nand the notes below.',
  ],
  [
    'attribution glued to the end of the reply line',
    'Sounds good On Wed, Apr 4, 2012 at 3:59 PM, bob@example.com wrote:\n> Hi\n',
    'Sounds good',
  ],
  [
    'a date-only header block ("Date: / To:") ends the text, "From: Paris / To: Lyon" does not',
    'Trip details:\nFrom: Paris\nTo: Lyon\n\nSee you there.\n\nDate: Wed, 16 May 2012 00:15:02 -0600\nTo: paul@client.example\n',
    'Trip details:\nFrom: Paris\nTo: Lyon\n\nSee you there.',
  ],
  [
    'CRLF line endings',
    'Yes.\r\n\r\nOn Tue, Sep 25, 2012 at 8:59 AM, Chris\r\n<c@example.com>wrote:\r\n\r\n> Ok?\r\n',
    'Yes.',
  ],
];

describe('extractReply', () => {
  for (const [name, body, expected] of CASES) {
    it(name, () => {
      expect(extractReply(body)).toBe(expected);
    });
  }

  it('returns an empty string for a body that is only quoted history', () => {
    expect(extractReply('> old\n> text\n')).toBe('');
    expect(extractReply('')).toBe('');
  });

  it('stays fast on huge quoted lines, header-like runs and long bodies (linear pass)', () => {
    const long = `Short reply.\nOn Dec 8, 2013 2:10 PM, "J" <j@example.com> wrote:\n\n> ${'ACGT'.repeat(200_000)}\n`;
    const headerish = `Top.\n${'From: a\nTo: b\n\nOn x\n'.repeat(5_000)}${'To: b\n'.repeat(20_000)}`;
    const prose = 'A normal line of prose that goes on for a while, as email text does.\n'.repeat(20_000);
    const start = performance.now();
    expect(extractReply(long)).toBe('Short reply.');
    expect(extractReply(headerish).startsWith('Top.\nFrom: a')).toBe(true);
    expect(extractReply(prose).length).toBeGreaterThan(1_000_000);
    // Generous for a loaded machine; a quadratic pass takes minutes on these inputs.
    expect(performance.now() - start).toBeLessThan(3_000);
  });
});

describe('isReplyHeaderText', () => {
  it('recognises attributions, separators and Outlook blocks', () => {
    expect(isReplyHeaderText('Le mer. 18 nov. 2026 à 11:40, Léa Martin <lea@example.com> a écrit :')).toBe(
      true,
    );
    expect(isReplyHeaderText('---------- Forwarded message ---------')).toBe(true);
    expect(
      isReplyHeaderText('From: Sophie\nSent: Monday, November 16, 2026 2:37 PM\nTo: Mark\nSubject: RE: x'),
    ).toBe(true);
  });

  it('rejects ordinary text', () => {
    expect(isReplyHeaderText('On your remote host you can run:')).toBe(false);
    expect(isReplyHeaderText('De mon côté, tout est prêt.')).toBe(false);
    expect(isReplyHeaderText('')).toBe(false);
  });
});
