import type { RequestRule } from './request-rule.ts';

/** English request cues. Weights here are hand-set priors; fitted ones live in request-weights.en.ts. */
export const EN_REQUEST_RULES: readonly RequestRule[] = [
  {
    id: 'en.request.question',
    lang: 'en',
    pattern: /\?\s*["')\]]*\s*$/,
    weight: 1.5,
    reason: 'A question asks the reader for an answer.',
    examples: { positive: ['Are you free on Tuesday?'], negative: ['I am free on Tuesday.'] },
  },
  {
    id: 'en.request.please',
    lang: 'en',
    pattern: /\bplease\b|\bpls\b|\bplz\b|\bkindly\b/i,
    weight: 1.5,
    reason: '"Please" marks an ask.',
    examples: { positive: ['Please forward this to Jeff.'], negative: ['Pleased to meet you.'] },
  },
  {
    id: 'en.request.let-me-know',
    lang: 'en',
    pattern: /\blet\s+(?:me|us)\s+know\b|\bkeep\s+me\s+posted\b|\bget\s+back\s+to\s+me\b/i,
    weight: 2,
    reason: 'Asks the reader to report back.',
    examples: { positive: ['Let me know what time works.'], negative: ['I will let you know.'] },
  },
  {
    id: 'en.request.modal-you',
    lang: 'en',
    pattern: /\b(?:could|can|would|will)\s+(?:you|u)\b|\bwould\s+you\s+mind\b|\bdo\s+you\s+mind\b/i,
    weight: 2,
    reason: '"Could you", "can you", "would you mind".',
    examples: {
      positive: ['Could you send the logo files?', 'Can u call me'],
      negative: ['I could send it.'],
    },
  },
  {
    id: 'en.request.need-from-you',
    lang: 'en',
    pattern:
      /\b(?:I|we)\s+(?:need|would\s+like|'d\s+like|want|require)\s+(?:you|your|to\s+(?:get|have|see|know|discuss|talk|meet))\b|\b(?:I|we)\s+(?:will|'ll)\s+need\s+(?:your|you|the)\b/i,
    weight: 1.5,
    reason: 'A need addressed to the reader ("I need your signature").',
    examples: {
      positive: ['I need your drivers license number.', 'We would like to get this data Thursday.'],
      negative: ['I need a break.'],
    },
  },
  {
    id: 'en.request.appreciate',
    lang: 'en',
    pattern:
      /\bwould\s+(?:really\s+|very\s+much\s+)?appreciate\b|\bit\s+would\s+be\s+(?:great|helpful|nice|ideal|good|useful|appreciated)\b|\bwould\s+be\s+(?:ideal|great)\s+if\b/i,
    weight: 1.5,
    reason: 'A polite ask ("I would appreciate it if…").',
    examples: {
      positive: ['I would appreciate your comments.', 'It would be great if you could join.'],
      negative: ['I appreciate your help.'],
    },
  },
  {
    id: 'en.request.dont-hesitate',
    lang: 'en',
    pattern: /\b(?:don't|do\s+not)\s+hesitate\b|\bfeel\s+free\b/i,
    weight: 0.8,
    reason: 'An invitation to get in touch (the labelled set counts it as an ask).',
    examples: { positive: ['Please do not hesitate to call me.'], negative: ['I hesitated.'] },
  },
  {
    id: 'en.request.lets',
    lang: 'en',
    pattern: /\blet's\b|\blet\s+us\s+(?!know)\w+/i,
    weight: 1.5,
    reason: '"Let\'s discuss" proposes a joint action to the reader.',
    examples: { positive: ["Let's discuss tomorrow."], negative: ['Let me know.'] },
  },
  {
    id: 'en.request.contact-me',
    lang: 'en',
    pattern:
      /\b(?:call|contact|email|e-mail|page|ping|text|phone|ring)\s+me\b|\bgive\s+me\s+a\s+(?:call|ring|shout)\b|\bdrop\s+me\s+a\s+(?:line|note|email)\b/i,
    weight: 1.5,
    reason: 'Asks the reader to get in touch.',
    examples: { positive: ['Call me on my cell.', 'Give me a call.'], negative: ['He called me.'] },
  },
  {
    id: 'en.request.discuss',
    lang: 'en',
    pattern:
      /\bdiscuss(?:ion)?\b|\bmeet\s+(?:with\s+)?(?:you|me|us)\b|\bget\s+together\b|\bset\s+up\s+a\s+(?:call|meeting|time)\b/i,
    weight: 1,
    reason: "Proposing to discuss or meet asks for the reader's time.",
    examples: { positive: ['Maybe we can discuss in the am.'], negative: ['The weather was nice.'] },
  },
  {
    id: 'en.request.you-should',
    lang: 'en',
    pattern: /\byou\s+(?:need|should|may\s+want|might\s+want|must|have\s+to|ought\s+to)\b/i,
    weight: 0.8,
    reason: 'Advice or obligation addressed to the reader.',
    examples: { positive: ['You need to look at a calendar.'], negative: ['I need to look at a calendar.'] },
  },
  {
    id: 'en.request.imperative',
    lang: 'en',
    pattern:
      /^\s*(?:(?:hi|hello|hey|ok|okay|also|so|and|then|now|just|again)[,:]?\s+)?(?:[^,.!?]{1,40}[,:]\s+)?(?:send|call|give|forward|review|check|find|make|contact|sign|confirm|keep|tell|print|use|try|take|look|read|fill|complete|reply|respond|provide|get|bring|ask|remember|note|see|come|plan|schedule|set|be\s+sure|make\s+sure|email|e-mail|fax|mail|update|add|remove|delete|include|change|approve|submit|pay|return|attach|share|prepare|arrange|book|coordinate|follow|advise|verify|ensure|put|pass|stop|don't|do\s+not|start|buy|sell)\b/i,
    weight: 1,
    reason: 'A sentence that opens with a verb in the imperative.',
    examples: {
      positive: ['Send me the final numbers.', 'Rob, check with the other groups.'],
      negative: ['I sent the final numbers.'],
    },
  },
  {
    id: 'en.request.if-you',
    lang: 'en',
    pattern: /\bif\s+you\s+(?:have|need|would|want|could|can|get|are)\b/i,
    weight: 0.3,
    reason: 'Offers conditioned on the reader often end in an ask ("if you have questions, call me").',
    examples: { positive: ['If you have any questions, call me.'], negative: ['If it rains, we stay.'] },
  },
  {
    id: 'en.request.can-we',
    lang: 'en',
    pattern: /\b(?:can|could|should|shall)\s+we\b|\bmaybe\s+we\s+(?:can|could)\b/i,
    weight: 1,
    reason: 'A joint action put to the reader.',
    examples: {
      positive: ['Should we set a time schedule?', 'Maybe we can meet Friday.'],
      negative: ['We can do it.'],
    },
  },
  {
    id: 'en.request.marketing',
    lang: 'en',
    pattern:
      /\b(?:click|unsubscribe|subscribe|opt[\s-]out|sign\s+up|order\s+now|shop|add\s+\S+\s+to\s+your\s+address\s+book|address\s+book|safe[\s-]sender|white\s*list|\$LINK|https?:\/\/|www\.|free\s+(?:trial|shipping)|\d+%\s+off|discount|deal|offer\s+ends|limited\s+time|today\s+only)\b/i,
    weight: -1.5,
    reason: 'Mass-mail calls to action are not requests from a correspondent.',
    examples: {
      positive: ['Click here to start shopping now.', 'Please add us to your address book.'],
      negative: ['Please call me.'],
    },
  },
  {
    id: 'en.request.commitment',
    lang: 'en',
    pattern: /^\s*(?:I|we)(?:'ll|\s+will|\s+shall)\b/i,
    weight: -0.5,
    reason: "A sentence that opens with the writer's own promise is usually not an ask.",
    examples: { positive: ["I'll call them tomorrow."], negative: ['Will you call them?'] },
  },
  {
    id: 'en.request.thanks',
    lang: 'en',
    pattern: /^\s*(?:thanks?|thank\s+you|many\s+thanks)\b/i,
    weight: -0.5,
    reason: 'Thanks close a request rather than make one.',
    examples: { positive: ['Thanks for your help.'], negative: ['Please help.'] },
  },
  {
    id: 'en.request.fyi',
    lang: 'en',
    pattern:
      /\b(?:fyi|for\s+your\s+(?:information|records|reference)|attached\s+(?:is|are)|here\s+is|here\s+are)\b/i,
    weight: -0.5,
    reason: 'Information handed over, nothing asked.',
    examples: {
      positive: ['FYI, the deal closed.', 'Here is the report.'],
      negative: ['Please review the report.'],
    },
  },
];
