import type { LineRule } from './line-rule.ts';

/**
 * Signatures in plain-text bodies, per language: the markers where one starts, the closing
 * lines that usually precede an unmarked company signature, and the kinds of lines such a
 * signature is made of (phone, web address, postal address, job title, disclaimer).
 */

/** A line where the signature (and everything after it) starts. */
export const SIGNATURE_MARKERS: readonly LineRule[] = [
  {
    id: 'any-dash-dash-delimiter',
    lang: 'any',
    pattern: /^-- ?$/,
    reason: 'The standard "-- " signature delimiter on a line of its own (often stripped to "--")',
    examples: { positive: ['-- ', '--'], negative: ['And here is a fix -- this is not a signature.', '---'] },
  },
  {
    id: 'any-underscore-rule',
    lang: 'any',
    pattern: /^_{10,}$/,
    reason: 'A long underscore rule starts a mailing-list footer or Outlook’s quoted header',
    examples: {
      positive: ['_______________________________________________', '________________________________'],
      negative: ['__init__', 'Name: __________ (fill in)'],
    },
  },
  {
    id: 'en-sent-from-device',
    lang: 'en',
    pattern:
      /^Sent (?:from (?:my |a |an |the )?|with |via |using )(?:[^.,!?;:]{1,60}|(?:Outlook|Yahoo Mail|Gmail|Mail) for [^.,!?;:]{1,40})\.?$/i,
    reason: 'Mobile or app signature: "Sent from my iPhone", "Sent from Mail for Windows"',
    examples: {
      positive: [
        'Sent from my iPhone',
        'Sent from my Verizon Wireless BlackBerry',
        'Sent from a magnificent torch of pixels',
        'Sent from Mail for Windows',
        'Sent with Proton Mail secure email',
      ],
      negative: ['Sent from my desk, is much easier then my mobile phone.', 'I sent from my phone.'],
    },
  },
  {
    id: 'en-get-outlook',
    lang: 'en',
    pattern: /^Get Outlook for (?:iOS|Android|Mac|Windows)(?:\s*<[^\s>]{1,300}>)?$/i,
    reason: 'Outlook mobile signature',
    examples: {
      positive: ['Get Outlook for iOS', 'Get Outlook for Android<https://aka.ms/ghei36>'],
      negative: ['Get Outlook for iOS and try it.'],
    },
  },
  {
    id: 'fr-envoye-de-mon-appareil',
    lang: 'fr',
    pattern:
      /^Envoyé (?:de|depuis|à partir de|avec|via) (?:mon |ma |l['’])?(?:iPhone|iPad|Android|Samsung|BlackBerry|Galaxy|smartphone|téléphone|mobile|portable|tablette|Outlook|Yahoo|Gmail|Mail|Proton)[^.,!?;:]{0,50}\.?$/i,
    reason: 'Signature mobile ou d’application : « Envoyé de mon iPhone »',
    examples: {
      positive: [
        'Envoyé de mon iPhone',
        'Envoyé depuis mon mobile Samsung',
        'Envoyé à partir de Outlook pour Android',
      ],
      negative: ['Envoyé depuis hier, vous devriez l’avoir reçu.', 'Envoyé de mon côté ce matin.'],
    },
  },
  {
    id: 'fr-obtenir-outlook',
    lang: 'fr',
    pattern: /^(?:Obtenir|Télécharger) Outlook pour (?:iOS|Android|Mac|Windows)(?:\s*<[^\s>]{1,300}>)?$/i,
    reason: 'Signature d’Outlook mobile',
    examples: {
      positive: ['Obtenir Outlook pour iOS', 'Télécharger Outlook pour Android'],
      negative: ['Obtenir Outlook pour iOS est simple.'],
    },
  },
  {
    id: 'de-gesendet-von-meinem',
    lang: 'de',
    pattern:
      /^(?:Von meinem [^.,!?;:]{1,40} gesendet|Gesendet (?:von|mit|vom) (?:meinem |meinen )?[^.,!?;:]{1,50})$/i,
    reason: 'Mobile Signatur: "Von meinem iPhone gesendet"',
    examples: {
      positive: ['Von meinem iPhone gesendet', 'Gesendet von meinem iPad'],
      negative: ['Gesendet: Montag, 4. Juli 2022'],
    },
  },
  {
    id: 'es-enviado-desde-mi',
    lang: 'es',
    pattern: /^Enviado (?:desde|con) (?:mi )?[^.,!?;:]{1,50}\.?$/i,
    reason: 'Firma móvil: "Enviado desde mi iPhone"',
    examples: { positive: ['Enviado desde mi iPhone'], negative: ['Enviado: lunes, 4 de julio de 2022'] },
  },
  {
    id: 'it-inviato-da',
    lang: 'it',
    pattern:
      /^Inviato (?:da|dal|dal mio|con) (?:iPhone|iPad|Android|Samsung|Outlook|Libero|Gmail|smartphone|cellulare)[^.,!?;:]{0,40}$/i,
    reason: 'Firma mobile: "Inviato da iPhone"',
    examples: {
      positive: ['Inviato da iPhone', 'Inviato dal mio smartphone Samsung'],
      negative: ['Inviato: lunedì 4 luglio 2022'],
    },
  },
];

/**
 * A short signature on one line at the very end: "-Abhishek Kona", "-- Tim". A single dash must
 * touch the name, so bullet lists ("- Paris") never match.
 */
export const DASH_NAME_SIGNATURE: LineRule = {
  id: 'any-dash-name',
  lang: 'any',
  pattern: /^(?:-|--\s?|—\s?)\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,3}$/u,
  reason: 'A name preceded by a dash on the last line is a hand-written signature',
  examples: {
    positive: ['-Abhishek Kona', '-- Tim', '—Léa'],
    negative: ['- Paris', '- And another one', '-- this is not a name'],
  },
};

/**
 * Closing lines ("Best,", "Cordialement,"), optionally with the name on the same line
 * ("Thanks, Mark"). Closings stay in the text; what follows the name may be a signature.
 */
export const CLOSINGS: readonly LineRule[] = [
  {
    id: 'en-closing',
    lang: 'en',
    pattern:
      /^(?:best|best regards|best wishes|kind regards|warm regards|warmest regards|regards|many thanks|thanks|thanks again|thanks so much|thank you|thank you so much|cheers|sincerely|yours sincerely|yours truly|yours|all the best|all best|talk soon|speak soon|take care|with thanks)(?:[,.!]+|[,.!]*\s+[\p{L}'’-]{2,30})?(?:\s|\p{Extended_Pictographic}|\uFE0F){0,8}$/iu,
    reason: 'English closing line',
    examples: {
      positive: ['Best,', 'Kind regards,', 'Thanks!', 'Thanks, Mark', 'Cheers', 'Cheers 🎉'],
      negative: ['Thanks for the files, they look great.', 'Best option is the second one.'],
    },
  },
  {
    id: 'fr-closing',
    lang: 'fr',
    pattern:
      /^(?:cordialement|bien cordialement|très cordialement|bien à vous|bien à toi|belle journée|bonne journée|bonne soirée|bonne fin de journée|bon week-end|bon weekend|bonne semaine|merci|merci beaucoup|merci encore|merci d['’]avance|merci par avance|à bientôt|a bientôt|à très vite|bises|bisous|amicalement|amitiés|salutations|sincères salutations|meilleures salutations|belle soirée|au plaisir|à plus|a\+)(?:[,.!]+|[,.!]*\s+[\p{L}'’-]{2,30})?(?:\s|\p{Extended_Pictographic}|\uFE0F){0,8}$/iu,
    reason: 'Formule de fin en français',
    examples: {
      positive: ['Cordialement,', 'Bien à vous,', 'Bonne soirée,', 'Bises,', 'Merci, Paul'],
      negative: [
        'Merci pour les maquettes, elles sont parfaites.',
        'Bonne journée à toute l’équipe et à lundi pour la réunion !',
      ],
    },
  },
];

/** The name under a closing: one to four capitalised words, nothing else. */
export const NAME_LINE = /^\p{Lu}[\p{L}'’.-]*(?:[\s-]\p{Lu}[\p{L}'’.-]*){0,3}$/u;

/** Lines that make a block after the closing a signature rather than more message. */
export const SIGNATURE_LINES: readonly LineRule[] = [
  {
    id: 'any-phone',
    lang: 'any',
    pattern:
      /(?:^|[|·•]\s*)(?:(?:tel|tél|t|phone|mobile|mob|m|cell|portable|port|fixe|direct|office|p)\.?\s?:?\s*)?\+?\(?\d[\d\s().-]{6,20}\d\s*(?:$|[|·•])/i,
    reason: 'A phone number on its own or between separators',
    examples: {
      positive: [
        'T +44 20 7946 0321 | brightside-media.example',
        '04 78 00 12 34',
        'Mobile : +33 6 12 34 56 78',
      ],
      negative: ['Call me on Friday at 10.', 'Invoice 2026-041 is due.'],
    },
  },
  {
    id: 'any-web-or-email',
    lang: 'any',
    pattern:
      /(?:https?:\/\/|www\.|@[a-z0-9-]{1,63}\.[a-z]{2,}|(?:^|[\s|·•])[a-z0-9][a-z0-9-]{0,62}\.(?:com|fr|org|net|io|co|uk|de|eu|be|ch|ca|example|agency|studio|design|dev|app|me|info|biz)\b)/i,
    reason: 'A web or email address',
    examples: {
      positive: ['danielosei.example · +33 6 12 34 56 78', 'www.maison-durand.fr', 'paul@client.example'],
      negative: ['See you on Monday.'],
    },
  },
  {
    id: 'any-postal-address',
    lang: 'any',
    pattern:
      /(?:\b\d{5}\s+\p{Lu}|\b[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}\b|^\d{1,4}(?:\s?bis|\s?ter)?,?\s+(?:rue|avenue|av\.|bd|boulevard|place|allée|chemin|quai|impasse|route|cours)\s|^\d{1,5}\s+(?:[\p{L}.'’-]+\s+){1,4}(?:St|Street|Ave|Avenue|Road|Rd|Blvd|Lane|Way|Drive|Square)\b)/u,
    reason: 'A postal address (French postcode and city, UK postcode, street line)',
    examples: {
      positive: ['12 rue des Lilas, 69003 Lyon', '48 Shoreditch High St, London E1 6JJ', '221 Baker Street'],
      negative: ['We need 3 more pages.', 'Le rendez-vous est à 15 h.'],
    },
  },
  {
    id: 'any-job-title',
    lang: 'any',
    pattern:
      /(?:\s[|·•–]\s|\b(?:CEO|CTO|COO|CFO|Founder|Co-founder|Director|Manager|Head of|Consultant|Associate|Partner|Engineer|Developer|Designer|Freelance|Owner|Gérant|Gérante|Directeur|Directrice|Fondateur|Fondatrice|Responsable|Chef de projet|Chargée?|Présidente?|Indépendante?|Graphiste|Développeur|Développeuse)\b)/u,
    reason: 'A job title, or the "Title | Company" separators signatures use',
    examples: {
      positive: [
        'Senior Project Manager | Brightside Media',
        'Gérant – Maison Durand',
        'Operations Director',
      ],
      negative: ['I will send it tomorrow.'],
    },
  },
  {
    id: 'any-disclaimer',
    lang: 'any',
    pattern:
      /\b(?:confidential|intended (?:solely|only) for|received (?:this|it) in error|consider the environment|before printing|confidentiel|confidentialité|reçu ce message par erreur|avant d['’]imprimer)/i,
    reason: 'A confidentiality or print disclaimer',
    examples: {
      positive: [
        'This email and any attachments are confidential and intended solely for the addressee.',
        'Ce message et ses pièces jointes sont confidentiels.',
      ],
      negative: ['Please keep the same glossary.'],
    },
  },
];
