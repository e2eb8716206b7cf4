/**
 * Text-level marks of quoted history and signatures inside a message body, per language: the
 * lines HTML structure does not flag (plain-text bodies, "On … wrote:" written outside the
 * blockquote, device signatures, the closing that ends the new text). Structural marks (classes,
 * ids, blockquotes) live in `dom-text.ts`. Each rule has its reason and examples in
 * `BODY_RULE_DOCS`, checked by `body-rules.test.ts`.
 */

export interface BodyRule {
  id: string;
  lang: 'en' | 'fr' | 'any';
  /** Tested against one trimmed line (reply headers: also that line joined with the next). */
  pattern: RegExp;
}

/** The line starts quoted history or a forwarded message: cut it and everything after. */
export const REPLY_HEADERS: readonly BodyRule[] = [
  { id: 'en-on-wrote', lang: 'en', pattern: /^On\b.{6,300}\bwrote\s*:$/i },
  { id: 'fr-a-ecrit', lang: 'fr', pattern: /^Le\b.{6,300}\ba\s+écrit\s*:$/i },
  {
    id: 'any-original-message',
    lang: 'any',
    pattern:
      /^[-_=\s]{2,}\s*(?:(?:original|forwarded) message|message (?:d['’]origine|transféré|transfere)|courriel original)\s*[-_=\s]{2,}$/i,
  },
  {
    id: 'any-header-block',
    lang: 'any',
    // "From: … Sent: …" joined from two lines; the second label proves it is a header block.
    pattern: /^(?:from|de)\s*:\s*\S.*\s(?:sent|date|envoyé|to|à|subject|objet)\s*:\s*\S/i,
  },
  {
    id: 'any-rule-before-header',
    lang: 'any',
    // Outlook's plain-text replies draw a rule of underscores above "From: … Sent: …".
    pattern: /^_{10,}\s+(?:from|de)\s*:/i,
  },
];

/** The line starts a signature: cut it and everything after. */
export const SIGNATURES: readonly BodyRule[] = [
  { id: 'any-sig-dashes', lang: 'any', pattern: /^--\s?$/ },
  {
    id: 'en-sent-from-device',
    lang: 'en',
    pattern:
      /^(?:sent from my \w+(?: \w+)?|sent (?:from|with|via) (?:outlook|mail|yahoo mail|gmail|proton ?mail|blackberry)\b|get outlook for (?:ios|android))\b.{0,40}$/i,
  },
  {
    id: 'fr-envoye-de-mon',
    lang: 'fr',
    pattern:
      /^(?:envoyé (?:de|depuis) mon \w+(?: \w+)?|envoyé (?:à partir|depuis|de) (?:de )?(?:outlook|yahoo mail|gmail|courrier)\b|(?:obtenir|télécharger) outlook pour (?:ios|android))\b.{0,40}$/i,
  },
];

/** The line is a closing formula ("Best,", "Cordialement,"): the new text ends with it and the name after it. */
export const CLOSINGS: readonly BodyRule[] = [
  {
    id: 'en-closing',
    lang: 'en',
    pattern:
      /^(?:best(?: regards| wishes)?|(?:(?:kind|warm)(?:est)? )?regards|many thanks|thanks(?: again| so much| in advance)?|thank you|cheers|(?:yours )?sincerely|yours truly|all the best|(?:talk|speak) soon|take care)\s*[,.!]?$/i,
  },
  {
    id: 'fr-closing',
    lang: 'fr',
    pattern:
      /^(?:(?:bien |très )?cordialement|bien à (?:vous|toi)|belle (?:journée|soirée)|bonne (?:journée|soirée|semaine|continuation|fin de (?:journée|semaine))|bon week-end|merci(?: beaucoup| encore| d['’]avance| par avance)?|(?:grosses )?bises|amicalement|[àa] bientôt|à très vite|au plaisir|(?:sincères |meilleures )?salutations|respectueusement)\s*[,.!]?$/i,
  },
];

export const BODY_RULES: readonly BodyRule[] = [...REPLY_HEADERS, ...SIGNATURES, ...CLOSINGS];

/**
 * Why each rule exists and its own examples, checked by `body-rules.test.ts`. Kept beside the rules rather than in
 * them so that bundlers drop them from the content scripts (which must stay small).
 */
export const BODY_RULE_DOCS: Record<
  string,
  { reason: string; examples: { positive: string[]; negative: string[] } }
> = {
  'en-on-wrote': {
    reason: 'attribution line above a quoted reply',
    examples: {
      positive: ['On Fri, Nov 20, 2026 at 5:52 PM Paul Durand <paul@client.example> wrote:'],
      negative: ['On Friday I wrote the intro.', 'On Monday we can talk.'],
    },
  },
  'fr-a-ecrit': {
    reason: 'ligne d’attribution au-dessus d’une réponse citée',
    examples: {
      positive: ['Le ven. 20 nov. 2026 à 17:52, Paul Durand <paul@client.example> a écrit :'],
      negative: ['Le client a écrit hier pour confirmer.'],
    },
  },
  'any-original-message': {
    reason: 'separator before a quoted or forwarded message',
    examples: {
      positive: [
        '-----Original Message-----',
        '---------- Forwarded message ---------',
        '-------- Message d’origine --------',
      ],
      negative: ['The original message was lost.'],
    },
  },
  'any-header-block': {
    reason: 'Outlook-style header of a quoted message',
    examples: {
      positive: [
        'From: Paul Durand <paul@client.example> Sent: Friday, November 20, 2026 5:52 PM',
        'De : Inès Moreau Envoyé : mardi 17 novembre 2026 11:26',
      ],
      negative: ['From: the team, thanks again.', 'De : rien, avec plaisir.'],
    },
  },
  'any-rule-before-header': {
    reason: 'Outlook plain-text rule above a quoted header',
    examples: {
      positive: ['________________________________ From: Marc Dubois <marc@example.org>'],
      negative: ['________________________________ Next steps'],
    },
  },
  'any-sig-dashes': {
    reason: 'standard signature delimiter "-- "',
    examples: { positive: ['-- ', '--'], negative: ['-- see below', '---'] },
  },
  'en-sent-from-device': {
    reason: 'device or app signature line',
    examples: {
      positive: [
        'Sent from my iPhone',
        'Get Outlook for iOS',
        'Sent from Mail for Windows',
        'Sent from Yahoo Mail on Android',
      ],
      negative: ['I sent from my office the final files yesterday, as agreed with your team.'],
    },
  },
  'fr-envoye-de-mon': {
    reason: 'ligne de signature d’appareil ou d’application',
    examples: {
      positive: ['Envoyé de mon iPhone', 'Envoyé depuis mon appareil Galaxy', 'Obtenir Outlook pour iOS'],
      negative: ['Envoyé de mon bureau hier, le devis complet est en pièce jointe comme convenu.'],
    },
  },
  'en-closing': {
    reason: 'closing formula before the sender’s name',
    examples: {
      positive: ['Kind regards,', 'Best,', 'Thanks!', 'Thanks in advance,'],
      negative: ['Best of luck with the launch.', 'Thanks for the files, they look great.'],
    },
  },
  'fr-closing': {
    reason: 'formule de politesse avant le nom de l’expéditeur',
    examples: {
      positive: ['Cordialement,', 'Bonne soirée,', 'Bises,', 'Merci d’avance,', 'Bonne journée !'],
      negative: ['Merci pour les maquettes, elles sont parfaites.'],
    },
  },
};
