import type { AskRule, SignalRule } from './rule.ts';

/**
 * English signal rules: how clients' messages show each situation. Patterns run on folded text
 * (lower case, no accents, straight apostrophes). Each entry carries examples the rule-walking test
 * checks: positives must fire, negatives must not.
 */

export const ASK_RULES_EN: AskRule[] = [
  {
    id: 'en.ask.question',
    lang: 'en',
    pattern: /\?/,
    reason: 'A question asks the reader for an answer or an action.',
    examples: {
      positive: ['Can you send the files?', 'Any update on the logo?'],
      negative: ['Thanks for the files.'],
    },
  },
  {
    id: 'en.ask.modal',
    lang: 'en',
    pattern:
      /\b(?:could|can|would|will|might) (?:you|u|ya)\b|\bwould it be (?:possible|ok|okay)\b|\bis it possible\b|\bany chance\b|\bwould you mind\b|\bi was wondering if\b/,
    reason: '"Could you…", "would it be possible…" asks for something.',
    examples: {
      positive: ['Could you send me the link', 'I was wondering if you could look at it'],
      negative: ['I could do it myself.'],
    },
  },
  {
    id: 'en.ask.please',
    lang: 'en',
    pattern: /\b(?:please|pls|plz|kindly)\b/,
    reason: '"Please…" introduces a request.',
    examples: { positive: ['Please send the invoice to accounting.'], negative: ['We are pleased with it.'] },
  },
  {
    id: 'en.ask.need',
    lang: 'en',
    pattern:
      /\b(?:i|we)(?: really| urgently| absolutely| still| just| also)? (?:need|want|require|expect)s?\b|\b(?:i|we)(?:'d| would) (?:like|need|love|prefer|appreciate) (?:you|it|the|to have|to get|this|them|a|an|if)\b|\b(?:i|we)(?:'re| are|'m| am) (?:going to|gonna) need\b|\b(?:i|we)(?:'ll| will) need\b/,
    unless: /\bno need\b|\bdon'?t need\b|\bwanted to (?:say|thank|let you know|share)\b/,
    reason: '"I need…", "we\'d like you to…" states a demand.',
    examples: {
      positive: ['I need the deck by Monday.', "We'd like you to redo the header."],
      negative: ['No need to reply.', 'Just wanted to say thanks.'],
    },
  },
  {
    id: 'en.ask.bare-need',
    lang: 'en',
    pattern:
      /^(?:[a-z]+,\s+)?(?:need|needs|want|require)\b|\b(?:need|want) (?:it|this|that|them|the \w+|these|those) (?:today|tonight|now|asap|by|for|before|back)\b/,
    reason: 'A terse "Need the contract tonight" is a demand without its subject.',
    examples: { positive: ['Need the revised contract tonight.'], negative: ['No need to hurry.'] },
  },
  {
    id: 'en.ask.must',
    lang: 'en',
    pattern:
      /\b(?:has|have|needs?) to (?:be|go|get|work|ship)\b|\bmust (?:be|go|work|include)\b|\bmake sure (?:you|to|it|they|that|the)\b/,
    unless: /\b(?:i|we)(?:'ll| will| shall) make sure\b/,
    reason: '"It has to go out…", "make sure…" places a demand on the reader.',
    examples: {
      positive: ['It has to go out tomorrow morning.', 'Make sure the PSD files are included.'],
      negative: ["I'll make sure it goes out Monday."],
    },
  },
  {
    id: 'en.ask.imperative',
    lang: 'en',
    pattern:
      /(?:^|[,:;]\s+|\band\s+)(?:send|fix|look at|call|ring|check|update|change|add|remove|make|get|finish|deliver|correct|redo|email|reply|answer|confirm|share|upload|forward|prepare|jump on|hop on|tell me|give me|reissue|resend|go ahead)\b|\blet (?:me|us) know\b|\bget back to (?:me|us)\b/,
    reason: 'A sentence that opens on a verb ("Send me…", "Fix it…") is an instruction.',
    examples: {
      positive: ['Fix it by Friday.', 'Let me know when it is live.', 'Send me the final version.'],
      negative: ['The files were sent yesterday.'],
    },
  },
];

export const SIGNAL_RULES_EN: SignalRule[] = [
  // ── scope_creep ────────────────────────────────────────────────────────────────────────────
  {
    id: 'en.scope.one-more',
    lang: 'en',
    signal: 'scope_creep',
    pattern:
      /\b(?:one|a few|a couple(?: of)?|two|some) (?:more|extra|other|last|final) (?:small |little |quick |tiny |minor )?(?:thing|change|tweak|request|favou?r|page|pages|feature|features|section|sections|edit|edits|item|items|addition|additions|screen|screens|deliverable|version|versions|round)s?\b|\b(?:another|an extra|an additional) (?:small |little |quick |tiny )?(?:page|feature|section|version|round of (?:changes|revisions|edits)|language|screen|banner|template|variant|deliverable)\b/,
    reason: '"One more small thing", "another page": work added on top of what was agreed.',
    examples: {
      positive: [
        'One more small thing: could you add a FAQ?',
        'Can we have another page for the team?',
        'a couple more tweaks',
      ],
      negative: ['One more question about the invoice.', 'The other page looks fine.'],
    },
  },
  {
    id: 'en.scope.while-at-it',
    lang: 'en',
    signal: 'scope_creep',
    pattern:
      /\bwhile you(?:'re| are) (?:at it|in there|on it|working on|doing|there|updating|editing)\b|\bsince you(?:'re| are) (?:already )?(?:at it|in there|working on|on it|doing|updating|editing)\b|\bwhile you(?:'re| are) (?:still )?on the\b|\bas a (?:little |small )?bonus\b|\bthrow (?:it |that |this )?in\b/,
    reason: '"While you\'re at it" slips new work into the current job.',
    examples: {
      positive: [
        "While you're at it, could you redo the footer?",
        'Since you are already working on the site, can you fix the blog too?',
        'Could you throw in a favicon?',
      ],
      negative: ['While we wait for the photos, nothing to do.'],
    },
  },
  {
    id: 'en.scope.also-do',
    lang: 'en',
    signal: 'scope_creep',
    pattern:
      /\b(?:could|can|would|will) you (?:also|additionally|maybe also|please also)\b|\b(?:could|can) we (?:also )?(?:add|include|get|have) (?:a|an|another|one more|some|extra)\b|\b(?:also|additionally) (?:add|write|design|make|create|build|translate|include|set up|do|redo|handle|prepare|produce|draft|shoot|edit)\b|\b(?:and|also) (?:a|an) (?:\w+ ){0,3}version (?:for|of|in)\b/,
    reason: '"Could you also…" asks for a deliverable that was not in the job.',
    examples: {
      positive: [
        'Could you also write the follow-up emails?',
        'Can we add a newsletter popup?',
        'Please also translate the brochure.',
      ],
      negative: ['Could you send me the invoice?', 'We also liked the colours.'],
    },
  },
  {
    id: 'en.scope.add',
    lang: 'en',
    signal: 'scope_creep',
    pattern:
      /\b(?:add|adding|include|including|integrate|build|create|design|make|write|set up) (?:just )?(?:a|an|another|one more|some|a few|two|three|extra|new|a new|an extra|a second|a third)\b(?! (?:look|call|chat|moment|second|minute|reminder|note|comment|line|word))/,
    unless:
      /\b(?:invoice|receipt|po number|purchase order|vat|calendar|cc|copy|quote|estimate|contract|in the brief|was in the brief|agreed|as planned|included in)\b|\b(?:i|we)(?:'ll| will| can| could| would)? (?:add|include|create|make|write|build|set up)\b/,
    needsAsk: true,
    reason: 'Asking to add a new page, feature or deliverable widens the job.',
    examples: {
      positive: [
        'Could you add a pricing table to the services page?',
        'Can you create a few extra banners for the launch?',
      ],
      negative: ['Could you add the PO number on the invoice?', "We'll add a note to the file."],
    },
  },
  {
    id: 'en.scope.too',
    lang: 'en',
    signal: 'scope_creep',
    pattern: /\b(?:could|can|would) you (?:\w+ ){1,12}(?:too|as well|on top)\s*\?/,
    unless: /\b(?:invoice|receipt|send (?:me|us) (?:the|a) (?:link|file|invoice))\b/,
    reason: '"…too?", "…as well?" tacks another piece of work onto the request.',
    examples: {
      positive: ['Could you make a version for Instagram stories too?', 'Can you do the flyer as well?'],
      negative: ['Could you send the link?'],
    },
  },
  {
    id: 'en.scope.not-in-scope',
    lang: 'en',
    signal: 'scope_creep',
    pattern:
      /\b(?:was ?n'?t|was not|is ?n'?t|is not|not|never) (?:really )?(?:in|part of|included in|covered by|planned in|mentioned in) (?:the |our |your )?(?:original |initial |current )?(?:scope|brief|quote|contract|plan|estimate|spec|specs|proposal|agreement)\b|\bforgot to (?:include|mention|add|put) (?:it |this |that |them )?(?:in|into) (?:the |our )?(?:brief|quote|scope|spec|specs)\b|\bbeyond the (?:original )?scope\b|\bout of scope\b/,
    reason: 'The client says it was not in the brief or quote: it is extra work.',
    examples: {
      positive: [
        "I know it wasn't in the original scope.",
        'We forgot to include it in the brief.',
        'This is beyond the original scope but',
      ],
      negative: ['As in the brief, the site has five pages.'],
    },
  },
  {
    id: 'en.scope.minimised',
    lang: 'en',
    signal: 'scope_creep',
    pattern:
      /\bshould (?:be|only take|not take|n'?t take)\b[^.?!]{0,30}\b(?:quick|easy|simple|long|minutes?|an hour|a sec(?:ond)?|a moment|no time)\b|\b(?:won'?t|will not|shouldn'?t|should not|wouldn'?t) take (?:you )?(?:long|more than|much|a minute)\b|\bonly take (?:you )?(?:a|an|five|ten|\d+)\b|\b(?:just|only) a (?:quick|small|tiny|little|minor) (?:change|tweak|fix|addition|extra|thing|job|favou?r)\b|\b(?:quick|small|tiny|little|minor) (?:favou?r|addition|extra)\b|\bshould be (?:a )?(?:quick|easy|simple)\b/,
    reason: '"Should be quick", "won\'t take long": minimising signals work the client expects on top.',
    examples: {
      positive: [
        'Should be quick.',
        "It won't take you long.",
        'Just a small tweak on the menu.',
        'It should only take you an hour or so',
      ],
      negative: ['The call was quick and useful.'],
    },
  },
  {
    id: 'en.scope.quote-asked',
    lang: 'en',
    signal: 'scope_creep',
    cancels: true,
    pattern:
      /\b(?:send|give|share|prepare|quote) (?:me|us) (?:a |an |your )?(?:separate |new |updated |additional )?(?:quote|estimate|price|proposal|cost)\b|\bhow much (?:would|will|does) (?:it|that|this)\b|\b(?:happy|willing|ok|okay) to pay (?:for|extra|more)\b|\b(?:as|at) (?:an? )?(?:extra|additional|separate) (?:cost|charge|fee|invoice)\b|\bat your (?:usual|normal|standard|day|hourly) rate\b|\bbill (?:us|me|it) (?:separately|as extra)\b|\bextra (?:cost|fee|charge) is (?:fine|ok|okay)\b/,
    reason: 'The client asks for a quote or offers to pay: the extra work is handled properly.',
    examples: {
      positive: [
        'Please send me a quote for it.',
        'How much would that cost?',
        'Happy to pay for the extra work.',
      ],
      negative: ["I assume it's covered by the current quote."],
    },
  },

  // ── urgency ────────────────────────────────────────────────────────────────────────────────
  {
    id: 'en.urgency.words',
    lang: 'en',
    signal: 'urgency',
    pattern:
      /\b(?:asap|a\.s\.a\.p|as soon as possible|urgent(?:ly)?|urgency|emergency|right away|immediately|straight away|at once|time[- ]sensitive|top priority|high priority|drop everything|no time to lose|every minute|every hour|rush job|in a rush|in a hurry|pressing)\b/,
    unless:
      /\b(?:no|not|nothing|isn'?t|not an?|non)[- ](?:\w+ )?(?:urgent|urgency|emergency|rush|hurry|pressing)\b|\bno rush\b|\bno hurry\b|\b(?:family|medical|personal|health|dental) emergenc(?:y|ies)\b|\b(?:for|in case of) (?:anything |any )?(?:urgent|emergenc)\w*|\bif (?:it'?s|anything is|something is) urgent\b/,
    reason: '"ASAP", "urgent", "right away": pressure on the deadline.',
    examples: {
      positive: [
        'I need this ASAP.',
        'It is urgent, please look at it right away.',
        'this is costing us money every minute',
      ],
      negative: [
        'Nothing urgent, whenever you can.',
        'Not urgent at all.',
        'Sorry, I was away for a family emergency.',
        'For anything urgent, please contact Jane.',
      ],
    },
  },
  {
    id: 'en.urgency.now',
    lang: 'en',
    signal: 'urgency',
    pattern:
      /\b(?:look at|fix|send|do|call|check|handle|deal with|get on|jump on) (?:it|this|that|them|me)? ?(?:right )?now\b|\bright now\b(?! (?:we|i|things|it|money|cash|budget))|\bnow[!]|\b(?:is|are) (?:down|broken|not working|crashing|offline)\b/,
    needsAsk: true,
    reason: 'A demand for now, or a broken site, is pressing by nature.',
    examples: {
      positive: ['Please look at it now.', 'The site is down, can you fix it?'],
      negative: ['The site is down for maintenance as planned.'],
    },
  },
  {
    id: 'en.urgency.short-deadline',
    lang: 'en',
    signal: 'urgency',
    pattern:
      /\b(?:by|for|before|until|till) (?:tonight|this evening|this afternoon|end of (?:the )?day|eod|cob|close of business|today|midnight|noon today|lunch(?:time)?(?: today| tomorrow)?|tom+or+ow)\b|\b(?:tonight|today|this afternoon|this evening)\s*\?|\btom+or+ow (?:morning|first thing|at \d|by \d|before|\d{1,2} ?(?:am|a\.m\.)|noon|9|8|7|lunch)\b|\bfirst thing (?:tomorrow|in the morning|monday|on monday)\b|\bby \d{1,2}(?::\d\d)? ?(?:am|a\.m\.)\b|\bwithin (?:the (?:next )?)?(?:hour|\d+ hours?|24h|the day)\b|\bin the next (?:hour|\d+ hours?|few hours)\b|\b(?:deadline|meeting|presentation|launch) (?:got |was |has been )?(?:moved|pushed) (?:up|forward)\b|\b(?:jump|get|hop) on (?:it|this|the \w+) (?:today|tonight|now)\b/,
    unless:
      /(?:^|[,;:]\s*|\band\s+|\bso\s+)(?:i|we)(?:'ll| will| shall| can| could)\b|\b(?:or|and) (?:early |later )?next week\b|\bno rush\b|\bno hurry\b|\b(?:reply|answer|response|hear (?:back )?from you|news|update from you)\b/,
    needsAsk: true,
    reason: 'Work demanded for tonight, tomorrow morning or within hours is a pressing deadline.',
    examples: {
      positive: [
        'Could you send it by tomorrow?',
        'I need the brochure for tomorrow 9am.',
        'Can you jump on it today?',
        'Send the final deck by 8am Monday.',
      ],
      negative: [
        "I'll send it by tomorrow.",
        'Tomorrow or next week is fine, could you send it then?',
        'Could you reply by tomorrow?',
      ],
    },
  },
  {
    id: 'en.urgency.ultimatum',
    lang: 'en',
    signal: 'urgency',
    pattern:
      /\bif\b[^.?!]{0,80}\b(?:is ?n'?t|are ?n'?t|is not|are not|not|nothing)\b[^.?!]{0,40}\b(?:by|before) (?:tom+or+ow|tonight|today|end of (?:the )?day|eod|noon|\d{1,2} ?(?:am|pm))\b/,
    reason: 'An ultimatum with a deadline of hours ("if it isn\'t working by tomorrow…").',
    examples: {
      positive: ["If the checkout page isn't working by tomorrow, I'm done."],
      negative: ["If it isn't ready by next month, let me know."],
    },
  },
  {
    id: 'en.urgency.must-by',
    lang: 'en',
    signal: 'urgency',
    pattern:
      /\b(?:has|have|needs?) to (?:go out|be (?:done|ready|live|fixed|sent|delivered|finished|online)|ship)\b[^.?!]{0,20}\b(?:today|tonight|tom+or+ow|this (?:morning|afternoon|evening)|in an hour|within)\b|\b(?:is|are) waiting (?:on|for) (?:it|this|them|you)\b|\bcan'?t wait (?:any longer|until|till|anymore)\b|\bwe(?:'re| are) (?:running out of|out of) time\b/,
    reason: '"It has to go out tomorrow", "the printer is waiting on it": an immediate deadline.',
    examples: {
      positive: ['It has to go out tomorrow morning.', 'Our printer is waiting on it.'],
      negative: ['It has to go out next month.'],
    },
  },

  // ── off_hours ──────────────────────────────────────────────────────────────────────────────
  {
    id: 'en.off-hours.weekend-work',
    lang: 'en',
    signal: 'off_hours',
    pattern:
      /\b(?:this|over the|on the|during the|next) weekend\b|\b(?:on|this|next) (?:saturday|sunday)\b|\b(?:saturday|sunday) (?:morning|afternoon|evening|night)\b|\b(?:tonight|this evening|late tonight|overnight|during the night|in the evening)\b|\bafter (?:hours|work|dinner)\b/,
    needsAsk: true,
    unless:
      /\b(?:enjoy|have a (?:nice|good|great|lovely)|happy)\b|\bno need to\b|\b(?:i|we)(?:'ll| will| am| are| was| were|'m|'re)\b|\b(?:don'?t|do not) (?:work|worry)\b/,
    reason: 'Asking for work or a call in the evening or at the weekend oversteps working hours.',
    examples: {
      positive: [
        'Can you hop on a call this weekend?',
        'Could you finish it tonight?',
        'Can you look at it on Saturday?',
      ],
      negative: ['Enjoy your weekend!', "I'll be away this weekend."],
    },
  },
  {
    id: 'en.off-hours.late-apology',
    lang: 'en',
    signal: 'off_hours',
    pattern:
      /\bsorry (?:to (?:bother|disturb|write to|email|message) you |for (?:writing|emailing|messaging) )(?:so |this )?(?:late|on a (?:saturday|sunday|weekend|friday night)|at the weekend|on the weekend|on your weekend|at this hour)\b|\bi know it'?s (?:late|sunday|saturday|the weekend|a sunday|a saturday|friday night|friday evening)\b|\bat this (?:hour|time of (?:night|the evening))\b/,
    needsAsk: true,
    reason: 'The client knows it is late or the weekend and still asks.',
    examples: {
      positive: [
        "I know it's Sunday evening but could you send it?",
        'Sorry to bother you this late, can you check the page?',
      ],
      negative: ['Sorry for the late reply.'],
    },
  },

  // ── payment_delay ──────────────────────────────────────────────────────────────────────────
  {
    id: 'en.payment.late',
    lang: 'en',
    signal: 'payment_delay',
    pattern:
      /\b(?:be|get|been|is|are) paid (?:a (?:bit|little) |slightly |somewhat )?(?:late|later|after)\b|\bpa(?:y|id|yment) (?:a (?:bit|little) )?later than (?:planned|expected|agreed)\b|\bpayments? (?:is |are |will be |has been |have been )?(?:on hold|delayed|postponed|late|overdue|frozen|pending approval|blocked)\b|\b(?:late|delayed|overdue) (?:payment|invoice)\b|\b(?:delay|postpone|push back|defer|hold off on|hold|suspend)(?:ing|ed)? (?:the |our |your )?(?:final |last |next |remaining |second |first |balance |outstanding )?(?:payment|invoice|transfer)\b/,
    unless: /\b(?:on time|went out|has been (?:paid|sent|made)|was (?:paid|sent))\b/,
    reason: 'The client says payment will be late, is on hold or postponed.',
    examples: {
      positive: [
        'The invoice will be paid a bit later than planned.',
        'All supplier payments are on hold.',
        'We need to postpone the payment.',
      ],
      negative: ['Payment went out this morning.', 'We always pay on time.'],
    },
  },
  {
    id: 'en.payment.not-paid',
    lang: 'en',
    signal: 'payment_delay',
    pattern:
      /\b(?:forgot|forget|forgotten) to (?:pay|settle|process|send the payment)\b|\b(?:have ?n'?t|have not|has ?n'?t|has not|did ?n'?t|did not|not yet|still have ?n'?t|still not) (?:yet )?(?:been )?(?:paid|pay|settled|settle|processed|sent the payment|transferred)\b|\b(?:i'?m|i am|we'?re|we are|we'll|we will|i will|i'?ll) not (?:be )?pay(?:ing)?\b|\b(?:not|won'?t|will not|refuse to|can'?t|cannot|unable to) (?:be able to )?pay\b|\bwithhold(?:ing)? (?:the )?payment\b/,
    unless: /\b(?:you|your) (?:have|has)n'?t (?:been )?paid\b/,
    reason: 'The invoice has not been paid, was forgotten, or the client refuses to pay.',
    examples: {
      positive: [
        'We forgot to pay the September invoice.',
        "I'm not paying for two days I didn't ask for.",
        "We haven't paid it yet.",
      ],
      negative: ['We paid it yesterday.'],
    },
  },
  {
    id: 'en.payment.cash',
    lang: 'en',
    signal: 'payment_delay',
    pattern:
      /\b(?:tight|difficult|tough|hard|slow) (?:month|quarter|period|time|few weeks)\b|\bcash ?flow (?:issue|problem|is tight|crunch)s?\b|\b(?:pay|paid|settle) (?:half|part|a part|some|the rest|the balance|the other half|in (?:two|three|\d+|several) (?:installments|instalments|parts|payments))\b|\bthe other half (?:in|next|later|at)\b|\b(?:when|once|as soon as) (?:our|my) (?:client|customer|funding|grant|budget|investor)s? (?:pays?|paid|comes? through|arrives?|is approved)\b|\b(?:pay|settle it|pay it) when (?:our|the) (?:payment cycle|budget|funds|cash)\b|\bpayment (?:cycle|run|terms?) (?:allows?|is|are)\b|\bnet ?(?:45|60|90|120)\b|\b(?:45|60|90) days (?:end of month|eom)\b|\bslipped through the cracks\b/,
    unless: /\b(?:already paid|paid in full|upfront|up front|in advance|as a deposit)\b/,
    reason: 'Cash-flow excuses, split payments or payment tied to someone else mean the money will be late.',
    examples: {
      positive: [
        "We're having a tight month.",
        'Could we pay half now and the other half in January?',
        "I'll pay when my client pays me.",
      ],
      negative: ['We paid in full last week.'],
    },
  },
  {
    id: 'en.payment.dispute',
    lang: 'en',
    signal: 'payment_delay',
    pattern:
      /\b(?:dispute|disputing|contest|contesting|query|querying|challenge|challenging) (?:the |your |this )?invoice\b|\breissue (?:it|the invoice|your invoice|a new invoice)\b|\binvoice (?:is|was) (?:wrong|incorrect|too high)\b|\bchased like a debtor\b|\bnot being chased\b|\bstop chasing\b/,
    reason: 'The client disputes the invoice or resents being chased: payment is held up.',
    examples: {
      positive: [
        'Reissue it with the correct amount.',
        'We are disputing the invoice.',
        "I'd appreciate not being chased.",
      ],
      negative: ['Thanks for the invoice.'],
    },
  },
  {
    id: 'en.payment.accounts-behind',
    lang: 'en',
    signal: 'payment_delay',
    overdue: true,
    pattern:
      /\b(?:accounts(?: payable)?|accounting|finance|bookkeeping|ap)(?: team| department| dept| people)? (?:is|are|was|were|has been|have been|got|fell|has fallen|have fallen|is running|are running) (?:a (?:bit|little) |quite |very |really |way |so )?(?:behind|backed up|backlogged)\b|\b(?:has ?n'?t|has not|have ?n'?t|have not|was ?n'?t|was not) (?:yet )?(?:been )?(?:put through|scheduled|queued|submitted|released) for payment\b/,
    unless: /\bas agreed\b|\bon time\b/,
    reason:
      'The client says their accounts team fell behind or the invoice has not been put through for payment yet: the payment is already late.',
    examples: {
      positive: [
        'Our accounts team fell behind this month with the quarter close.',
        'Accounting is a bit backed up right now, sorry.',
        "Your invoice hasn't been put through for payment yet.",
      ],
      negative: ['Our accounts team has approved your invoice.', 'The project is a bit behind schedule.'],
    },
  },

  // ── price_pushback ─────────────────────────────────────────────────────────────────────────
  {
    id: 'en.price.expensive',
    lang: 'en',
    signal: 'price_pushback',
    pattern:
      /\b(?:steep|pricey|overpriced|costly|expensive)\b|\b(?:price|rate|fee|quote|cost|estimate|proposal|day rate|hourly rate)s? (?:is|are|seems?|feels?|looks?|sounds?) (?:a (?:bit|little) |quite |very |rather |way |really |far |pretty )?(?:too )?(?:high|much|steep)\b|\btoo much (?:for (?:us|me|what|a|this|that|such)|money)\b|\bmore than (?:we|i) (?:can|could) (?:justify|afford|spend|pay)\b|\b(?:can'?t|cannot|could ?n'?t) afford\b|\bout of (?:our|my) (?:budget|price range)\b|\b(?:over|above|exceeds?) (?:our|my) budget\b/,
    unless:
      /\b(?:not|isn'?t|wasn'?t) (?:that |too |very |so )?(?:expensive|pricey|costly|steep)\b|\b(?:an? )?(?:costly|expensive) (?:mistake|error|delay)\b/,
    reason: 'The client finds the rate too high.',
    examples: {
      positive: [
        '€95/hour feels steep for this.',
        'Honestly that is too expensive.',
        "It's more than we can justify.",
      ],
      negative: ['The resolution is too high for the web.', 'It was not that expensive.'],
    },
  },
  {
    id: 'en.price.discount',
    lang: 'en',
    signal: 'price_pushback',
    pattern:
      /\b(?:discount|rebate|reduction|price cut|better (?:price|rate|deal)|cheaper|lower (?:price|rate|fee|quote)|special (?:price|rate)|friends? (?:price|rate)|mates rates|best price)\b|\b(?:lower|reduce|cut|trim|trimming|bring down|drop|lowering|reducing|cutting|sharpen) (?:your|the) (?:rate|price|fee|quote|cost|day rate|hourly rate)\b|\bdo better on (?:the )?(?:price|rate|cost|quote)\b|\b(?:match|beat) (?:that|this)\b(?! (?:colou?r|style|font|design|look|tone|layout))|\b(?:match|beat) (?:their|the|that|this|his|her|its) (?:price|quote|offer|rate|budget)\b|\bmeet (?:us|me) (?:halfway|in the middle)\b|\bwiggle room\b|\b(?:negotiate|negotiable|flexib\w+) (?:on )?(?:the |your )?(?:price|rate|fee)\b/,
    unless: /\bno discount\b/,
    reason: 'Asking for a discount or a lower rate.',
    examples: {
      positive: [
        'Could you match that?',
        'Can you do better on the price?',
        'maybe by trimming your rate a bit',
        'Is there any discount for a long project?',
      ],
      negative: ['We accepted the price you proposed.', 'Could you match the colours of the logo?'],
    },
  },
  {
    id: 'en.price.compare',
    lang: 'en',
    signal: 'price_pushback',
    pattern:
      /\b(?:other|another) (?:developers?|designers?|freelancers?|agenc(?:y|ies)|writers?|translators?|providers?|people|photographers?)\b[^.?!]{0,40}\b(?:quoted|charge|charged|asked|offer|cheaper|less|half)\b|\bgot (?:hers|his|theirs|it|one|ours|mine) done for\b|\bquoted (?:us |me )?(?:about |around )?half\b|\bbudget (?:is|was) (?:capped|limited|tight|only|fixed)\b|\b(?:our|my) (?:max(?:imum)?|total|whole) budget\b|\bbudget (?:is capped|of only|cap)\b/,
    reason: 'Comparing with cheaper providers or a capped budget pushes the price down.',
    examples: {
      positive: [
        'Other developers we talked to quoted about half that.',
        'A friend of mine got hers done for €600.',
        'Our budget is capped at $3,000.',
      ],
      negative: ['Other designers liked your work.'],
    },
  },
  {
    id: 'en.price.free',
    lang: 'en',
    signal: 'price_pushback',
    pattern:
      /\b(?:for free|free of charge|at no (?:extra |additional )?(?:cost|charge)|no (?:extra )?charge|on the house|without (?:extra |additional )?(?:charge|cost|fee)|as a (?:favou?r|gesture|goodwill gesture|freebie)|waive (?:the |your )?(?:fee|charge)s?)\b|\b(?:assume|expect|suppose|presume|guess|figure|hope|think) (?:it'?s|it is|this is|that'?s|that is|it will be|it would be|this would be)? ?(?:\w+ )?(?:covered|included)\b|\b(?:covered|included) (?:by|in) (?:the |your )?(?:current|original|existing|initial|same) (?:quote|price|fee|budget|contract|estimate)\b|\b(?:in exchange|in return)\b[^.?!]{0,30}\b(?:testimonial|exposure|visibility|review|portfolio|referral)\b|\b(?:testimonial|exposure|visibility|referral)s? in (?:return|exchange)\b|\bgreat for your portfolio\b|\bgood exposure\b/,
    reason: 'Asking for work for free, or assuming extra work is covered by the current price.',
    examples: {
      positive: [
        "I assume it's covered by the current quote.",
        'Could you do it for free?',
        "We'd be happy to give you a testimonial in return.",
      ],
      negative: ['Here is our feedback for the revision round included in the quote.'],
    },
  },

  // ── aggressive ─────────────────────────────────────────────────────────────────────────────
  {
    id: 'en.aggressive.insult',
    lang: 'en',
    signal: 'aggressive',
    pattern:
      /\b(?:garbage|rubbish|crap|crappy|trash|pathetic|useless|incompetent|incompetence|idiot(?:s|ic)?|stupid|moron(?:ic)?|bullshit|wtf|shady|scam(?:mer)?|con artist|rip[- ]?off|ripping (?:me|us) off|amateur(?:ish)?|clown|joke of a|a joke|disgrace(?:ful)?|shameful|shame on you|lazy|liar|lying|cheat(?:ing)?|damn(?:ed)?|hell)\b|\black of (?:professionalism|respect|competence)\b|\bunprofessional\b/,
    unless: /\bnot (?:a )?(?:joke|garbage)\b|\bno joke\b|\bhell of a (?:job|good)\b/,
    reason: 'Insults and contempt ("garbage", "shady", "incompetent").',
    examples: {
      positive: [
        'The copy is generic garbage.',
        'Trying to slip them in is pretty shady.',
        'Your lack of professionalism is costing us.',
      ],
      negative: ['The page is not a joke, it is great.'],
    },
  },
  {
    id: 'en.aggressive.threat',
    lang: 'en',
    signal: 'aggressive',
    pattern:
      /\b(?:i'?m|i am|we'?re|we are) done with you\b|\bmake sure everyone (?:hears|knows)\b|\b(?:bad|negative|terrible|one[- ]star) reviews?\b|\b(?:lawyers?|attorney|legal action|sue you|take you to court|small claims|chargeback|dispute team|report you|file a complaint)\b|\btaking (?:this|it) (?:to|further)\b|\btake (?:this|it|the matter|things) (?:further|to (?:court|a lawyer|my lawyer|the platform|your (?:boss|manager)|small claims|the authorities))\b|\bor (?:else|i'?m|i will|i'?ll|we will|we'll)\b|\botherwise (?:i|we)(?:'ll| will)\b|\bthis is your (?:last|final) (?:chance|warning)\b|\blast warning\b|\bi'?ll (?:cancel|terminate|stop paying|leave a review|tell everyone|report)\b/,
    unless: /\b(?:or (?:else )?i'?ll (?:send|call|check|come back|pay))\b/,
    reason: 'Threats: legal action, bad reviews, ultimatums ("or I\'m…").',
    examples: {
      positive: [
        "Fix it by Friday or I'm taking this to the dispute team.",
        "I'll make sure everyone hears about it.",
        "I'm done with you.",
      ],
      negative: ['Our legal team will review the final terms this week.', 'Let me know, or I can call you.'],
    },
  },
  {
    id: 'en.aggressive.contempt',
    lang: 'en',
    signal: 'aggressive',
    pattern:
      /\bwhat (?:am i|are we|exactly am i) paying (?:you )?for\b|\bi'?m paying you to\b|\bi am paying you to\b|\bbabysit\w*\b|\bout of line\b|\bhow dare you\b|\bdon'?t you dare\b|\bare you (?:kidding|serious|joking)\b|\byou people\b|\bwho do you think\b|\bi'?d appreciate not being\b|\b(?:it'?s|this is|that'?s) (?:all |entirely )?your fault\b|\b(?:i'?ve|i have|we'?ve|we have) had (?:it|enough)\b|\b(?:fed up|sick and tired|sick of)\b|\bwhat the (?:hell|heck|f)\b/,
    reason: 'Contempt or blame aimed at the freelancer ("what am I paying you for?", "out of line").',
    examples: {
      positive: [
        'What am I paying you for?',
        'Frankly the tone was out of line.',
        "It's your fault we missed the launch.",
      ],
      negative: ['What is the payment for?'],
    },
  },

  // ── indecision ─────────────────────────────────────────────────────────────────────────────
  {
    id: 'en.indecision.go-back',
    lang: 'en',
    signal: 'indecision',
    pattern:
      /\b(?:go|going|goes|went|come|coming|switch|switching|get|getting) back to (?:the |our |my |your )?(?:[^.?!,]{0,40}\b)?(?:first|original|previous|initial|old|earlier|older|former|v1|version 1|first draft|we had|we picked|we chose|you proposed|you suggested|before)\b|\brevert(?:ing|ed)? (?:\w+ )?(?:back )?to\b|\b(?:the |an |our )?(?:first|original|old|previous) (?:one|version|concept|option|draft|idea|layout|design) (?:after all|again|instead)\b/,
    reason: 'Returning to an earlier option the client had moved away from.',
    examples: {
      positive: [
        "We'd like to go back to the first logo concept.",
        "Let's revert to the old layout.",
        'go back to the original three-page structure',
      ],
      negative: ["I'll get back to you tomorrow.", 'Go back to the homepage and click Contact.'],
    },
  },
  {
    id: 'en.indecision.change-mind',
    lang: 'en',
    signal: 'indecision',
    pattern:
      /\bafter all\b|\bchange of (?:plan|plans|mind|heart|direction)\b|\bchanged (?:our|my|their|his|her) (?:minds?|direction)\b|\bon second thoughts?\b|\bsecond thoughts\b|\b(?:we|i|they) keep changing\b|\bback and forth\b|\bback-and-forth\b|\bscratch that\b|\bnever ?mind\b|\bforget (?:what i said|my (?:last|previous) (?:email|message|request))\b|\b(?:ignore|disregard) my (?:last|previous|earlier) (?:email|message|request|note)\b|\bafter sleeping on it\b|\bon reflection\b|\bhad a rethink\b|\brethought\b|\bwe(?:'ve| have) reconsidered\b|\b(?:drop|remove|scrap|cut) the [^.?!]{0,40} (?:we|you) (?:asked|added|agreed|requested)\b|\binstead of the [^.?!]{0,40} (?:we|you|i) (?:picked|chose|agreed|approved|selected|went with|decided)\b|\b(?:now|actually) prefers?\b/,
    unless:
      /\bafter all (?:your|the|that|this) (?:work|effort|help|time)\b|\bafter all,? (?:it'?s|you|we are)\b/,
    reason:
      'The client reverses an earlier decision ("change of plan", "after all", "we keep changing things").',
    examples: {
      positive: [
        'Change of plan again, sorry.',
        "The board doesn't want the video after all.",
        'Sorry for the back and forth!',
        'Can we drop the timeline page we asked you to add?',
      ],
      negative: ["We'll stick with the green palette we approved last week."],
    },
  },

  // ── dissatisfied ───────────────────────────────────────────────────────────────────────────
  {
    id: 'en.dissatisfied.feeling',
    lang: 'en',
    signal: 'dissatisfied',
    pattern:
      /\b(?:disappointed|disappointing|disappointment|unhappy|dissatisfied|frustrated|frustrating|annoyed|upset|let down|not (?:at all |really |very |too )?(?:happy|satisfied|pleased|impressed|convinced|thrilled)|underwhelm(?:ed|ing))\b/,
    unless:
      /\b(?:not|never) (?:disappointed|disappointing|let down)\b|\bwon'?t be disappointed\b|\bif you'?re not happy\b/,
    reason: 'The client says they are disappointed or unhappy.',
    examples: {
      positive: [
        "We're disappointed with the second draft.",
        "I'm quite unhappy with how this is going.",
        'Honestly not impressed.',
      ],
      negative: ['We were not disappointed!'],
    },
  },
  {
    id: 'en.dissatisfied.quality',
    lang: 'en',
    signal: 'dissatisfied',
    pattern:
      /\b(?:do ?n'?t|does ?n'?t|did ?n'?t|do not|does not|did not) (?:follow|match|meet|reflect|respect|correspond to|fit|live up to) (?:the |our |my |your )?(?:brief|expectations|requirements|specs?|guidelines|instructions|standards|style guide|feedback)\b|\bnot what (?:we|i) (?:asked|expected|wanted|paid|agreed) (?:for|on)?\b|\b(?:we|i) expected (?:more|better|much more)\b|\bexpected better\b|\b(?:below|under) (?:our |my )?(?:expectations|standards)\b|\bnot (?:good enough|up to (?:par|standard|scratch)|acceptable)\b|\b(?:poor|bad|low|sloppy|shoddy|subpar|mediocre) (?:quality|work|job|workmanship|result)\b|\b(?:is|are|was|were) (?:sloppy|shoddy|generic|mediocre|subpar|bland|unusable|full of (?:errors|mistakes|typos|bugs))\b|\b(?:more|so many|lots of|full of|riddled with) (?:bugs|errors|typos|mistakes)\b|\b(?:far |way |much )?too (?:casual|generic|basic|bland|formal|dull|plain|amateur)\b|\bgeneric garbage\b/,
    reason: 'The work misses the brief or the expected quality.',
    examples: {
      positive: [
        "Several sections don't follow the brief we sent.",
        'We expected more at this stage.',
        'The last build had more bugs than before.',
      ],
      negative: ['The sections follow the brief nicely.'],
    },
  },
  {
    id: 'en.dissatisfied.service',
    lang: 'en',
    signal: 'dissatisfied',
    pattern:
      /\b(?:deadlines?|dates?|milestones?) (?:have|has) (?:slipped|been missed|been pushed)\b|\b(?:slipped|missed) (?:twice|again|(?:the|another|our|every) deadline)\b|\b(?:second|third|fourth|fifth|\d+(?:st|nd|rd|th)|umpteenth) time (?:i'?m|i am|i'?ve|i have|we'?re|we are|we'?ve|that i|that we|i|we)? ?(?:asking|asked|requested|raised|mentioned|reported|flagged)\b|\b(?:the )?same (?:fix|issue|bug|problem|mistake)s? (?:again|over and over)?\b[^.?!]{0,30}\b(?:again|asking|still)\b|\bstill (?:haven'?t|have not|not) (?:received|got|seen|fixed|working)\b|\bstill (?:broken|not working|not fixed|wrong|missing)\b|\b(?:is|are) (?:becoming|getting) a (?:real )?(?:problem|issue)\b|\bget (?:this|it|things|us) back on track\b|\b(?:cost|costing|lost) us (?:a|the|our) (?:client|customer|deal|contract|launch)\b|\bwhat am i paying you for\b|\bi'?m paying you to get it right\b/,
    unless: /\b(?:you(?:'ve| have) still not|you still haven'?t) (?:received|got)\b/,
    reason: 'Missed deadlines, repeated requests, work still not delivered.',
    examples: {
      positive: [
        'Deadlines have slipped twice.',
        "This is the third time I'm asking for the same fix.",
        "We still haven't received the corrected files.",
      ],
      negative: ['The deadline is still Friday.'],
    },
  },

  // ── silence ────────────────────────────────────────────────────────────────────────────────
  {
    id: 'en.silence.no-answer',
    lang: 'en',
    signal: 'silence',
    pattern:
      /\b(?:have ?n'?t|have not|has ?n'?t|has not|did ?n'?t|did not|never) (?:yet )?(?:heard|hear|got|gotten|received) (?:back|anything|a (?:reply|response|word|peep)|any (?:reply|response|answer|news)|from you)\b|\bno (?:reply|response|answer|news|word) (?:from you|yet|since|so far|for)\b|\b(?:nobody|no one|no-one|none of you) (?:answers|replies|responds|picks up|got back|is answering|answered|replied)\b|\b(?:unreachable|impossible to reach|can'?t (?:seem to )?reach you|tried (?:to reach|calling|reaching) you)\b|\bstill waiting (?:for|on) (?:a |an |your )?(?:reply|response|answer|news|feedback|update|word)\b|\b(?:are you|is everyone) still (?:there|alive|with us|on (?:it|this))\b|\bis everything (?:ok|okay|alright|all right)\b|\b(?:sent|emailed|written|messaged|left) (?:you )?(?:two|three|four|several|a few|multiple|\d+) (?:emails|messages|mails|voicemails|texts|reminders)\b|\bghost(?:ed|ing)\b/,
    reason: 'The client complains of getting no answers.',
    examples: {
      positive: [
        "I haven't heard back about the product copy.",
        'Nobody answers the phone.',
        "I've sent you two emails this month.",
        'Is everything ok?',
      ],
      negative: ['We heard back from the printer.'],
    },
  },
  {
    id: 'en.silence.own-apology',
    lang: 'en',
    signal: 'silence',
    pattern:
      /\b(?:sorry|apologies|apologi[sz]e|pardon)\b[^.?!]{0,20}\b(?:for |about )?(?:the |my |our )?(?:radio silence|silence|long silence|going (?:quiet|silent|dark|awol|mia)|(?:late|slow|delayed|belated) (?:reply|response|answer)|delay in (?:replying|responding|getting back|answering)|not (?:replying|responding|getting back|answering)|disappearing|being (?:quiet|mia|awol|slow|so slow)|taking so long to (?:reply|respond|get back))\b|\bradio silence\b|\b(?:went|gone|been) (?:quiet|silent|dark|awol|mia)\b|\bfell off the (?:radar|map)\b|\bafter (?:a long|weeks of|months of|some) (?:silence|quiet)\b/,
    reason: 'The client apologises for a long silence.',
    examples: {
      positive: [
        'Apologies for the radio silence over the last month.',
        'Sorry for going quiet for three weeks.',
        'Sorry for the late reply.',
      ],
      negative: ['Sorry to bother you.'],
    },
  },

  // ── appreciation ───────────────────────────────────────────────────────────────────────────
  {
    id: 'en.appreciation.praise',
    lang: 'en',
    signal: 'appreciation',
    pattern:
      /\b(?:looks?|look|looking|is|are|was|were|it'?s|they'?re|turned out|came out|sounds) (?:really |so |very |absolutely |just |truly |super |incredibly |all )?(?:great|amazing|fantastic|beautiful|excellent|wonderful|brilliant|awesome|superb|lovely|stunning|gorgeous|spot on|fabulous|outstanding|incredible|terrific|impressive|top notch|first class|perfect|flawless|fab|ace)\b|\b(?:great|amazing|fantastic|excellent|brilliant|awesome|superb|terrific|wonderful|outstanding|nice|good|lovely) (?:job|work|stuff|result|results)\b|\bwell done\b|\bkudos\b|\bbravo\b|\byou nailed it\b|\bnailed it\b|\bsuper clear\b|\bexactly what (?:we|i) (?:wanted|needed|had in mind|asked for|were looking for)\b/,
    unless:
      /\b(?:would|will|could|'d) be (?:great|amazing|perfect|awesome|fantastic|brilliant|lovely|wonderful)\b|\b(?:not|isn'?t|wasn'?t|aren'?t|weren'?t|doesn'?t look|hardly) (?:so |really |very |all that )?(?:great|amazing|good|excellent|perfect|fantastic)\b|\b(?:is|was|that'?s|it'?s|sounds) perfect\b(?![^.?!]*\b(?:work|design|job|copy|logo|site|page)\b)|\bno good\b|\bnot good\b/,
    reason: 'Praise for the work ("looks great", "great job").',
    examples: {
      positive: [
        'The homepage looks great, thank you!',
        'Great job, really happy with how it turned out.',
        'It was super clear.',
      ],
      negative: ['That would be great.', 'Tomorrow is perfect.', 'The result is not great.'],
    },
  },
  {
    id: 'en.appreciation.love',
    lang: 'en',
    signal: 'appreciation',
    pattern:
      /\b(?:i|we|they|everyone|the team|the client|my boss|customers|clients|people) (?:all |really |absolutely |just )?(?:love|loved|loves|adore|adored|adores)\b|\b(?:love|loved) (?:the|it|them|your|how|what you)\b|\b(?:really |so |very |extremely |super )?(?:happy|pleased|thrilled|delighted|impressed|satisfied) (?:with|by|about) (?:the|your|it|how|what|this|them|everything)\b|\b(?:blown away|over the moon)\b|\bit was a (?:real |true )?pleasure\b|\bpleasure (?:to work|working) with you\b|\b(?:grateful|thankful) for\b|\b(?:really |truly |so )?appreciate (?:it|your|all|the|everything|how)\b|\byou caught\b/,
    unless:
      /\b(?:not|n'?t|never) (?:\w+ )?(?:happy|pleased|satisfied|impressed|love|thrilled|delighted)\b|\bwould love\b|\b'd love\b|\bappreciate (?:it )?if\b/,
    reason: 'The client loves the work or is happy with it.',
    examples: {
      positive: [
        'Loved the first chapter edit.',
        'I love the illustrations.',
        'We are really happy with the result.',
      ],
      negative: [
        'We are not happy with the result.',
        'I would love to have it by Friday.',
        "I'd appreciate it if you sent it today.",
      ],
    },
  },
  {
    id: 'en.appreciation.thanks-for-work',
    lang: 'en',
    signal: 'appreciation',
    pattern:
      /\b(?:thanks|thank you|many thanks|big thanks|huge thanks)(?: (?:so|very) much| a lot| again| a million| heaps)? (?:for|on) (?!(?:the |your |this |that |my |our )?(?:(?:updated|new|revised|quick|prompt|fast|kind|detailed|latest|last|final|second|first) )?(?:invoice|quote|estimate|proposal|reply|response|answer|email|e-mail|mail|message|note|update|info|information|confirmation|details|link|reminder|patience|understanding|time|call|chat|feedback|getting back|reaching out|letting me know|letting us know|clarifying|the heads[- ]up|your help with the invoice|sending (?:over )?(?:the |your |this )?(?:invoice|contract|quote|nda|agreement|paperwork|link|details)|sending the invoice|draft|drafts|flagging|pointing (?:that |this |it )?out|spotting|catching|noticing|checking|asking|your question|flexibility|contract|offer)\b)/,
    reason: 'Thanks for the work itself (not for an invoice, a quote or a reply).',
    examples: {
      positive: [
        'Thanks for walking me through the report.',
        'Thank you so much for the illustrations.',
        'Many thanks for all your work.',
      ],
      negative: ['Thanks for the invoice.', 'Thanks for the updated quote.', 'Thanks for your reply.'],
    },
  },

  // ── broader phrasings, added after probing unseen messages ────────────────────────────────
  {
    id: 'en.scope.extra-items',
    lang: 'en',
    signal: 'scope_creep',
    pattern:
      /\b(?:a few|some|a couple of|a couple|two|three|several|a handful of) (?:extra|additional|more|bonus|other) (?!(?:days?|weeks?|hours?|minutes|time|questions?|details|thoughts|info|information|comments|photos you asked|examples)\b)\w+|\bon top of (?:the|what|our|your|that|this) (?!(?:invoice|payment|bill)\b)(?:\w+ ){0,2}(?:guide|quote|project|scope|package|brief|plan|agreed|deliverables?|site|website|campaign|work|job|contract|order|redesign|logo|brand)\b|\bnothing fancy\b|\bwhile we(?:'re| are) at it\b|\b(?:could|can|would) you (?:also |maybe )?(?:take care of|handle|look after|manage|run|do) (?:our|the|a|an) [^.?!]{0,30}\b(?:too|as well|also|while)\b/,
    unless: /\b(?:quote|estimate|invoice|how much|paid|pay for)\b/,
    needsAsk: false,
    reason:
      '"A few extra templates", "on top of the brand guide", "nothing fancy": deliverables added to the job.',
    examples: {
      positive: [
        "We'd love a few extra social media templates on top of the brand guide.",
        'Nothing fancy, just a landing page.',
        'Can you handle our ads while you are on the campaign too?',
      ],
      negative: ['We need a few extra days to review.', 'On top of the invoice, please add the PO number.'],
    },
  },
  {
    id: 'en.scope.free-extra',
    lang: 'en',
    signal: 'scope_creep',
    pattern:
      /\b(?:do|make|add|include|throw in|design|write|build|create|translate|handle|give us|give me)\b[^.?!]{0,50}\b(?:for free|free of charge|at no (?:extra |additional )?(?:cost|charge)|on the house|as a (?:bonus|freebie|favou?r))\b|\b(?:didn'?t|did not|never) (?:plan|budget|ask) for (?:it|this|that)\b|\bwasn'?t (?:planned|budgeted|part of the plan)\b/,
    reason: 'Asking for a deliverable for free, or one that was never planned, widens the job.',
    examples: {
      positive: [
        'Could you throw in the logo animation for free?',
        "We didn't plan for it but it makes sense.",
      ],
      negative: ['The delivery is free of charge by post.'],
    },
  },
  {
    id: 'en.urgency.verb-today',
    lang: 'en',
    signal: 'urgency',
    pattern:
      /\b(?:send|deliver|finish|have|get|need|want|hand(?:ed)? over|handed|do|fix|ready|done|sign|return|submit|publish|live|update|upload|finalise|finalize|turn around|approve)\b[^.?!]{0,40}\b(?:tonight|today|this (?:evening|afternoon|morning)|by lunch|before lunch|end of (?:the )?day)\b|\b(?:at|by|before) (?:the )?\d{1,2}(?::\d\d)? ?(?:am|a\.m\.|o'?clock)?(?: (?:meeting|call|presentation))? (?:tomorrow|today|tonight|this morning)\b|\bbefore (?:the |our )?\d{1,2}(?::\d\d)? ?(?:am|a\.m\.)\b|\b(?:it'?s|this is|it is) (?:absolutely |really |very )?(?:crucial|critical|vital|mission[- ]critical|do or die|life or death)\b|\bbreathing down (?:my|our) neck\b|\bunder (?:a lot of |huge |real )?pressure\b|\b(?:every|each) (?:minute|hour|day) (?:counts|matters)\b/,
    unless:
      /(?:^|[,;:]\s*|\band\s+|\bso\s+)(?:i|we)(?:'ll| will| shall| can| could| have| 've| did| sent)\b[^.?!,;]*\b(?:tonight|today|this (?:evening|afternoon|morning)|end of (?:the )?day|by lunch|before lunch)\b|\b(?:went|sent|was|were|got|did|had) [^.?!]{0,20}\b(?:today|this morning)\b/,
    needsAsk: true,
    reason:
      'Work asked for today or tonight, before an early meeting, or called crucial: a pressing deadline.',
    examples: {
      positive: [
        'Need the revised contract tonight.',
        'Can you make sure the banners are live before the 9am meeting?',
        'Can we get this done by end of day?',
        "It's crucial, can you do it?",
      ],
      negative: ['We sent the files today, could you confirm receipt?', "I'll send the contract tonight."],
    },
  },
  {
    id: 'en.payment.later',
    lang: 'en',
    signal: 'payment_delay',
    pattern:
      /\b(?:will|can|could|would) (?:only|not) be (?:settled|paid|processed|transferred|released|approved) (?:until|before|after|once|when|next|in)\b|\b(?:won'?t|will not|can'?t|cannot) be (?:settled|paid|processed|released|transferred) (?:until|before|this|in time)\b|\b(?:can'?t|cannot|won'?t|will not|unable to|not able to) (?:pay|settle|process|release|transfer) (?:it |the invoice |this |the balance |the remaining balance |the rest |you )?(?:until|before|this month|this week|yet|right now|at the moment)\b|\b(?:will|would) (?:only )?(?:go out|be sent|leave|be made) (?:next|in|at the end|after|once)\b|\b(?:invoice|payment|bill)s? (?:is |are |was |were )?(?:overdue|past due|late|unpaid|outstanding)\b|\b(?:budget|payment|spending|finance) freeze\b|\bfrozen (?:budget|payments?)\b|\bsettled in (?:january|february|march|april|may|june|july|august|september|october|november|december|the new year|next (?:month|quarter|year))\b/,
    unless:
      /\b(?:on time|as agreed|as planned|as usual|by the due date|went out|has been (?:paid|sent|made)|already paid)\b/,
    reason: 'Payment pushed to a later month, overdue, or blocked by a freeze.',
    examples: {
      positive: [
        'Your invoice will be settled in February due to a budget freeze.',
        'The invoice is overdue on our side, I know.',
        'The transfer will only go out next month.',
        "We can't pay the remaining balance until the project is signed off.",
      ],
      negative: ["We'll pay it by the due date as usual."],
    },
  },
  {
    id: 'en.price.above',
    lang: 'en',
    signal: 'price_pushback',
    pattern:
      /\b(?:rate|price|quote|fee|cost|estimate|proposal|figure|number|total|amount)s?\b[^.?!]{0,30}\b(?:is|are|seems?|looks?|was) (?:way |well |far |a lot |much |quite a bit |significantly |a bit |slightly )?(?:above|over|higher than|more than|beyond|out of)\b|\b(?:higher|more) than (?:we|i) (?:expected|budgeted|thought|planned|can|usually pay|had in mind)\b|\b(?:bring|get|knock) (?:it|that|the (?:price|rate|cost|total|quote)) down\b|\b(?:any|some|a bit of|a little) (?:flexibility|wiggle room|leeway|room for negotiation)\b/,
    unless: /\b(?:deadline|date|timeline|schedule|delivery|hours|time)s?\b/,
    reason: 'The price is above what the client expected, or they ask for flexibility on it.',
    examples: {
      positive: [
        'Your day rate is way above what we usually pay.',
        'The price you quoted is a lot higher than we expected.',
        'Could you bring it down to 2k?',
      ],
      negative: ['Is there any flexibility on the deadline?'],
    },
  },
  {
    id: 'en.dissatisfied.not-right',
    lang: 'en',
    signal: 'dissatisfied',
    pattern:
      /\bnot (?:at all )?what (?:we|i) (?:had in mind|were hoping for|was hoping for|envisioned|imagined|were expecting|was expecting)\b|\b(?:feels?|looks?|seems?|is|are) (?:a bit |really |very |quite |too |so )?(?:childish|cheap|amateurish|dated|flat|off|wrong|lazy|rushed|unfinished|clunky|messy|cluttered|boring|outdated)\b(?! (?:the|to|by|on) )|\bnothing (?:works|is working|loads|displays|renders)\b|\b(?:still )?(?:does ?n'?t|does not|do ?n'?t|do not|is ?n'?t|is not|are ?n'?t|are not) (?:work|working|load|loading|display|displaying|showing) (?:properly|correctly|at all|on)\b|\b(?:not how|isn'?t how|is not how) (?:i|we) (?:expect|would expect)\b|\bnot (?:very |really )?professional\b|\b(?:mistakes?|errors?|typos?) (?:again|everywhere|all over)\b/,
    unless: /\b(?:if|in case) (?:it|something|anything)\b/,
    reason: 'The work is not what the client had in mind, looks wrong, or does not work.',
    examples: {
      positive: [
        'The illustrations are not what we had in mind at all.',
        'The colours are off.',
        'Nothing works on Safari.',
        'This is not how I expect a professional to behave.',
      ],
      negative: ['Turn off the notifications.', 'If something is not working properly, tell me.'],
    },
  },
  {
    id: 'en.silence.trying',
    lang: 'en',
    signal: 'silence',
    pattern:
      /\b(?:trying|tried|try) to (?:get hold of|reach|contact|get in touch with|catch) you\b|\bare you still (?:working on|on|there|available|with us|alive)\b|\b(?:still )?nothing from you\b|\bno word from you\b|\b(?:haven'?t|have not|not) heard (?:anything |a thing )?(?:from you|back)\b|\bwaiting (?:for|on) (?:your|a) (?:reply|response|answer) (?:for|since)\b|\bsorry for the (?:slow|late|delayed|belated) (?:reply|response|answer)\b|\bbeen (?:swamped|mia|awol|off the grid)\b/,
    reason: 'The client cannot reach the freelancer, or apologises for their own slow reply.',
    examples: {
      positive: [
        "I've been trying to get hold of you since Monday.",
        'Two weeks and still nothing from you.',
        "Sorry for the slow reply, I've been swamped.",
      ],
      negative: ['I tried the new menu, it works.'],
    },
  },
  {
    id: 'en.appreciation.impressed',
    lang: 'en',
    signal: 'appreciation',
    pattern:
      /\b(?:very |really |so |hugely |truly )?(?:impressed|blown away|grateful)\b(?! (?:if|that you didn'?t))|\b(?:huge|big|massive|heartfelt|sincere) thanks?(?: you)?\b|\bthank you so much for\b|\b(?:the whole team|everyone|the team|the client|my boss|our boss|the board) (?:is|are|was|were) (?:\w+ )?(?:thrilled|delighted|happy|pleased|impressed|over the moon)\b|\b(?:brilliant|great|fantastic|excellent|amazing|superb|outstanding|stellar|fine|solid) (?:work|job|effort)\b|\b(?:perfect|great|lovely|excellent)[,!]? (?:thanks|thank you)\b|\b(?:the |this |your |our )(?:\w+ )?(?:flyer|logo|site|website|design|mockups?|illustrations?|copy|video|photos?|edit|translation|deck|brochure|page|pages|work|draft|report|visuals?|banner|banners) (?:is|are|looks?|was|were) (?:perfect|spot on|flawless)\b/,
    unless:
      /\bnot (?:\w+ )?(?:impressed|grateful|thrilled|happy|pleased)\b|\bwould be grateful\b|\bgrateful if\b/,
    reason: 'The client is impressed, thankful, or the team is thrilled.',
    examples: {
      positive: [
        "I'm very impressed with the speed and the quality.",
        'The whole team is thrilled.',
        'The flyer is perfect.',
        'A huge thank you for all the effort.',
      ],
      negative: ["I'd be grateful if you could send it.", 'We were not impressed.'],
    },
  },
  {
    id: 'en.scope.squeeze-in',
    lang: 'en',
    signal: 'scope_creep',
    pattern:
      /\b(?:squeeze|fit|sneak|slip|tack|bolt|tuck|throw|add) (?:in|on)\b(?! (?:a call|a meeting|some time|time|a chat))|\b(?:should ?n'?t|should not|won'?t|will not|would ?n'?t) be (?:a )?(?:big deal|much work|a lot of work|too much work|hard|difficult|complicated|a problem for you)\b|\b(?:not|no) (?:a )?big deal\b|\bnothing (?:major|big|complicated|too complicated)\b|\beasy enough\b|\b(?:a|one) (?:tiny|little|small|quick) (?:extra|addition|request|one)\b|\bsmall (?:request|extra|ask)\b/,
    unless: /\b(?:if it'?s|if that'?s) (?:a|too)\b|\b(?:quote|estimate|how much)\b/,
    reason:
      '"Squeeze in a section", "shouldn\'t be a big deal": extra work slipped in as if it were nothing.',
    examples: {
      positive: [
        'Could we squeeze in a blog section before launch?',
        "Shouldn't be a big deal.",
        'Nothing major, just a new banner.',
      ],
      negative: ['Can we fit in a call on Tuesday?'],
    },
  },
  {
    id: 'en.urgency.moved-up',
    lang: 'en',
    signal: 'urgency',
    pattern:
      /\b(?:moved|brought|pushed) (?:up|forward)\b|\bmoved (?:our|the) (?:slot|deadline|launch|date|meeting|presentation)\b|\b(?:by|before|for) (?:noon|midday|lunch(?:time)?) (?:today|tomorrow)\b|\b(?:going to|gonna|will) need (?:it|this|them|the \w+(?: \w+)?) (?:by|for|before) (?:noon|midday|tonight|today|tomorrow|\d{1,2} ?(?:am|pm))\b|\bneed (?:it|this|them|the [\w ]{1,30}) by (?:noon|midday)\b|\b(?:the )?clock is ticking\b|\bdown to the wire\b|\blast[- ]minute\b/,
    unless: /\bno (?:rush|hurry)\b/,
    reason: 'A deadline moved up, or work needed by noon: a pressing deadline.',
    examples: {
      positive: [
        "We're going to need the final files by noon today.",
        'The printer moved our slot.',
        'The launch was brought forward.',
      ],
      negative: ['We moved the meeting to next month, no rush.'],
    },
  },
  {
    id: 'en.payment.more-time',
    lang: 'en',
    signal: 'payment_delay',
    pattern:
      /\b(?:extra|more|another|additional|a few more) (?:time|\d+ days|few days|days|weeks?|\d+ weeks|month|\d+ months) (?:to|before (?:we|i) can) (?:pay|settle|process|clear)\b|\b(?:late|slow) (?:paying|to pay|in paying)\b|\b(?:payment|transfer|wire|card|cheque|check|direct debit) (?:(?:for|of) (?:the |your )?(?:invoice )?\S+ )?(?:was |has been |got )?(?:rejected|returned|declined|bounced|refused|cancell?ed|reversed)\b|\b(?:rejected|returned|declined|bounced) (?:the )?(?:payment|transfer|wire)\b|\b(?:waiting|still waiting) (?:for|on) (?:our|the|my) (?:client|customer|funding|funds|grant|investor|finance team|accounting|bank)s? (?:to pay|to approve|to release|payment)?\b[^.?!]{0,40}\b(?:before|to|then)\b[^.?!]{0,20}\bpay\b/,
    reason: 'Asking for more time to pay, a payment rejected, or paying once someone else pays.',
    examples: {
      positive: [
        "We'll need an extra 30 days to pay invoice 118.",
        'Our biggest customer is late paying us.',
        'The payment was rejected by our bank.',
      ],
      negative: ['We paid the invoice this morning.'],
    },
  },
  {
    id: 'en.price.best-you-can-do',
    lang: 'en',
    signal: 'price_pushback',
    pattern:
      /\b(?:is that|is this|that'?s|what'?s) (?:really )?(?:the|your) (?:best|final|lowest|bottom) (?:you can do|price|offer|rate|line)\b|\bbest you can do\b|\b(?:expecting|hoping for|thinking of|thinking|budgeting for|imagining) (?:something |a price |a figure |a number )?(?:closer to|around|more like|nearer|in the region of|about|of) [$€£]?\s?\d|\b(?:align|match) (?:with|to) (?:that|their|this|those) (?:rate|price)s?\b|\bcharge (?:\w+ ){0,2}(?:less|half)\b|\b(?:that'?s|it'?s) a lot (?:of money|for)\b/,
    reason:
      '"Is that the best you can do?", "I was expecting something closer to 1,500": bargaining on the price.',
    examples: {
      positive: [
        'Is that the best you can do?',
        'I was expecting something closer to 1,500.',
        "That's a lot for a one-page site.",
      ],
      negative: ['We are expecting the files on Monday.'],
    },
  },
  {
    id: 'en.aggressive.ultimatum',
    lang: 'en',
    signal: 'aggressive',
    pattern:
      /\bamateur hour\b|\b(?:find|hire|get) (?:someone|somebody|another \w+) (?:competent|who can|else|who knows|better|more competent|professional)\b|\bdon'?t bother (?:answering|replying|with excuses)\b|\bspare me\b|\bdo your (?:job|work)\b|\bget it done or\b|\b(?:what is|what'?s) wrong with you\b|\bunbelievable\b|\bridiculous\b|\bunacceptable\b|\bdisgusting\b|\binsulting\b/,
    unless: /\bnot (?:unacceptable|ridiculous)\b/,
    reason: 'Contempt and ultimatums ("amateur hour", "I\'ll find someone competent", "unacceptable").',
    examples: {
      positive: [
        "Just get it done or I'll find someone competent.",
        'This is amateur hour.',
        'This is completely unacceptable.',
      ],
      negative: ['Find someone at the agency to send it.'],
    },
  },
  {
    id: 'en.indecision.switch-back',
    lang: 'en',
    signal: 'indecision',
    pattern:
      /\b(?:switch|change|move|swap|flip|turn) (?:it |them |this |that |everything )?back\b|\b(?:i|we) know (?:i|we) (?:said|asked for|wanted|agreed|approved|picked|chose|decided)\b|\b(?:i|we) (?:said|asked for|wanted|agreed on|approved) [^.?!]{0,40}\bbut (?:now|can we|could we|actually|let'?s)\b|\bchanged (?:her|his|their|our|my) mind\b|\bwe'?re back to\b|\bback to the (?:\w+ )?(?:one|version|option|idea|plan)\b|\b(?:is|are) out,? (?:we'?re|let'?s|go) back\b|\bhas (?:now )?decided (?:against|to drop|to go with the other)\b/,
    reason: 'Switching back to a choice dropped earlier, or "I know I said X, but…".',
    examples: {
      positive: [
        'I know I said black and white, but can we switch back to colour?',
        'The CEO changed her mind: we are back to the red one.',
      ],
      negative: ['We said Friday and Friday it is.'],
    },
  },
  {
    id: 'en.dissatisfied.misses',
    lang: 'en',
    signal: 'dissatisfied',
    pattern:
      /\bmiss(?:es|ed)? the mark\b|\boff the mark\b|\b(?:is|are|feels?|looks?|seems?|reads?) (?:a bit |really |very |quite |too |so |rather |pretty )?(?:weak|cramped|poor|bad|terrible|awful|off-brand|off brand|confusing|ugly|hard to read|unreadable|unusable|sloppy|careless|bland|generic|flat|uninspired|uninspiring|disappointing)\b|\b(?:want|demand|expect|request|asking for) (?:a |my |our )?(?:full )?(?:refund|money back)\b|\b(?:this|it) is (?:not|n'?t) (?:working|acceptable|good enough|what we paid for)\b|\bnot (?:at all )?(?:up to|what) (?:scratch|standard|we paid for)\b/,
    unless: /\bnot (?:that |too |so )?(?:bad|weak|poor)\b|\bif (?:it|this|anything)\b/,
    reason: 'The work misses the mark, reads weak, or the client wants a refund.',
    examples: {
      positive: [
        'The latest version misses the mark.',
        'The headlines are weak and the layout feels cramped.',
        'I want a refund.',
      ],
      negative: ['Not bad at all!'],
    },
  },
  {
    id: 'en.silence.follow-up',
    lang: 'en',
    signal: 'silence',
    pattern:
      /\bfollow(?:ing)? up (?:again|once more|for the (?:second|third|fourth|fifth|\d+(?:st|nd|rd|th)|umpteenth) time|on my (?:last|previous|earlier) (?:email|message|note|mail))\b|\b(?:second|third|fourth|another|final|last) (?:reminder|follow[- ]?up|nudge|chaser)\b|\b(?:just )?bumping (?:this|my|our|the)\b|\b(?:chasing|nudging) (?:you )?(?:again|once more|on this again)\b|\bany (?:news|update|word)s?\s*\?|\bhaven'?t (?:had|got|received) (?:a|any) (?:reply|response|answer|news)\b/,
    reason: 'Repeated follow-ups show the client is waiting for an answer.',
    examples: {
      positive: [
        'Following up for the third time on my message from the 2nd.',
        'Just bumping this up.',
        'Any news?',
      ],
      negative: ['I will follow up with the printer.'],
    },
  },
  {
    id: 'en.appreciation.star',
    lang: 'en',
    signal: 'appreciation',
    pattern:
      /\byou(?:'re| are) (?:a |an |such a |an absolute |a real )?(?:star|legend|lifesaver|life saver|genius|gem|rock ?star|hero|wizard|pro)\b|\bwent (?:down )?(?:really |so |very |incredibly |extremely )?well\b|\b(?:was|were) (?:a |an )?(?:real |huge |big |massive |instant )?(?:hit|success)\b|\brave reviews\b|\bloving (?:the|it|this|what|how|your)\b|\bgreat stuff\b|\bbeautifully (?:done|written|designed|made|executed)\b|\babove and beyond\b|\btop[- ]notch\b|\bwow\b/,
    unless:
      /\bnot (?:a |such a )?(?:hit|success)\b|\bdidn'?t go (?:down )?(?:so |very |too )?well\b|\bhope (?:it|this) went well\b/,
    reason: 'Praise in other words: "you\'re a star", "it went down really well", "above and beyond".',
    examples: {
      positive: [
        "You're a star, the presentation went down really well.",
        'Loving the direction so far!',
        'Thank you for going above and beyond.',
      ],
      negative: ["The launch didn't go so well."],
    },
  },
  {
    id: 'en.urgency.hours',
    lang: 'en',
    signal: 'urgency',
    pattern:
      /\bwithin (?:the )?(?:next )?(?:\d+|one|two|three|four|a few|a couple of|couple of) hours?\b|\bin the next (?:\d+|one|two|three|few|couple of) hours?\b|\b(?:due|deadline is|goes live|go live|launch(?:es)? is) (?:at midnight|tonight|today|in (?:an hour|\d+ hours))\b|\bas soon as you (?:can|are able|get this|see this|read this)\b|\b(?:still awake|are you up|you up)\s*\?/,
    unless: /\bno (?:rush|hurry)\b|\bwhenever\b/,
    reason: 'Hours, not days: "within the next two hours", "due at midnight", "as soon as you can".',
    examples: {
      positive: [
        'I need a fixed version within the next two hours.',
        'The submission is due at midnight.',
        'Please have a look as soon as you can.',
      ],
      negative: ['No rush, whenever you can.'],
    },
  },
  {
    id: 'en.payment.deferred',
    lang: 'en',
    signal: 'payment_delay',
    pattern:
      /\bpayments? (?:are |is |have been |has been )?(?:on pause|paused|put on pause|put on hold)\b|\bput (?:all |our )?(?:\w+ )?payments on (?:pause|hold)\b|\b(?:invoice|payment|it|bill) will (?:only )?be (?:processed|paid|settled|made|released|handled) (?:in|at the (?:start|beginning|end) of|after|early|late) (?:january|february|march|april|may|june|july|august|september|october|november|december|the new year|next (?:month|quarter|year)|q[1-4])\b|\b(?:can|could) only (?:pay|settle|transfer) (?:\d+ ?%|(?:half|part|a part|some|a portion)\b)|\bthe (?:rest|balance|remainder|remaining \w+) will (?:follow|come) (?:once|when|later|after|next)\b|\b(?:once|when|after) (?:our|my|the) (?:client|customer)s? (?:settles?|pays?|has paid|have paid|pay us|pays us)\b/,
    unless: /\b(?:as agreed|as planned|as usual|on time)\b/,
    reason: 'Payments paused, pushed to a later month, partial, or waiting for someone else to pay.',
    examples: {
      positive: [
        'Our finance team has put all payments on pause, so your invoice will be processed in January.',
        'We can only pay 50% of the final invoice for now.',
        'The rest will follow once our client settles their bill.',
      ],
      negative: ['The invoice will be paid within the usual 30 days.'],
    },
  },
  {
    id: 'en.price.budget-fit',
    lang: 'en',
    signal: 'price_pushback',
    pattern:
      /\b(?:not|isn'?t|is not|doesn'?t fit|does not fit|won'?t fit|can'?t fit) (?:\w+ ){0,2}(?:in|into|within) (?:our|my|the) budget\b|\bstretch (?:our|my) budget\b|\b(?:agree|settle|meet|go|do it|do this|do the (?:job|project|work)|land) (?:on|for|at) (?:something like |around |about )?[$€£]\s?\d|\b(?:agree|settle) on \d[\d,.\s]*(?:k|€|\$|£|eur|euros|dollars)?\b|\b(?:of course|obviously|naturally|surely|but) (?:at|for) the same (?:price|rate|fee|budget|cost)\b|\bno (?:extra|additional) (?:cost|charge|fee)\b|\bwithout (?:raising|increasing|changing) the (?:price|fee|rate|quote)\b|\blook elsewhere\b|\bshop around\b|\b(?:a )?competitor (?:offered|quoted|charges|proposed|is offering)\b|\bfor (?:much |a lot |way )?less\b/,
    unless: /\b(?:deadline|timeline|schedule)\b/,
    reason: 'The price does not fit the budget, the same price for more work, or a cheaper competitor.',
    examples: {
      positive: [
        '4,000 is simply not in our budget.',
        'Could we agree on 2,500 for the same scope?',
        'And of course at the same price.',
        'A competitor offered us the same service for much less.',
      ],
      negative: ['We confirm the second phase at the same rate as the first.', 'The quote fits our budget.'],
    },
  },
  {
    id: 'en.aggressive.mockery',
    lang: 'en',
    signal: 'aggressive',
    pattern:
      /\bhow hard (?:can it be|is it)\b|\bmy (?:\w+ )?(?:nephew|niece|kid|son|daughter|grandma|granny|intern|dog|cat|\d+[- ]year[- ]old)\b[^.?!]{0,20}\b(?:could|can|would) (?:do|have done) (?:better|it|this|that)\b|\ba (?:child|kid|monkey|five[- ]year[- ]old) could (?:do|have done)\b|\bexpect to hear from (?:our|my) (?:lawyer|solicitor|attorney|legal)\b|\bdisgrace\b|\b(?:i|we)(?:'ll| will| shall)? sue\b|\bsue (?:you|the company)\b/,
    reason:
      'Mockery and threats: "how hard can it be?", "my nephew could do better", "expect to hear from our lawyer".',
    examples: {
      positive: [
        'How hard can it be to align two buttons?',
        'My nephew could do better.',
        'Expect to hear from our lawyer.',
      ],
      negative: ['How hard would it be to add a page, and what would it cost?'],
    },
  },
  {
    id: 'en.indecision.revisit',
    lang: 'en',
    signal: 'indecision',
    pattern:
      /\b(?:i|we) know (?:i|we) (?:signed off|validated|settled on|went with|approved|agreed)\b|\b(?:signed off on|approved|validated|agreed on|picked|chose|went with)\b[^.?!]{0,50}\bbut (?:now|the \w+ now|\w+ now|actually)\b|\b(?:now|suddenly) (?:wants?|prefers?|would (?:like|rather)) (?:a |an |the )?(?:completely |totally |entirely )?(?:different|new|other)\b|\b(?:forget|scrap|drop|ditch|cancel) the [^.?!]{0,40}\b(?:we|i) (?:discussed|talked about|agreed|planned|mentioned|asked for)\b|\bcan we revisit\b/,
    reason: 'Reopening something already approved ("I know we signed off, but…").',
    examples: {
      positive: [
        'I know we signed off on the wireframes, but the director now wants a completely different navigation.',
        'Forget the video intro we discussed yesterday.',
      ],
      negative: ['We signed off on the wireframes, please go ahead.'],
    },
  },
  {
    id: 'en.dissatisfied.let-down',
    lang: 'en',
    signal: 'dissatisfied',
    pattern:
      /\blet (?:us|me|the team|our \w+) (?:down|badly down)\b|\b(?:errors?|bugs?|broken|crash(?:es|ing)?|failing|fails|down|wrong) again\b|\bagain (?:broken|down|wrong|failing)\b|\black(?:s|ing)? (?:of )?(?:consistency|quality|polish|care|clarity|coherence|professionalism|attention to detail)\b|\bwe regret to (?:inform|say|tell)\b|\bhow hard (?:can it be|is it)\b|\b(?:could|can|would) (?:do|have done) (?:a )?better (?:job)?\b/,
    unless: /\bnever let (?:us|me) down\b|\bdidn'?t let (?:us|me) down\b/,
    reason: 'Let down, errors again, lack of quality: the client is unhappy with the work.',
    examples: {
      positive: [
        'You let us down completely.',
        'The checkout is throwing errors again.',
        'The logo variations lack consistency.',
      ],
      negative: ['You never let us down.'],
    },
  },
  {
    id: 'en.silence.still-no-answer',
    lang: 'en',
    signal: 'silence',
    pattern:
      /\bstill (?:have |got )?no (?:answer|reply|response|news|word|update)\b|\b(?:it'?s|it has) been (?:\w+ ){1,3}since (?:my|our|the) (?:last|previous|first) (?:email|message|mail|call|reminder)\b|\b(?:been|being|was|were) (?:so |very |rather |a bit |really )?(?:quiet|silent|unresponsive|hard to reach|unreachable|slow to (?:reply|respond|get back))\b|\bsorry (?:we'?ve|we have|i'?ve|i have) been (?:so |very )?(?:quiet|silent|slow|mia|awol)\b/,
    unless:
      /\b(?:the|our) (?:office|market|street|week|weekend|period) (?:has been|was|is) (?:so |very )?quiet\b/,
    reason: 'No answer for a while, or the client apologises for having been quiet.',
    examples: {
      positive: [
        "It's been ten days since my last email and I still have no answer.",
        "Sorry we've been so quiet, the project was on hold.",
      ],
      negative: ['The office has been quiet this week.'],
    },
  },
  {
    id: 'en.appreciation.turned-out',
    lang: 'en',
    signal: 'appreciation',
    pattern:
      /\b(?:came out|turned out|come out|coming along|shaping up) (?:really |so |very |just )?(?:beautifully|great|perfectly|nicely|brilliantly|amazing|wonderfully|well|fantastic)\b|\b(?:great|good|nice|fantastic|amazing|excellent|solid) progress\b|\b(?:loves?|loved|adores?|adored) (?:it|them|this|these|the (?:\w+ )?(?:design|result|logo|site|work|copy|video|photos|banners|visuals|illustrations))\b|\b(?:hard|great|excellent|amazing|careful|thoughtful) work\b/,
    unless:
      /\bwould love\b|\b'd love\b|\bnot (?:\w+ )?(?:love|progress)\b|\bhasn'?t (?:come out|turned out)\b/,
    reason: 'The work "came out beautifully", "great progress", "everyone loves them".',
    examples: {
      positive: [
        'The banners came out beautifully, everyone in the office loves them.',
        'Great progress!',
        'Thank you for the hard work!',
      ],
      negative: ['We would love it if you could call.'],
    },
  },
  {
    id: 'en.scope.plus-one',
    lang: 'en',
    signal: 'scope_creep',
    pattern:
      /\b(?:one|an) (?:more|extra|additional) (?!(?:day|days|week|weeks|hour|hours|minute|minutes|time|question|questions|thing|point|detail|info|round of (?:feedback|comments)|reminder|try|look|chance|call)\b)\w+|\bplus (?:a|an|the) (?:matching|new|second|separate|extra|few|couple of|short|quick)\b|\bas well as (?:a|an) (?:new|matching|second|separate|extra)\b|\b(?:redo|redone|rework|reworked|adapt|adapted|resize|resized) (?:\w+ ){0,4}(?:in|for|to) (?:the )?(?:new|other|all (?:our|the))\b/,
    unless: /\b(?:quote|estimate|how much|invoice)\b/,
    reason: '"One extra slide", "plus a matching banner": another deliverable on top of the job.',
    examples: {
      positive: [
        'The client wants one extra slide added to the deck.',
        'Our CEO would like the cover redone in the new brand colours, plus a matching LinkedIn banner.',
      ],
      negative: ['We need one more day to review.', 'Could you send an extra copy of the invoice?'],
    },
  },
  {
    id: 'en.payment.blocked',
    lang: 'en',
    signal: 'payment_delay',
    pattern:
      /\b(?:won'?t|will not|can'?t|cannot|not|unable to) (?:be able to )?(?:settle|pay|process|release|approve|validate|sign off) (?:it|the invoice|this invoice|your invoice|the payment|this|the bill)? ?(?:before|until|without|till)\b|\b(?:can'?t|cannot|won'?t) (?:approve|process|validate|sign off) (?:the |your |this )?(?:invoice|payment)\b/,
    unless: /\b(?:as agreed|on time)\b/,
    reason: 'The invoice cannot be settled or approved before some later date or condition.',
    examples: {
      positive: [
        "We won't be able to settle it before the end of next month.",
        "I can't approve it until I see the timesheet breakdown.",
      ],
      negative: ['We paid it on time.'],
    },
  },
  {
    id: 'en.dissatisfied.repeated',
    lang: 'en',
    signal: 'dissatisfied',
    pattern:
      /\b(?:missed|slipped|late|blown) (?:deadlines|deliveries|dates|milestones)\b|\bconstant (?:delays|mistakes|errors|excuses|bugs|problems|issues)\b|\b(?:delays?|mistakes|errors|bugs|failures|problems) (?:again|in a row|after (?:delays?|mistakes))\b|\b(?:delays|mistakes|errors|bugs|failures|problems|misses|excuses) in a row\b|(?:\bnot|n't|\bhardly|\bbarely) (?:look(?:ing)? |any |much )?(?:much |any )?better\b|\binconsistent\b|\bstill look(?:s)? (?:like )?(?:clip[- ]?art|amateur\w*|cheap|dated|the same|wrong|off)\b|\blooks? like (?:it'?s |it was )?(?:from|made in) (?:19|20)\d\d\b|\bnot what we paid for\b/,
    unless: /\bcouldn'?t be better\b|\bnot inconsistent\b/,
    reason: 'Repeated misses, work no better than before, inconsistent or dated.',
    examples: {
      positive: [
        'Three missed deadlines in a row.',
        "The second round doesn't look much better than the first.",
        'The spacing is inconsistent.',
        "It looks like it's from 2005.",
      ],
      negative: ['We won three awards in a row with your campaign.', 'It could not be better, thanks!'],
    },
  },
  {
    id: 'en.silence.tried',
    lang: 'en',
    signal: 'silence',
    pattern:
      /\b(?:left|sent) (?:you )?(?:a couple of|a number of|two|three|several|a few|multiple|\d+) (?:voicemails|voice messages|messages|emails|texts|mails)\b|\b(?:emailed|called|messaged|texted|pinged|written to) (?:you )?(?:twice|three times|several times|multiple times|again and again|a few times)\b|\b(?:dropp(?:ing|ed)|fell|falling|gone) off the (?:radar|map|grid)\b|\bdisappear(?:ed|ing) (?:for a while|on you)\b/,
    reason: 'Several unanswered calls or emails, or the client apologising for dropping off the radar.',
    examples: {
      positive: [
        "I've left you a couple of voicemails this week and emailed twice.",
        'Apologies for dropping off the radar for a while.',
      ],
      negative: ['I left the files on the drive.'],
    },
  },
  {
    id: 'en.urgency.hinges',
    lang: 'en',
    signal: 'urgency',
    pattern:
      /\beverything (?:hinges|depends|rides|hangs) on (?:it|this|that)\b|\bbefore (?:tomorrow|monday|tonight)'?s? (?:launch|meeting|presentation|deadline|event|show|demo|call|pitch)\b/,
    reason: '"Everything hinges on it", "before Monday\'s launch": the client is under immediate pressure.',
    examples: {
      positive: ["Could you push the hotfix before Monday's launch? Everything hinges on it."],
      negative: ['The launch is planned for March.'],
    },
  },
  {
    id: 'en.price.percent-off',
    lang: 'en',
    signal: 'price_pushback',
    pattern:
      /\b(?:knock|take|shave|cut|give us) (?:\d+ ?%|\d+|a (?:bit|few (?:hundred|euros|dollars|quid))|something) off\b|\b\d+ ?% off (?:the|your)\b|\b(?:rates?|prices?|fees?|quotes?) (?:have|has) (?:gone up|increased|risen|doubled|gone through the roof)\b|\bat (?:this|that|these|those) (?:price|rate|prices|rates)\b/,
    reason:
      '"Knock 20% off", "your rates have gone up", "at this price": the client pushes back on the price.',
    examples: {
      positive: [
        'I was hoping you could knock 20% off the total.',
        'Your rates have gone up a lot since last year.',
        "We can't keep working together at this price.",
      ],
      negative: ['Please knock on the door when you arrive.'],
    },
  },
  {
    id: 'en.dissatisfied.told-you',
    lang: 'en',
    signal: 'dissatisfied',
    pattern:
      /\b(?:told|asked|reminded|shown) you (?:two|three|four|five|six|ten|\d+|several|multiple|many|a (?:dozen|hundred|million)) times\b|\bhow many times (?:do|must|will|have)\b|\bare you even (?:reading|listening|looking|paying attention)\b/,
    reason: 'Repeating the same instruction many times: the client is fed up.',
    examples: {
      positive: [
        "I've told you FIVE times the logo goes top left.",
        'How many times do I have to ask?',
        'Are you even reading my emails?',
      ],
      negative: ['I told you about the meeting.'],
    },
  },
  {
    id: 'en.aggressive.told-you',
    lang: 'en',
    signal: 'aggressive',
    pattern:
      /\bare you even (?:reading|listening|looking|paying attention)\b|\bhow many times do i (?:have|need) to\b|\b(?:told|asked) you (?:five|ten|\d+|a (?:dozen|hundred|million)) times\b/,
    reason: 'Exasperated reproach: "are you even reading my emails?".',
    examples: {
      positive: ['Are you even reading my emails?'],
      negative: ['Are you reading the brief this week?'],
    },
  },
  {
    id: 'en.indecision.again',
    lang: 'en',
    signal: 'indecision',
    pattern:
      /\bscratch (?:my|our|the) (?:last|previous|earlier) (?:message|email|note|request|mail)\b|\b(?:originally|initially|at first) (?:we |i )?(?:wanted|asked for|chose|picked|agreed on|went for)\b[^.?!]{0,80}\b(?:then|now|but)\b|\b(?:wants?|prefers?|would like|are back to|is back to) [^.?!]{0,30}\bagain\b(?!,? (?:please|thanks))/,
    unless: /\b(?:thanks|thank you) again\b|\bsee you again\b|\bwork with you again\b/,
    reason: 'Going back and forth: "scratch my last message", "now the board wants minimal again".',
    examples: {
      positive: [
        'Scratch my last message: we keep the old pricing page.',
        'We originally wanted a minimal style, then bold colours, and now the board wants minimal again.',
      ],
      negative: ['We would like to work with you again.'],
    },
  },
  {
    id: 'en.appreciation.difference',
    lang: 'en',
    signal: 'appreciation',
    pattern:
      /\bgame[- ]?changer\b|\bcan'?t thank you enough\b|\bmade (?:a|all the|such a|a real|a huge|a big) difference\b|\b(?:signups|sales|leads|conversions|traffic|bookings|downloads) (?:have )?(?:doubled|tripled|soared|skyrocketed|jumped)\b/,
    reason: 'Praise through results: "a game changer", "signups doubled", "can\'t thank you enough".',
    examples: {
      positive: [
        'The new onboarding flow is a game changer, our signups doubled.',
        "Can't thank you enough.",
      ],
      negative: ['Sales dropped this month.'],
    },
  },
  {
    id: 'en.payment.short',
    lang: 'en',
    signal: 'payment_delay',
    pattern:
      /\b(?:short|low|tight) on (?:cash|funds|money)\b|\bcash is (?:tight|short|low)\b|\buntil (?:the |our )?(?:grant|funding|funds|investment|loan|money) (?:money )?(?:arrives?|comes? in|is released|lands)\b/,
    reason: 'Short on cash until some money arrives: payment will wait.',
    examples: {
      positive: ["We're short on cash until the grant money arrives in February."],
      negative: ['The grant arrived, we paid everyone.'],
    },
  },
  {
    id: 'en.urgency.short-notice',
    lang: 'en',
    signal: 'urgency',
    pattern:
      /\b(?:sorry|apologies) for the (?:short|late) notice\b|\bat (?:such )?short notice\b|\b(?:got|was|has been) moved to (?:\d{1,2}(?::\d\d)? ?(?:am|pm)|first thing|early) (?:tomorrow|today|tonight)\b|\bneed (?:it|this|them|the \w+) (?:first thing|at the crack of dawn)\b/,
    reason: '"Sorry for the short notice", "moved to 8am tomorrow": a deadline suddenly very close.',
    examples: {
      positive: [
        "The board meeting got moved to 8am tomorrow, so I'll need the deck first thing. Sorry for the short notice!",
      ],
      negative: ['The meeting was moved to next month.'],
    },
  },
  {
    id: 'en.payment.run',
    lang: 'en',
    signal: 'payment_delay',
    pattern:
      /\bpayment (?:run|cycle|batch) (?:was |has been |got )?(?:skipped|missed|delayed|postponed|cancelled|canceled)\b|\b(?:go|be|fall|land) (?:in|into) (?:the|our) (?:next|january|february|march|april|may|june|july|august|september|october|november|december) (?:payment )?(?:run|cycle|batch)\b|\b(?:only )?pay (?:our )?(?:suppliers|vendors|freelancers|contractors|invoices) (?:at|after|on) (?:45|60|90|120) days\b|\b(?:45|60|90|120)[- ]day (?:payment )?terms\b/,
    reason: 'A skipped payment run, or long payment terms imposed by the client.',
    examples: {
      positive: [
        'Our payment run was skipped this month, so your invoice will go in the January run.',
        'We only pay suppliers at 90 days, that is our policy.',
      ],
      negative: ['The payment run went out this morning.'],
    },
  },
  {
    id: 'en.price.why-pay',
    lang: 'en',
    signal: 'price_pushback',
    pattern:
      /\bwhy (?:would|should) (?:we|i) pay\b|\b(?:can|could) (?:get|buy|find) (?:a|an|one|it|this|something similar|the same) (?:\w+ ){0,3}for (?:only |just )?[$€£]?\s?\d+ ?(?:dollars|euros|bucks|quid)?\b[^.?!]{0,20}\b(?:online|elsewhere|on fiverr|on upwork)\b|\bwithin (?:the |our )?(?:current|existing|same|original|agreed) (?:budget|quote|price|fee|envelope)\b|\bfor the same (?:budget|money)\b/,
    reason: '"Why would we pay…?", "a template for 49 dollars online", "within the current budget".',
    examples: {
      positive: [
        'We can get a template for 49 dollars online. Why would we pay 2,000 for a custom design?',
        'Would that be possible within the current budget?',
      ],
      negative: ['We will pay the invoice within 30 days.'],
    },
  },
  {
    id: 'en.aggressive.last-straw',
    lang: 'en',
    signal: 'aggressive',
    pattern:
      /\b(?:the )?last straw\b|\bescalat(?:e|ing) (?:this|it|the matter) to (?:your|the|my) (?:manager|boss|director|management|supervisor|ceo)\b|\b(?:ignored|disregarded) (?:every|all|each|every single one of|most of) (?:my|our)\b/,
    reason: '"This is the last straw", "escalating this to your manager", "you ignored every comment".',
    examples: {
      positive: [
        "This is the last straw. You've ignored every single one of my comments. I'm escalating this to your manager.",
      ],
      negative: ['We can discuss this with my manager on Monday.'],
    },
  },
  {
    id: 'en.dissatisfied.not-there',
    lang: 'en',
    signal: 'dissatisfied',
    pattern:
      /\b(?:just )?(?:isn'?t|is not|aren'?t|are not|not) there yet\b|\b(?:the )?work (?:so far )?(?:just )?(?:isn'?t|is not) there\b|\b(?:rethink|reconsider|reconsidering|rethinking) (?:whether|if) (?:to|we should) continue\b|\b(?:ignored|disregarded) (?:every|all|each|every single one of|most of) (?:my|our) (?:comments|feedback|notes|requests|emails|remarks)\b|\blast straw\b|\bfull of (?:jargon|cliches|fluff)\b/,
    reason: 'The work "isn\'t there yet", comments ignored, continuing in doubt.',
    examples: {
      positive: ["The work so far just isn't there. We're going to have to rethink whether to continue."],
      negative: ['Is the designer there yet?'],
    },
  },
  {
    id: 'en.indecision.rethinking',
    lang: 'en',
    signal: 'indecision',
    pattern:
      /\b(?:rethinking|reconsidering|rethink|reconsider|revisiting|questioning) (?:the |our )?(?:whole|entire|overall)\b|\bhold off (?:on )?[^.?!]{0,40}\buntil (?:we|they|the \w+) (?:decide|make up|have decided|figure)\b|\b(?:still|not yet) (?:decided|deciding|sure which)\b|\b(?:haven'?t|have not) (?:decided|made up our minds?) yet\b|\bback to the [^.?!]{0,30}\bwe had (?:originally|initially|at first|before)\b/,
    reason: 'The client is rethinking the whole thing or has not decided: direction may change.',
    examples: {
      positive: [
        "We're rethinking the whole colour scheme. Can you hold off on the print files until we decide?",
      ],
      negative: ['We decided to go ahead with the blue.'],
    },
  },
  {
    id: 'en.appreciation.pleasure',
    lang: 'en',
    signal: 'appreciation',
    pattern:
      /\b(?:it'?s|it has|has) been a (?:real |true |great |absolute |genuine )?pleasure\b|\b(?:really |truly |so )?appreciated (?:your|the|how|all|it|everything)\b|\b(?:great|good|strong|promising|fantastic|excellent) (?:start|first draft|first pass|first round|beginning)\b/,
    unless: /\bwould (?:have )?(?:be )?appreciated\b|\bnot (?:a )?(?:great|good) start\b/,
    reason: '"It\'s been a real pleasure", "we appreciated your patience", "great start!".',
    examples: {
      positive: ['We appreciated your patience and creativity. It has been a real pleasure.', 'Great start!'],
      negative: ['Not a great start, sadly.'],
    },
  },
  {
    id: 'en.dissatisfied.complaints',
    lang: 'en',
    signal: 'dissatisfied',
    pattern:
      /\b(?:customers|clients|users|people|everyone|visitors|our team|staff) (?:are|is|keep|have been) (?:complaining|unhappy|confused|frustrated)\b|\bcomplaints? (?:from|about)\b|\bredo (?:it|this|them|everything) (?:properly|correctly|right|from scratch)\b|\bdo it (?:properly|right) this time\b|\bconverts? worse\b|\bsomething is (?:off|wrong|broken)\b/,
    reason: "Complaints from the client's customers, or a demand to redo the work properly.",
    examples: {
      positive: ['Need this fixed asap, customers are complaining.', "Redo it properly or don't bother."],
      negative: ['Customers are happy with the new checkout.'],
    },
  },
  {
    id: 'en.aggressive.dont-bother',
    lang: 'en',
    signal: 'aggressive',
    pattern:
      /\bwho told you (?:this|that|it) (?:was|is)\b|\bor (?:just )?don'?t bother\b|\bdon'?t bother (?:sending|coming back|replying|answering|calling)\b|\bwhat were you thinking\b|\bwhat is (?:this|that) (?:supposed to be|mess)\b/,
    reason: 'Contempt: "who told you this was acceptable?", "or don\'t bother".',
    examples: {
      positive: ["Who told you this was acceptable? Redo it properly or don't bother sending anything else."],
      negative: ['Who told you about the launch date?'],
    },
  },
  {
    id: 'en.indecision.flip-flop',
    lang: 'en',
    signal: 'indecision',
    pattern:
      /\bflip[- ]?flop\w*\b|\b(?:ignore|disregard|forget) (?:yesterday'?s|this morning'?s|my earlier|the (?:last|previous|earlier)) (?:email|message|mail|note|request)\b|\bwe (?:keep|kept) going back and forth\b|\bwaffl(?:e|ed|ing)\b/,
    reason: '"We flip-flopped again", "ignore yesterday\'s email": the decision changed.',
    examples: {
      positive: ["So sorry, we flip-flopped again: the logo stays blue. Please ignore yesterday's email."],
      negative: ['Thanks for yesterday’s email.'],
    },
  },
  {
    id: 'en.silence.anyone',
    lang: 'en',
    signal: 'silence',
    pattern:
      /\bis (?:anyone|anybody|someone) (?:there|reading|home)\b|\b(?:zero|no) (?:replies|responses|answers|reaction)\b|\b(?:hello|hellooo+)\s*\?\s*\?/,
    reason: '"Is anyone there? Three emails, zero replies."',
    examples: {
      positive: ['Hello?? Is anyone there? Three emails, zero replies.'],
      negative: ['Hello, is the file there?'],
    },
  },
  {
    id: 'en.payment.hit-account',
    lang: 'en',
    signal: 'payment_delay',
    pattern:
      /\b(?:money|payment|transfer|funds|it) (?:should|will|might|may) (?:hit|reach|land in|arrive in|be in) your account (?:sometime |some time |only )?(?:next|in|after|by the end of)\b|\b(?:things|money|cash|budget|finances) (?:are|is) (?:a bit |a little |quite |very |really )?tight\b/,
    reason: 'The money will only arrive next month, or things are tight.',
    examples: {
      positive: ['The money should hit your account sometime next month, things are a bit tight right now.'],
      negative: ['The money should hit your account tomorrow.'],
    },
  },
  {
    id: 'en.price.room',
    lang: 'en',
    signal: 'price_pushback',
    pattern:
      /\b(?:any |some )?room (?:to (?:move|manoeuvre|maneuver|negotiate)|for (?:negotiation|manoeuvre))\b|\bsame (?:price|rate|budget|fee)\b(?:,? (?:ok|okay|right|correct|yes|please)\b|\s*\?)|\bpaid for \d+ (?:\w+ ){0,2}(?:but|and) (?:we'?d like|we want|we need|now) \d+\b/,
    unless: /\b(?:deadline|date|schedule|timeline)\b/,
    reason: '"Any room to move on that?", "same price ok?": bargaining on the price.',
    examples: {
      positive: ['Any room to move on that?', "We paid for 5 pages but we'd like 8 now, same price ok?"],
      negative: [
        'We confirm the second phase at the same rate as the first.',
        'Any room to move the deadline?',
      ],
    },
  },
  {
    id: 'en.scope.more-than-paid',
    lang: 'en',
    signal: 'scope_creep',
    pattern:
      /\bpaid for \d+ (?:\w+ ){0,2}(?:but|and) (?:we'?d like|we want|we need|now) \d+\b|\b(?:we'?d like|we want|we need) \d+ (?:now|instead) (?:instead of|rather than|not) \d+\b/,
    reason: 'More units than were paid for: "we paid for 5 pages but we\'d like 8".',
    examples: {
      positive: ["We paid for 5 pages but we'd like 8 now."],
      negative: ['We paid for 5 pages and got 5.'],
    },
  },
  {
    id: 'en.urgency.sooner',
    lang: 'en',
    signal: 'urgency',
    pattern:
      /\b(?:bump|move|bring|pull) (?:it|this|the \w+|delivery|the deadline) (?:up|forward)\b|\bearlier than (?:planned|agreed|expected|scheduled)\b|\b(?:instead of|rather than) (?:friday|thursday|next week|the \d+)\b[^.?!]{0,40}\bearlier\b|\bby (?:noon|midday|lunch(?:time)?)\b(?! (?:on |next |this )?(?:mon|tues|wednes|thurs|fri|satur|sun)day)|\bclose (?:early|at \d+) today\b/,
    needsAsk: false,
    reason: 'Bringing the deadline forward, or work needed by noon: a shorter deadline than agreed.',
    examples: {
      positive: [
        'Can we bump the delivery up to Wednesday instead of Friday?',
        'Can you make sure the proofs reach the printer by noon?',
      ],
      negative: ['Can we move the delivery to next month?'],
    },
  },
  {
    id: 'en.payment.conditional',
    lang: 'en',
    signal: 'payment_delay',
    pattern:
      /\b(?:we'?d|we would|we'?ll|we will|i'?d|i'?ll) (?:only )?pay (?:it |you )?(?:once|when|after) (?:the )?(?:project|work|site|job|app|launch|everything)\b|\b(?:invoice|payment) reminders\b|\bkeep (?:getting|receiving) (?:your )?(?:invoice |payment )?reminders\b/,
    reason: 'Payment held until some later condition, or the client resents the reminders.',
    examples: {
      positive: [
        "I keep getting your invoice reminders. We told you we'd pay once the project is signed off.",
      ],
      negative: ['We will pay the invoice on Friday.'],
    },
  },
  {
    id: 'en.scope.assumed-included',
    lang: 'en',
    signal: 'scope_creep',
    pattern:
      /\b(?:assumed|thought|figured|understood|expected) (?:that |this |it )?(?:was|were|would be|is) (?:part of|included in|in|covered by) (?:the )?(?:mvp|quote|scope|package|project|price|deal|contract|offer|plan)\b|\b(?:could|can|would) you (?:also )?add (?!(?:the|a|an|my|our|your|some|this|that)\b)\w+ \w+[^.?!]{0,40}\band\b/,
    unless: /\b(?:invoice|po number|vat|receipt)\b/,
    reason: '"I assumed that was part of the MVP": work the client thought was included.',
    examples: {
      positive: [
        'Could you add user accounts, a dashboard and payments? I assumed that was part of the MVP.',
      ],
      negative: ['Could you add my colleague to the thread?'],
    },
  },
  {
    id: 'en.price.assumed-included',
    lang: 'en',
    signal: 'price_pushback',
    pattern:
      /\b(?:assumed|thought|figured|understood|expected) (?:that |this |it )?(?:was|were|would be|is) (?:part of|included in|covered by) (?:the )?(?:mvp|quote|price|package|deal|contract|offer|fee)\b|\babove (?:the )?market (?:rate|price|average)?\b|\b(?:we )?pay (?:freelancers|contractors|designers|developers) (?:\w+ )?\d+ (?:max|maximum|tops|at most)\b/,
    reason: 'Expecting extra work within the price, or a rate said to be above market.',
    examples: {
      positive: [
        'I assumed that was part of the MVP.',
        'Your day rate of 700 is above market. We pay freelancers 450 max.',
      ],
      negative: ['The launch is above expectations.'],
    },
  },
  {
    id: 'en.dissatisfied.hated',
    lang: 'en',
    signal: 'dissatisfied',
    pattern:
      /\b(?:hated|hates|hate|disliked|dislikes|didn'?t like|doesn'?t like|don'?t like|did not like|does not like|can'?t stand) (?:the|it|them|this|that|your|how|what)\b/,
    unless: /\b(?:hate|don'?t like) to (?:ask|bother|do this|rush|say)\b|\bwouldn'?t\b/,
    reason: 'The client or their boss dislikes the work.',
    examples: {
      positive: ['The CEO hated the new colours.', "I don't like the font."],
      negative: ['I hate to ask, but could you send it?'],
    },
  },
  {
    id: 'en.silence.waiting',
    lang: 'en',
    signal: 'silence',
    pattern:
      /\b(?:i'?m|i am|we'?re|we are|i'?ve been|we'?ve been) still waiting (?:for|on)\b|\b(?:it'?s|it has) been (?:a|one|two|three|four|several|\d+) (?:weeks?|months?|fortnight)(?: now)?\s*(?:[.!]|$)/,
    unless:
      /\bstill waiting (?:for|on) (?:the|our) (?:printer|client|board|photographer|bank|developer|supplier)\b/,
    reason: '"Still waiting on…", "it\'s been a month": the client has been kept waiting.',
    examples: {
      positive: ["We're still waiting on the refund for the cancelled workshop. It's been a month."],
      negative: [
        'The photographer is still waiting for the shot list.',
        "It's been a month since launch and traffic is steady.",
        "We're still waiting for the printer, nothing to do on your side.",
      ],
    },
  },
  {
    id: 'en.price.a-bit-much',
    lang: 'en',
    signal: 'price_pushback',
    pattern:
      /\b(?:seems?|feels?|is|sounds?) (?:like )?(?:a bit|a little|a tad|rather|way) (?:much|high|steep|pricey)\b|\b(?:do|make) (?:it|this|that|them|the job|the project|everything) for (?:only |just )?[$€£]?\s?\d[\d,.]*\s*(?:k|€|\$|£|euros|dollars)?\s*\?/,
    reason: '"Seems a bit much", "could you do it for 800?": a counter-offer on the price.',
    examples: {
      positive: ['1,200 for three illustrations seems a bit much to us. Could you do it for 800?'],
      negative: ['Could you do it for Monday?'],
    },
  },
  {
    id: 'en.dissatisfied.fed-up',
    lang: 'en',
    signal: 'dissatisfied',
    pattern:
      /\b(?:fed up|sick (?:and tired )?of|had enough of)\b|\b(?:comes?|came|coming) back with (?:new |more |even more )?(?:mistakes|errors|bugs|problems|issues|typos)\b|\b(?:new|more|fresh) (?:mistakes|errors|typos) (?:every|each) time\b|\bi'?m the one who has to (?:catch|fix|check)\b/,
    reason: '"I\'m fed up", "every version comes back with new mistakes".',
    examples: {
      positive: ["Frankly I'm fed up. Every version comes back with new mistakes."],
      negative: ['The version came back from the printer.'],
    },
  },
  {
    id: 'en.silence.chasing',
    lang: 'en',
    signal: 'silence',
    pattern:
      /\b(?:been )?chasing (?:you|this|it|an answer|a reply)\b|\b(?:please|kindly|pls) (?:reply|respond|answer|get back to me)\s*[.!]/,
    reason: '"I\'ve been chasing you for two weeks. Please reply."',
    examples: {
      positive: ["I've been chasing you for the source code for two weeks now. Please reply."],
      negative: ['Please reply to all when you send the files, so my team sees them.'],
    },
  },
  {
    id: 'en.urgency.drop-everything',
    lang: 'en',
    signal: 'urgency',
    pattern:
      /\bin (?:\d+|one|two|three|a couple of|a few|an) hours?\b(?! (?:of|per|a) )|\bdrop (?:whatever|everything|what) you'?re doing\b|\b(?:arrive|arrives|start|starts|begins?|lands?|is due) in (?:\d+|one|two|a couple of|a few|an) (?:hours?|minutes)\b/,
    unless: /\b(?:i|we)(?:'ll| will) (?:send|do|call|have)\b[^.?!]*\bin (?:\d+|one|two|a few|an) hours?\b/,
    reason: '"The investors arrive in two hours", "drop whatever you\'re doing": the deadline is hours away.',
    examples: {
      positive: [
        "The investors arrive in two hours and the demo still crashes. Drop whatever you're doing and fix it.",
      ],
      negative: ["I'll send it in two hours."],
    },
  },
  {
    id: 'en.dissatisfied.still-broken',
    lang: 'en',
    signal: 'dissatisfied',
    pattern:
      /\bstill (?:crashes|crashing|fails|failing|buggy|glitchy|slow|freezes|freezing|throws errors)\b|\btoo many (?:typos|mistakes|errors|bugs|issues|problems)\b|\bexpected (?:a |an )?(?:cleaner|better|more polished|more professional|higher[- ]quality|more careful)\b/,
    reason: 'Still crashing, too many typos, expected a cleaner deliverable.',
    examples: {
      positive: [
        'The demo still crashes.',
        'The copy has too many typos. We expected a cleaner deliverable.',
      ],
      negative: ['The demo runs smoothly now.'],
    },
  },
  {
    id: 'en.payment.piling-up',
    lang: 'en',
    signal: 'payment_delay',
    pattern:
      /\b(?:invoices|bills|payments) (?:are|have been) piling up\b|\b(?:will be|gets?|get) (?:paid|settled|processed) (?:as soon as|once|when) (?:we|our|the|i)\b|\b(?:hours|amount|charges|total|figures?|days) (?:on|in) (?:this|the|your) invoice (?:are|is) (?:inflated|wrong|padded|excessive|incorrect)\b|\binflated (?:invoice|hours|bill)\b|\bovercharg\w+\b|\bpadd(?:ed|ing) (?:the )?(?:hours|invoice|bill)\b/,
    unless: /\b(?:as agreed|as usual|on time)\b/,
    reason: 'Invoices piling up, paid "as soon as we…", or the invoice disputed as inflated.',
    examples: {
      positive: [
        'Invoices are piling up. Yours will be paid as soon as we hire someone.',
        'The hours on this invoice are inflated and you know it.',
      ],
      negative: ['Invoices are paid on time, as usual.'],
    },
  },
  {
    id: 'en.aggressive.fool',
    lang: 'en',
    signal: 'aggressive',
    pattern:
      /\b(?:take|taking|treat|treating) (?:me|us) (?:for|like) (?:a |an )?(?:fool|fools|idiot|idiots|mug|sucker|cash cow)\b|\band you know it\b|\byou think (?:i'?m|we'?re) (?:stupid|an idiot|idiots|fools?)\b|\binflated (?:invoice|hours|bill)\b/,
    reason: '"Don\'t take me for a fool", "and you know it": accusation.',
    examples: {
      positive: ["Don't take me for a fool. The hours are inflated and you know it."],
      negative: ['Take me through the plan on Monday.'],
    },
  },
  {
    id: 'en.indecision.new-plan',
    lang: 'en',
    signal: 'indecision',
    pattern:
      /\bnew plan\b|\bplan b\b|\b(?:we'?re|we are|i'?m|i am) not (?:launching|doing|going with|using|building|keeping|running) [^.?!]{0,40}\banymore\b|\bno longer (?:need|want|launching|doing|going with|using)\b|\blet'?s (?:pause|shelve|park|put on hold) (?:the|this|that|all)\b/,
    reason: '"New plan: we\'re not launching in January anymore": the direction changed.',
    examples: {
      positive: [
        "Ok, new plan: we're not launching the shop in January anymore, let's pause the product pages.",
      ],
      negative: ['The plan is the same as last week.'],
    },
  },
  {
    id: 'en.dissatisfied.wasted',
    lang: 'en',
    signal: 'dissatisfied',
    pattern:
      /\bwasted (?:\w+ ){0,3}(?:my|our) (?:time|money|budget)\b|\b(?:a |complete |total )?waste of (?:time|money)\b|\bstill (?:don'?t|do not|haven'?t|have not) (?:have|got|received|seen)\b|\bno (?:more )?excuses\b|\b(?:blurry|pixelated|grainy|out of focus|washed[- ]out|distorted|overexposed|underexposed)\b|\b(?:isn'?t|is not|not) the quality (?:we|i)\b/,
    reason: 'Wasted time, still nothing, poor quality ("blurry", "washed out").',
    examples: {
      positive: [
        "You've wasted three weeks of my time.",
        "I still don't have my accounts, no excuses.",
        'Several photos are blurry and the colours look washed out.',
      ],
      negative: ['The photos are sharp and bright.'],
    },
  },
  {
    id: 'en.aggressive.wasted',
    lang: 'en',
    signal: 'aggressive',
    pattern:
      /\b(?:you'?ve|you have) wasted (?:\w+ ){0,3}(?:my|our) (?:time|money)\b|\b(?:i'?ll|i will|i'?m going to|we'?ll|we will) (?:be )?(?:leaving|leave|post|posting|write|writing) (?:a |an |my |our )?(?:review|rating)\b(?![^.?!]*\b(?:great|good|glowing|positive|5[- ]star|five[- ]star)\b)/,
    reason: '"You\'ve wasted three weeks of my time… I\'ll be leaving a review": reproach and threat.',
    examples: {
      positive: ["You've wasted three weeks of my time. I'll be leaving a review."],
      negative: ["I'll be leaving a glowing review, thank you!"],
    },
  },
  {
    id: 'en.payment.split',
    lang: 'en',
    signal: 'payment_delay',
    pattern:
      /\b(?:split|spread|stagger|break up) (?:it|the (?:invoice|payment|bill|cost|amount)|payment) (?:over|into|across|in) (?:\w+|\d+) (?:months|payments|installments|instalments|parts|weeks)\b|\b(?:money|cash|budget)'s tight\b/,
    reason: 'Spreading the payment over months, money tight.',
    examples: {
      positive: ["Can we split it over three months? Money's tight after the big day."],
      negative: ['We split the work into three phases.'],
    },
  },
  {
    id: 'en.price.planning-to-spend',
    lang: 'en',
    signal: 'price_pushback',
    pattern:
      /\bmore than (?:i|we) (?:was|were|had been|am|are) (?:planning|hoping|expecting|willing|prepared) to (?:spend|pay|invest)\b|\b(?:student|nonprofit|non-profit|charity|startup|friends?(?:'s)?|mates?|family|loyalty|early[- ]bird) (?:rate|price|discount|deal)\b/,
    reason: '"More than I was planning to spend", "a student rate?": the price is questioned.',
    examples: {
      positive: ['250 an hour is more than I was planning to spend. Do you have a student rate?'],
      negative: ['Your rate is what I was planning to spend.'],
    },
  },
  {
    id: 'en.silence.radio-silent',
    lang: 'en',
    signal: 'silence',
    pattern:
      /\bradio[- ]silent\b|\b(?:quiet|silent|nothing) (?:on|from) your (?:end|side)\b|\bdo you still have (?:capacity|time|bandwidth) for (?:us|our|this)\b/,
    reason: '"It\'s been radio silent on your end".',
    examples: {
      positive: ["It's been radio silent on your end since the 3rd."],
      negative: ['The room is silent.'],
    },
  },
  {
    id: 'en.appreciation.thanks-to-you',
    lang: 'en',
    signal: 'appreciation',
    pattern:
      /\bthanks to (?:you|your)\b|\bcouldn'?t have done (?:it|this) without you\b|\bwouldn'?t have (?:made it|managed) without you\b/,
    unless: /\bno thanks to\b/,
    reason: '"Thanks to your coaching", "couldn\'t have done it without you".',
    examples: {
      positive: ["I passed the certification thanks to your coaching! I couldn't have done it without you."],
      negative: ['No thanks to the printer, we are late.'],
    },
  },
];
