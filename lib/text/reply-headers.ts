import type { LineRule } from './line-rule.ts';

/**
 * What marks the start of quoted history in a plain-text body, per language: the attribution
 * line of a quote ("On … wrote:"), separators ("-----Original Message-----", forwards), and the
 * header fields of the block Outlook writes above the previous message ("From: / Sent: / To:").
 */

export interface QuoteHeaderRule extends LineRule {
  /**
   * True when the line is only a header if `>`-quoted lines follow it. Strict rules (the
   * attribution starts with its language's opening word) also end the new text when the
   * history below is not quoted.
   */
  needsQuote: boolean;
}

/**
 * Attribution lines, tested on up to three consecutive lines joined by a space, because
 * mailers wrap long ones ("On Fri, … Someone <\nsomeone@example.com> wrote:").
 */
export const QUOTE_HEADERS: readonly QuoteHeaderRule[] = [
  {
    id: 'en-on-wrote',
    lang: 'en',
    pattern: /^On\s.{4,400}(?:wrote\s?:?|sent\s?:)$/i,
    needsQuote: false,
    reason: 'English attribution line: "On <date>, <name> wrote:"',
    examples: {
      positive: [
        'On Tue, 2011-03-01 at 18:02 +0530, Abhishek Kona wrote:',
        'On Tue, Sep 25, 2012 at 8:59 AM, Chris Wanstrath <notifications@github.com>wrote:',
        'On Fri, Nov 20, 2026 at 5:52 PM Paul Durand <paul@client.example> wrote:',
        'On Wed, 14 Nov 2018 08:14:43 -0200 John Doe <john@doe.com> wrote',
        'On 11-Apr-2011, at 6:54 PM, Roman Tkachenko <romant@example.com> sent:',
      ],
      negative: ['On your remote host you can run:', 'On Monday I wrote the first draft.'],
    },
  },
  {
    id: 'fr-le-a-ecrit',
    lang: 'fr',
    pattern: /^Le\s.{4,400}a\s?[ée]crit\s?:$/i,
    needsQuote: false,
    reason: 'French attribution line: "Le <date>, <nom> a écrit :"',
    examples: {
      positive: [
        'Le mer. 29 juin 2022 à 12:32, Rick (<rick@example.com>) a écrit :',
        'Le 19 nov. 2026 à 18:03, Paul Durand <paul@client.example> a écrit :',
        'Le ven. 20 nov. 2026 à 17:52, Léa Martin <lea@example.com> a écrit:',
        // Typed or relayed without accents (some clients, some keyboards).
        'Le mar. 1 déc. 2026 à 09:10, Marc <marc@example.fr> a ecrit :',
      ],
      negative: ['Le client a écrit hier pour confirmer.', 'Le devis est prêt :'],
    },
  },
  {
    id: 'de-am-schrieb',
    lang: 'de',
    pattern: /^Am\s.{4,400}schrieb[^:]{0,200}:$/i,
    needsQuote: false,
    reason: 'German attribution line: "Am <Datum> schrieb <Name>:"',
    examples: {
      positive: [
        'Am Mo., 4. Juli 2022 um 08:13 Uhr schrieb Rick Sanchez <rick@example.com>:',
        'Am 04.07.2022 um 08:13 schrieb Rick Sanchez:',
      ],
      negative: ['Am Montag schrieb er uns, dass alles gut ist.', 'Am Ende:'],
    },
  },
  {
    id: 'es-el-escribio',
    lang: 'es',
    pattern: /^El\s.{4,400}escribió\s?:$/i,
    needsQuote: false,
    reason: 'Spanish attribution line: "El <fecha>, <nombre> escribió:"',
    examples: {
      positive: ['El mié, 29 jun 2022 a las 11:08, Rick (<rick@example.com>) escribió:'],
      negative: ['El cliente escribió ayer.', 'El presupuesto:'],
    },
  },
  {
    id: 'it-il-ha-scritto',
    lang: 'it',
    pattern: /^Il\s.{4,400}ha scritto\s?:$/i,
    needsQuote: false,
    reason: 'Italian attribution line: "Il giorno <data> <nome> ha scritto:"',
    examples: {
      positive: ['Il giorno lun 4 lug 2022 alle ore 08:12 Rick <rick@example.com> ha scritto:'],
      negative: ['Il cliente ha scritto ieri.', 'Il preventivo:'],
    },
  },
  {
    id: 'nl-op-schreef',
    lang: 'nl',
    pattern: /^Op\s.{4,400}(?:schreef|geschreven).{0,200}:$/i,
    needsQuote: false,
    reason: 'Dutch attribution line: "Op <datum> schreef <naam>:"',
    examples: {
      positive: [
        'Op ma 4 jul. 2022 om 08:13 schreef Rick <rick@example.com>:',
        'Op 15 feb. 2019 om 10:10 heeft Bob <bob@example.com> het volgende geschreven:',
      ],
      negative: ['Op maandag schreef hij een brief.'],
    },
  },
  {
    id: 'pt-em-escreveu',
    lang: 'pt',
    pattern: /^Em\s.{4,400}escreveu\s?:$/i,
    needsQuote: false,
    reason: 'Portuguese attribution line: "Em <data>, <nome> escreveu:"',
    examples: {
      positive: ['Em seg., 4 de jul. de 2022 às 08:13, Rick <rick@example.com> escreveu:'],
      negative: ['Em resumo, o cliente escreveu ontem.'],
    },
  },
  {
    id: 'pl-w-dniu-napisal',
    lang: 'pl',
    pattern: /^W dniu\s.{4,400}napisał[a]?\s?:$/iu,
    needsQuote: false,
    reason: 'Polish attribution line: "W dniu <data> <osoba> napisał:"',
    examples: {
      positive: ['W dniu 28 stycznia 2015 01:53 użytkownik Zoe <zoe@example.com> napisał:'],
      negative: ['W dniu spotkania napisał raport.'],
    },
  },
  {
    id: 'sv-den-skrev',
    lang: 'sv',
    pattern: /^(?:Den|På)\s.{4,400}skrev[^:]{0,100}:$/iu,
    needsQuote: false,
    reason: 'Swedish / Norwegian attribution line: "Den <datum> skrev <namn>:"',
    examples: {
      positive: [
        'Den 14 september, 2015 02:23:18, Valentino Rudy (valentino@rudy.example) skrev:',
        'På 14 september 2015 på 02:23:18, Valentino Rudy (valentino@rudy.example) skrev:',
      ],
      negative: ['Den här veckan skrev vi klart.'],
    },
  },
  {
    id: 'any-date-address-colon',
    lang: 'any',
    pattern:
      /^(?=[^<]{0,250}(?:\d{1,2}[:.h]\d{2}|\b(?:19|20)\d{2}\b))[^<]{1,250}<\s?[^<>\s@]{1,100}@[^<>\s]{1,100}>\s?:$/,
    needsQuote: false,
    reason:
      'A date or time and an address in angle brackets, ending in a colon: an attribution in any language',
    examples: {
      positive: [
        '2017-11-24 16:32 GMT+01:00 Baptiste <b@mail.example.com>:',
        '30.09.2017, 18.30, "John - Doe" <john@saas.example>:',
        '2014-10-17 11:28 GMT+03:00 Postmaster < postmaster@mg.example.org>:',
        'Wednesday, 17 November 2021, 3:32 PM +0300 from john@acme.example <john@acme.example>:',
      ],
      negative: ['Write to Paul <paul@client.example>:', 'Meeting at 10:30 with Paul (paul@client.example):'],
    },
  },
  {
    id: 'any-date-address-before-quote',
    lang: 'any',
    pattern:
      /^(?=[^<]{0,250}(?:\d{1,2}[:.h]\d{2}|\b(?:19|20)\d{2}\b|\d{1,4}\/\d{1,2}\/\d{1,4}))[^<]{1,250}<\s?[^<>\s@]{1,100}@[^<>\s]{1,100}>$/,
    needsQuote: true,
    reason: 'Older Gmail wrote only "2011/4/7 Name <address>" above the quote',
    examples: {
      positive: [
        '2011/4/7 Roman Tkachenko <romant@example.com>',
        '2026-11-20 17:52 GMT+01:00 Paul <paul@client.example>',
      ],
      negative: ['Please write to Paul <paul@client.example>', '2026-11-20: call Paul'],
    },
  },
  {
    id: 'any-name-wrote-before-quote',
    lang: 'any',
    pattern:
      /^.{1,300}(?:\bwrote|\ba\s?[ée]crit|\bschrieb|\bescribió|\bescreveu|\bha scritto|\bschreef|\bskrev|\bkirjoitti|napisał|\bpisze|написал).{0,120}:$/iu,
    needsQuote: true,
    reason:
      'An attribution without its opening word ("Paul <paul@x> wrote:"): a header only when a quote follows',
    examples: {
      positive: [
        'Paul Durand <paul@client.example> wrote:',
        '2026-11-20 17:52 GMT+01:00 Paul Durand <paul@client.example> a écrit :',
        'Rick Sanchez schrieb:',
        'Aa Bb <abc@abc.example> schrieb am So., 23. Juni 2024, 21:08:',
      ],
      negative: ['Here is what I wrote', 'Thanks for the message you wrote yesterday.'],
    },
  },
];

/** Lines after which everything is earlier mail, quoted or not. */
export const HISTORY_SEPARATORS: readonly LineRule[] = [
  {
    id: 'any-dashed-attribution',
    lang: 'any',
    pattern:
      /^-{2,}\s*(?:On|Le|Am|El|Il|Op|Em)\s.{4,300}(?:wrote|a\s?[ée]crit|schrieb|escribió|ha scritto|schreef|escreveu).{0,100}-{2,}$/i,
    reason: 'Zoho writes the attribution between dashes: "---- On <date> <name> wrote ----"',
    examples: {
      positive: [
        '---- On Wed, 24 Feb 2021 14:02:50 +0530 john@gmail.com wrote ----',
        '---- Le lun., 23 nov. 2026 Paul a écrit ----',
      ],
      negative: ['---- On Monday ----'],
    },
  },
  {
    id: 'en-original-message',
    lang: 'en',
    pattern: /^-{2,}\s*(?:Original|Reply) Message\s*-{2,}$/i,
    reason: 'Outlook and Thunderbird mark the quoted message with "-----Original Message-----"',
    examples: {
      positive: [
        '-----Original Message-----',
        '-------- Original Message --------',
        '-----Reply Message-----',
      ],
      negative: ['See the original message below.', '-- Original author'],
    },
  },
  {
    id: 'da-oprindelig-meddelelse',
    lang: 'da',
    pattern: /^-{2,}\s*(?:Oprindelig meddelelse|Ursprungligt meddelande)\s*-{2,}$/i,
    reason: 'Danish and Swedish Outlook: "-----Oprindelig meddelelse-----"',
    examples: {
      positive: ['-----Oprindelig meddelelse-----', '-----Ursprungligt meddelande-----'],
      negative: ['Oprindelig meddelelse'],
    },
  },
  {
    id: 'fr-message-d-origine',
    lang: 'fr',
    pattern: /^-{2,}\s*(?:Message d['’]origine|Message original)\s*-{2,}$/i,
    reason:
      'French Outlook / Thunderbird: "-----Message d\'origine-----", "-------- Message original --------"',
    examples: {
      positive: ["-----Message d'origine-----", '-------- Message original --------'],
      negative: ["Voir le message d'origine plus bas."],
    },
  },
  {
    id: 'de-urspruengliche-nachricht',
    lang: 'de',
    pattern: /^-{2,}\s*(?:Ursprüngliche Nachricht|Originalnachricht|Antwort Nachricht)\s*-{2,}$/i,
    reason: 'German Outlook: "-----Ursprüngliche Nachricht-----"',
    examples: {
      positive: ['-----Ursprüngliche Nachricht-----'],
      negative: ['Die ursprüngliche Nachricht fehlt.'],
    },
  },
  {
    id: 'es-mensaje-original',
    lang: 'es',
    pattern: /^-{2,}\s*Mensaje original\s*-{2,}$/i,
    reason: 'Spanish Outlook: "-----Mensaje original-----"',
    examples: { positive: ['-----Mensaje original-----'], negative: ['El mensaje original está abajo.'] },
  },
  {
    id: 'it-messaggio-originale',
    lang: 'it',
    pattern: /^-{2,}\s*Messaggio originale\s*-{2,}$/i,
    reason: 'Italian Outlook: "-----Messaggio originale-----"',
    examples: { positive: ['-----Messaggio originale-----'], negative: ['Il messaggio originale è sotto.'] },
  },
  {
    id: 'en-forwarded-message',
    lang: 'en',
    pattern: /^(?:-{2,}\s*Forwarded message\s*-{2,}|Begin forwarded message\s?:)$/i,
    reason: 'Gmail, Thunderbird and Apple Mail forward headers; the text above them is the new text',
    examples: {
      positive: [
        '---------- Forwarded message ---------',
        '-------- Forwarded Message --------',
        'Begin forwarded message:',
      ],
      negative: ['I forwarded the message to Paul.'],
    },
  },
  {
    id: 'fr-message-transfere',
    lang: 'fr',
    pattern: /^(?:-{2,}\s*Message transféré\s*-{2,}|Début du message (?:réexpédié|transféré)\s?:)$/i,
    reason: 'French forward headers (Gmail, Thunderbird, Apple Mail)',
    examples: {
      positive: [
        '---------- Message transféré ---------',
        '-------- Message transféré --------',
        'Début du message réexpédié :',
      ],
      negative: ['Je vous ai transféré le message de Paul.'],
    },
  },
  {
    id: 'de-weitergeleitete-nachricht',
    lang: 'de',
    pattern: /^(?:-{2,}\s*Weitergeleitete Nachricht\s*-{2,}|Anfang der weitergeleiteten Nachricht\s?:)$/i,
    reason: 'German forward headers',
    examples: {
      positive: ['---------- Weitergeleitete Nachricht ---------', 'Anfang der weitergeleiteten Nachricht:'],
      negative: ['Ich habe die Nachricht weitergeleitet.'],
    },
  },
  {
    id: 'es-mensaje-reenviado',
    lang: 'es',
    pattern: /^-{2,}\s*Mensaje reenviado\s*-{2,}$/i,
    reason: 'Spanish Gmail forward header',
    examples: {
      positive: ['---------- Mensaje reenviado ---------'],
      negative: ['Te he reenviado el mensaje.'],
    },
  },
  {
    id: 'it-messaggio-inoltrato',
    lang: 'it',
    pattern: /^-{2,}\s*Messaggio inoltrato\s*-{2,}$/i,
    reason: 'Italian Gmail forward header',
    examples: {
      positive: ['---------- Messaggio inoltrato ---------'],
      negative: ['Ho inoltrato il messaggio.'],
    },
  },
];

export type HeaderField = 'from' | 'sent' | 'to' | 'cc' | 'subject';

export interface HeaderFieldRule extends LineRule {
  field: HeaderField;
}

/** Optional bold marks (`*From:*` when HTML was flattened) and a space before the colon. */
const field = (labels: string): RegExp => new RegExp(`^[*_]{0,2}(?:${labels})[*_]{0,2} ?[:：]`, 'i');

/**
 * Labels of the header block Outlook writes above the previous message. A block needs several
 * of them in a row (see `reply-text.ts`), so a lone "To:" in a sentence is never a header.
 */
export const HEADER_FIELDS: readonly HeaderFieldRule[] = [
  {
    id: 'en-field-from',
    lang: 'en',
    field: 'from',
    pattern: field('From'),
    reason: 'Outlook header block: sender',
    examples: {
      positive: ['From: CRM Comments [crm-comment@example.com]', '*From:* Google Apps Sync Team'],
      negative: ['From now on, send the files to Paul.'],
    },
  },
  {
    id: 'en-field-sent',
    lang: 'en',
    field: 'sent',
    pattern: field('Sent|Date'),
    reason: 'Outlook header block: date',
    examples: {
      positive: ['Sent: Friday, 23 March 2012 5:08 p.m.', '*Sent:* Thursday, February 09, 2012 1:36 PM'],
      negative: ['Sent the files yesterday.'],
    },
  },
  {
    id: 'en-field-to',
    lang: 'en',
    field: 'to',
    pattern: field('To'),
    reason: 'Outlook header block: recipients',
    examples: { positive: ['To: John S. Greene', '*To:* jow@xxxx.com'], negative: ['To do: call Paul.'] },
  },
  {
    id: 'en-field-cc',
    lang: 'any',
    field: 'cc',
    pattern: field('Cc|Bcc|Cci|Copie à|Copie'),
    reason: 'Outlook header block: copies (same label in most languages)',
    examples: {
      positive: ['Cc: Karen Lowe <karen@lowe.example>', 'Copie à : '],
      negative: ['Cc’d Paul on this.'],
    },
  },
  {
    id: 'en-field-subject',
    lang: 'en',
    field: 'subject',
    pattern: field('Subject'),
    reason: 'Outlook header block: subject',
    examples: {
      positive: ['Subject: [contact:106] John Greene'],
      negative: ['Subject to approval, we go ahead.'],
    },
  },
  {
    id: 'fr-field-de',
    lang: 'fr',
    field: 'from',
    pattern: field('De'),
    reason: 'Bloc d’en-tête Outlook : expéditeur',
    examples: {
      positive: [
        'De : CRM Comments [crm-comment@example.com]',
        'De\u00a0: Julie Caron <contact@caron.example>',
      ],
      negative: ['De mon côté, tout est prêt.'],
    },
  },
  {
    id: 'fr-field-envoye',
    lang: 'fr',
    field: 'sent',
    pattern: field('Envoyé|Envoyé le|Date|Message du'),
    reason: 'Bloc d’en-tête Outlook : date d’envoi',
    examples: {
      positive: [
        'Envoyé : mardi 17 novembre 2026 10:12',
        'Envoyé: John S. Greene',
        'Message du : 12/12/2016 13:20',
      ],
      negative: ['Envoyé hier soir, comme promis.'],
    },
  },
  {
    id: 'fr-field-a',
    lang: 'fr',
    field: 'to',
    pattern: field('À|A'),
    reason: 'Bloc d’en-tête Outlook : destinataires (« A » quand l’accent manque)',
    examples: {
      positive: ['À : Inès Moreau <ines@studio.example>', 'A : Friday, 23 March 2012'],
      negative: ['À demain !'],
    },
  },
  {
    id: 'fr-field-objet',
    lang: 'fr',
    field: 'subject',
    pattern: field('Objet|Sujet'),
    reason: 'Bloc d’en-tête Outlook : objet',
    examples: {
      positive: ['Objet : Demande de devis – site vitrine'],
      negative: ["L'objet du devis est clair."],
    },
  },
  {
    id: 'de-field-von',
    lang: 'de',
    field: 'from',
    pattern: field('Von'),
    reason: 'Outlook-Kopfblock: Absender',
    examples: { positive: ['Von: Rick Sanchez <rick@example.com>'], negative: ['Von Montag bis Freitag.'] },
  },
  {
    id: 'de-field-gesendet',
    lang: 'de',
    field: 'sent',
    pattern: field('Gesendet|Datum'),
    reason: 'Outlook-Kopfblock: Datum',
    examples: {
      positive: ['Gesendet: Montag, 4. Juli 2022 08:13'],
      negative: ['Gesendet von meinem iPhone'],
    },
  },
  {
    id: 'de-field-an',
    lang: 'de',
    field: 'to',
    pattern: field('An'),
    reason: 'Outlook-Kopfblock: Empfänger',
    examples: { positive: ['An: Paul Durand'], negative: ['An welchem Tag?'] },
  },
  {
    id: 'de-field-betreff',
    lang: 'de',
    field: 'subject',
    pattern: field('Betreff'),
    reason: 'Outlook-Kopfblock: Betreff',
    examples: { positive: ['Betreff: Angebot'], negative: ['Betreffend das Angebot'] },
  },
  {
    id: 'es-field-enviado',
    lang: 'es',
    field: 'sent',
    pattern: field('Enviado|Enviado el|Fecha'),
    reason: 'Bloque de cabecera de Outlook: fecha (el remitente "De:" es la misma etiqueta que en francés)',
    examples: {
      positive: ['Enviado: lunes, 4 de julio de 2022 8:13'],
      negative: ['Enviado desde mi iPhone'],
    },
  },
  {
    id: 'es-field-para',
    lang: 'es',
    field: 'to',
    pattern: field('Para'),
    reason: 'Bloque de cabecera de Outlook: destinatarios',
    examples: { positive: ['Para: Paul Durand'], negative: ['Para mañana, por favor.'] },
  },
  {
    id: 'es-field-asunto',
    lang: 'es',
    field: 'subject',
    pattern: field('Asunto'),
    reason: 'Bloque de cabecera de Outlook: asunto',
    examples: { positive: ['Asunto: Presupuesto'], negative: ['El asunto está claro.'] },
  },
  {
    id: 'da-field-fra',
    lang: 'da',
    field: 'from',
    pattern: field('Fra|Från'),
    reason: 'Danish / Swedish Outlook header block: sender',
    examples: {
      positive: ['Fra: somebody@example.com', 'Från: Anno <anno@example.com>'],
      negative: ['Fra i dag.'],
    },
  },
  {
    id: 'da-field-sendt',
    lang: 'da',
    field: 'sent',
    pattern: field('Sendt|Skickat|Dato|Datum'),
    reason: 'Danish / Swedish Outlook header block: date',
    examples: {
      positive: ['Sendt: 19. marts 2011 12:10', 'Skickat: den 26 augusti 2015 14:45'],
      negative: ['Sendt i går.'],
    },
  },
  {
    id: 'da-field-til',
    lang: 'da',
    field: 'to',
    pattern: field('Til|Till'),
    reason: 'Danish / Swedish Outlook header block: recipients',
    examples: { positive: ['Til: Somebody', 'Till: Isacson Leiff'], negative: ['Til sidst.'] },
  },
  {
    id: 'da-field-emne',
    lang: 'da',
    field: 'subject',
    pattern: field('Emne|Ämne'),
    reason: 'Danish / Swedish Outlook header block: subject',
    examples: { positive: ['Emne: Møde', 'Ämne: RE: Week 36'], negative: ['Emnet er klart.'] },
  },
  {
    id: 'it-field-da',
    lang: 'it',
    field: 'from',
    pattern: field('Da'),
    reason: 'Blocco di intestazione di Outlook: mittente',
    examples: { positive: ['Da: Rick <rick@example.com>'], negative: ['Da domani lavoro da casa.'] },
  },
  {
    id: 'it-field-inviato',
    lang: 'it',
    field: 'sent',
    pattern: field('Inviato|Data'),
    reason: 'Blocco di intestazione di Outlook: data',
    examples: { positive: ['Inviato: lunedì 4 luglio 2022 08:12'], negative: ['Inviato da iPhone'] },
  },
  {
    id: 'it-field-oggetto',
    lang: 'it',
    field: 'subject',
    pattern: field('Oggetto'),
    reason: 'Blocco di intestazione di Outlook: oggetto',
    examples: { positive: ['Oggetto: Preventivo'], negative: ["L'oggetto è chiaro."] },
  },
];
