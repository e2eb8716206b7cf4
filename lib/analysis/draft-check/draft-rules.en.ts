import type { DraftCue, DraftRule } from './types.ts';

/**
 * English draft rules and lexicon. Patterns run on folded text (lower case, no accents, straight
 * apostrophes); a span rule's fix replaces exactly the matched words.
 */

export const DRAFT_RULES_EN: DraftRule[] = [
  {
    id: 'en.draft.apology',
    lang: 'en',
    kind: 'over_apologising',
    pattern:
      /\b(?:so |really |very |terribly |truly |awfully )?(?:sorry|apologies|apologise|apologize|my apologies|i apologi[sz]e|forgive me|pardon me|my bad)\b/,
    minCount: 2,
    reason: {
      en: 'More than one apology: once is enough, then say what you will do.',
      fr: 'Plus d’une excuse\u00a0: une seule suffit, puis dites ce que vous allez faire.',
    },
    fix: null,
    examples: {
      positive: ['Sorry sorry, I am so sorry for the delay.'],
      negative: ['Sorry for the delay, the files are attached.'],
    },
  },
  {
    id: 'en.draft.hedge.think',
    lang: 'en',
    kind: 'hedge',
    pattern: /\bi (?:think|guess|feel like|suppose|believe|reckon) (?:that )?/,
    unless: /\bi (?:think|believe) (?:you|it) (?:will love|'ll love)\b/,
    reason: {
      en: '"I think", "I guess" weaken what follows: say it plainly.',
      fr: '« I think », « I guess » affaiblissent la suite\u00a0: dites-le simplement.',
    },
    fix: '',
    examples: {
      positive: ['I think the layout works.', 'I guess we could ship Friday.'],
      negative: ['Think about the layout.'],
    },
  },
  {
    id: 'en.draft.hedge.maybe',
    lang: 'en',
    kind: 'hedge',
    pattern: /\b(?:maybe|perhaps|possibly|probably|kind of|sort of|somewhat|hopefully),? /,
    reason: {
      en: '"Maybe", "kind of", "hopefully" make the sentence sound unsure.',
      fr: '« Maybe », « kind of », « hopefully » rendent la phrase hésitante.',
    },
    fix: '',
    examples: {
      positive: ['Maybe we could meet on Monday.', 'It is kind of late.'],
      negative: ['May we meet on Monday?'],
    },
  },
  {
    id: 'en.draft.hedge.wondering',
    lang: 'en',
    kind: 'hedge',
    pattern:
      /\bi (?:was|am) (?:just )?wondering if\b|\bif it'?s not too much (?:trouble|to ask)\b|\bif (?:that'?s|it'?s) ok(?:ay)? with you\b|\bi (?:hope|hoped) (?:that )?(?:it'?s|this is) ok\b|\bnot sure (?:if|whether) (?:this|it) (?:helps|makes sense)\b/,
    reason: {
      en: 'Asking permission to ask makes the request easy to ignore: ask directly.',
      fr: 'Demander la permission de demander rend la demande facile à ignorer\u00a0: demandez directement.',
    },
    fix: null,
    examples: {
      positive: [
        'I was wondering if you could pay the invoice.',
        "If it's not too much trouble, send the files.",
      ],
      negative: ['Could you send the files?'],
    },
  },
  {
    id: 'en.draft.minimiser.just',
    lang: 'en',
    kind: 'minimiser',
    pattern: /\bjust /,
    unless:
      /\bjust (?:now|in time|in case|as (?:good|well|much))\b|\bjust (?:received|got|sent|saw|finished|arrived)\b/,
    reason: {
      en: '"Just" shrinks your request or your work: drop it.',
      fr: '« Just » rapetisse votre demande ou votre travail\u00a0: supprimez-le.',
    },
    fix: '',
    examples: {
      positive: ['I just wanted to check in.', 'Just a reminder about the invoice.'],
      negative: ['I just received your files.', 'Keep it just in case.'],
    },
  },
  {
    id: 'en.draft.minimiser.little',
    lang: 'en',
    kind: 'minimiser',
    pattern:
      /\b(?:little|tiny|small|quick|wee) (?:bit of )?(?=(?:reminder|nudge|question|favou?r|request|follow[- ]up|thing)s?\b)|\bsorry to (?:bother|trouble|disturb) you,? (?:but )?/,
    reason: {
      en: 'Making a request sound small ("a quick question", "sorry to bother you") invites it to be ignored.',
      fr: 'Présenter une demande comme minuscule (« petite question », « désolé de vous déranger ») l’expose à être ignorée.',
    },
    fix: '',
    examples: {
      positive: [
        'A quick question about the invoice.',
        'Sorry to bother you, but the payment is late.',
        'Just a little reminder.',
      ],
      negative: ['The logo is a little bigger now.'],
    },
  },
  {
    id: 'en.draft.defensive.already-said',
    lang: 'en',
    kind: 'defensive',
    pattern:
      /\b(?:as|like) i (?:already |previously |clearly )?(?:said|mentioned|explained|stated|wrote|told you)(?: (?:before|earlier|previously|in my (?:last|previous) (?:email|message)))?,? |\bas (?:per|stated in|mentioned in) my (?:last|previous|earlier) (?:email|message|mail),? |\bas previously (?:stated|mentioned|explained),? |\bper my last email,? |\bi already told you\b|\bas you (?:should|would|must) (?:know|be aware)\b/,
    reason: {
      en: '"As I already said" sounds like a reproach: restate the point without it.',
      fr: '« As I already said » sonne comme un reproche\u00a0: reformulez sans.',
    },
    fix: '',
    examples: {
      positive: ['As I already said, the deadline is Friday.', 'As per my last email, the price is fixed.'],
      negative: ['As we discussed, the deadline is Friday.'],
    },
  },
  {
    id: 'en.draft.defensive.blame',
    lang: 'en',
    kind: 'defensive',
    pattern:
      /\byou (?:didn'?t|did not|never|failed to|forgot to|should have|were supposed to|haven'?t (?:even )?bothered)\b|\b(?:it'?s|this is|that'?s|it is) not my (?:fault|problem|responsibility)\b|\bi'?m not (?:responsible|to blame)\b|\bobviously\b|\bto be (?:perfectly )?clear,? i\b/,
    reason: {
      en: 'Blaming wording puts the client on the defensive: describe the fact and the next step.',
      fr: 'Un ton accusateur braque le client\u00a0: décrivez le fait et la suite.',
    },
    fix: null,
    examples: {
      positive: ["You didn't send the photos.", "It's not my fault the server crashed."],
      negative: ['The photos have not arrived yet.'],
    },
  },
  {
    id: 'en.draft.stacked.exclamation',
    lang: 'en',
    kind: 'stacked_punctuation',
    pattern: /!{2,}/,
    reason: {
      en: 'Stacked "!!" reads as shouting: one is enough.',
      fr: '« !! » se lit comme un cri\u00a0: un seul suffit.',
    },
    fix: '!',
    examples: { positive: ['Thanks!!!'], negative: ['Thanks!'] },
  },
  {
    id: 'en.draft.stacked.question',
    lang: 'en',
    kind: 'stacked_punctuation',
    pattern: /\?{2,}/,
    reason: {
      en: 'Stacked "??" reads as impatience: one is enough.',
      fr: '« ?? » se lit comme de l’impatience\u00a0: un seul suffit.',
    },
    fix: '?',
    examples: { positive: ['Any news??'], negative: ['Any news?'] },
  },
  {
    id: 'en.draft.stacked.mixed',
    lang: 'en',
    kind: 'stacked_punctuation',
    pattern: /\?+!+[!?]*|!+\?+[!?]*/,
    reason: {
      en: '"?!" reads as exasperation: ask the question plainly.',
      fr: '« ?! » se lit comme de l’exaspération\u00a0: posez la question simplement.',
    },
    fix: '?',
    examples: { positive: ['Really?!'], negative: ['Really?'] },
  },
];

export const DRAFT_CUES_EN: DraftCue[] = [
  {
    id: 'en.cue.greeting',
    lang: 'en',
    cue: 'greeting',
    pattern:
      /^(?:hi|hello|hey|hiya|dear|good (?:morning|afternoon|evening|day)|morning|afternoon|greetings|hope you'?re well|to whom)\b/,
    examples: {
      positive: ['Hi Paul,', 'Good morning Anna'],
      negative: ['Please find attached the invoice.'],
    },
  },
  {
    id: 'en.cue.next-step',
    lang: 'en',
    cue: 'next_step',
    pattern:
      /\?|\b(?:let me know|please|could you|can you|would you|next step|next steps|i will|i'll|we will|we'll|i'?m going to|shall we|let'?s|talk (?:on|soon)|speak (?:on|soon)|call you|schedule|book a|meet (?:on|next)|by (?:monday|tuesday|wednesday|thursday|friday|tomorrow|the end)|looking forward|attached|find (?:attached|enclosed))\b/,
    examples: {
      positive: ['Let me know if Friday works.', "I'll send the V2 on Friday."],
      negative: ['The project went well overall.'],
    },
  },
  {
    id: 'en.cue.promise',
    lang: 'en',
    cue: 'promise',
    pattern:
      /\b(?:i|we)(?:'ll| will| shall|'m going to| am going to|'re going to| are going to)\b|\b(?:i|we) (?:should be able to|hope to|aim to|plan to|intend to)\b|\blet me (?:check|look|see|get back|find out|think)\b/,
    unless:
      /\b(?:i|we)(?:'ll| will) (?:be (?:happy|glad|delighted|pleased|away|out|off|on (?:holiday|leave|vacation)|available|unavailable|around|there|in touch)|have to|need|see|let you know if)\b|\bif (?:i|we)(?:'ll| will)\b/,
    examples: {
      positive: ["I'll send it tomorrow.", 'We will deliver the logo.', 'Let me check with the printer.'],
      negative: ["I'll be happy to help.", 'I sent it yesterday.'],
    },
  },
  {
    id: 'en.cue.concrete-time',
    lang: 'en',
    cue: 'concrete_time',
    pattern:
      /\b(?:today|tonight|tomorrow|this (?:morning|afternoon|evening)|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|eod|cob|end of (?:the )?(?:day|week)|noon|midday|\d{1,2}(?::\d\d)? ?(?:am|pm)|\d{1,2}(?:st|nd|rd|th)|(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.? \d{1,2}|\d{1,2} (?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)|within (?:\d+|one|two|24|48) (?:hours?|days?|business days?)|in (?:\d+|one|two) (?:hours?|days?)|\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2})\b/,
    examples: {
      positive: ['by Friday', 'on 27 November', 'within 48 hours'],
      negative: ['soon', 'next week'],
    },
  },
  {
    id: 'en.cue.loose-time',
    lang: 'en',
    cue: 'loose_time',
    pattern:
      /\b(?:soon|shortly|asap|as soon as (?:possible|i can|we can)|in the (?:coming|next few|next couple of) (?:days|weeks)|in a (?:few|couple of) days|over the next few days|(?:next|this) week|(?:next|this) month|at some point|when (?:i|we) (?:can|get a chance|have (?:a moment|time))|whenever (?:i|we) can|later(?: on| this week)?|sometime|in due course|in the near future|before long|in a bit|any day now)\b/,
    examples: {
      positive: ["I'll send it soon.", 'in the coming days', 'next week'],
      negative: ['on Friday'],
    },
  },
  {
    id: 'en.cue.promise-hedge',
    lang: 'en',
    cue: 'promise_hedge',
    pattern:
      /\b(?:try (?:to|and)|do (?:my|our) best to|hopefully|should be able to|hope to|aim to|probably) /,
    fix: '',
    examples: {
      positive: ["I'll try to send it Friday.", 'We should be able to deliver on Monday.'],
      negative: ['I will send it Friday.'],
    },
  },
  {
    id: 'en.cue.unclear-action',
    lang: 'en',
    cue: 'unclear_action',
    pattern:
      /\b(?:look into (?:it|this|that)|get back to you|circle back|follow up|keep you (?:posted|updated|informed|in the loop)|take a look|have a look|see what (?:i|we) can do|check (?:on )?(?:it|this|that)|think about it|sort (?:it|this) out)\b/,
    examples: {
      positive: ["I'll look into it.", "I'll get back to you."],
      negative: ["I'll send the invoice on Friday."],
    },
  },
  {
    id: 'en.cue.thanks',
    lang: 'en',
    cue: 'thanks',
    pattern: /\b(?:thanks|thank you|many thanks|i appreciate|much appreciated|grateful)\b/,
    examples: { positive: ['Thanks for the files.'], negative: ['Here are the files.'] },
  },
  {
    id: 'en.cue.politeness',
    lang: 'en',
    cue: 'politeness',
    pattern:
      /\b(?:please|would you mind|hope you(?:'re| are) (?:well|doing well)|hope (?:all is|everything is) well|have a (?:great|good|nice|lovely) (?:day|week|weekend))\b/,
    examples: { positive: ['Please confirm.', 'Hope you are well.'], negative: ['Confirm.'] },
  },
  {
    id: 'en.cue.closing',
    lang: 'en',
    cue: 'closing',
    pattern:
      /\b(?:best|best regards|kind regards|regards|cheers|warmly|all the best|speak soon|talk soon|many thanks)\s*,?\s*$/m,
    examples: { positive: ['Best,', 'Kind regards'], negative: ['The best option is B.'] },
  },
];
