import type { SignalRule } from './rule.ts';

/**
 * English signal families: broader rules written as small lexicons (verbs, nouns, adjectives with
 * their inflections) rather than sentences, added after the first rules were found to miss fresh
 * phrasings. They run after SIGNAL_RULES_EN (detect-signals.ts) on the same folded sentences.
 */

/** Payment words a postponement or dispute is about. */
const PAYMENT_NOUN = `(?:payment|invoice|bill|balance|transfer|deposit|settlement|remittance|fee|installment|instalment)s?`;
/** Names for the client's own finance people or process. */
const FINANCE = `(?:finance|accounts?|accounting|payables|procurement|purchasing|bookkeep(?:er|ing)|cfo|controller|finance (?:team|department|director|dept)|approval|sign[- ]off|validation|the system)`;
/** A later time the money is moved to. */
const LATER = `(?:next (?:month|quarter|year|week|run|cycle)|the (?:end|start|beginning) of (?:the |next )?(?:month|quarter|year)|january|february|march|april|may|june|july|august|september|october|november|december|the new (?:fiscal |financial )?year|q[1-4])`;

export const SIGNAL_FAMILIES_EN: SignalRule[] = [
  // ── payment_delay ──────────────────────────────────────────────────────────────────────────
  {
    id: 'en.payment.family.postpone',
    lang: 'en',
    signal: 'payment_delay',
    pattern: new RegExp(
      String.raw`\b(?:push|pushing|pushed|move|moving|moved|postpone|postponing|postponed|delay|delaying|delayed|defer|deferring|deferred|hold|holding|held|shift|shifting|shifted|put|putting) (?:back |off )?(?:the |our |your |this |that |its |it )?(?:\w+ )?${PAYMENT_NOUN} ?(?:back |off )?(?:to|until|till|into|over to) ${LATER}\b|\b${PAYMENT_NOUN} (?:will|would|'ll|is going to|may|might) (?:\w+ )?(?:go out|be (?:paid|settled|processed|released|made|sent)|arrive|land) (?:\w+ ){0,3}(?:with|in|on|at) ${LATER}\b|\b(?:go|goes) out (?:with|in) (?:the |our )?(?:next|following|${LATER}) (?:payment )?(?:run|cycle|batch)\b|\bbudgets? (?:is |are |have been |has been )?(?:frozen|on hold|locked)\b`,
    ),
    unless: /\b(?:as agreed|as planned|as per (?:our|the) (?:terms|contract))\b/,
    reason: 'The payment is moved to a later month, a later payment run, or budgets are frozen.',
    examples: {
      positive: [
        'We have to move the invoice to February, sorry.',
        'Your payment will probably go out with the January run.',
        'All budgets are frozen until the audit is done.',
        'Could we push the balance back to next month?',
      ],
      negative: ['The invoice will be paid on the 10th as agreed.', 'Can we move the call to next week?'],
    },
  },
  {
    id: 'en.payment.family.pipeline',
    lang: 'en',
    signal: 'payment_delay',
    pattern: new RegExp(
      String.raw`\b(?:invoice|payment|bill)s? (?:is|are|has been|have been|was|is still|are still|'s) (?:still )?(?:with|stuck (?:with|in)|sitting (?:with|in)|waiting (?:for|on)|pending|awaiting|in|going through|held up (?:in|with|by)) (?:our |the |their )?${FINANCE}\b|\b(?:won'?t|will not|can'?t|cannot|couldn'?t) be (?:signed off|approved|validated|processed|released|paid|authori[sz]ed) (?:before|until|till|unless)\b|\b(?:finance|accounts|accounting) (?:team |department |dept )?(?:is|are) (?:a bit |very |really |quite )?(?:backed up|behind|swamped|snowed under|short[- ]staffed)\b`,
    ),
    reason: 'The invoice is stuck in the client’s approval process, so the payment will be late.',
    examples: {
      positive: [
        'The invoice is still sitting with procurement.',
        'It cannot be approved until the director is back from holiday.',
        'Our accounts team is swamped this month.',
      ],
      negative: ['The invoice was approved by finance yesterday and paid.'],
    },
  },
  {
    id: 'en.payment.family.withhold',
    lang: 'en',
    signal: 'payment_delay',
    pattern:
      /\b(?:i|we)(?:'m| am|'re| are)? ?(?:won'?t|will not|shan'?t|am not|are not|'m not|'re not|not going to|refuse to|can'?t|cannot|don'?t intend to|not comfortable|uncomfortable) (?:be )?(?:pay|paying|settle|settling|release|releasing|approve|approving)\b(?! (?:you )?(?:on time|today|tomorrow|now)\b)|\bwithhold(?:ing)? (?:the |your |our )?(?:payment|invoice|balance|fee)\b|\b(?:pay|paying) (?:for )?(?:the )?(?:full|whole|entire) (?:amount|invoice|fee|sum|price)\b[^.?!]{0,60}\b(?:when|while|since|given|after|if)\b/,
    unless:
      /\b(?:not|never) going to pay (?:late|twice)\b|\b(?:don'?t|won'?t) pay (?:you )?late\b|^(?:[\w ]+: )?if\b/,
    reason: 'The client refuses or holds back payment, disputing all or part of the invoice.',
    examples: {
      positive: [
        "We won't pay the second instalment until the bugs are fixed.",
        "I'm not comfortable paying for a logo we never approved.",
        'We are withholding the balance for now.',
      ],
      negative: ["We'll pay the invoice on Friday.", 'You will never be paid late by us.'],
    },
  },
  {
    id: 'en.payment.family.waiting-on-our-client',
    lang: 'en',
    signal: 'payment_delay',
    pattern:
      /\b(?:pay|paid|settle|release|transfer)(?: you| it| the (?:invoice|balance))? (?:once|when|as soon as|after|only when) (?:our |my |the )?(?:own |end )?(?:client|customer|funder|investor|grant|funding|partner|distributor)s? (?:pay|pays|paid|has paid|have paid|comes? through|settles?)\b|\b(?:we'?re|we are|i'?m|i am) (?:still )?waiting (?:on|for) (?:our|my|the) (?:own )?(?:client|customer|funding|grant|investor)s?(?: to pay| payment)?\b/,
    reason: 'The client will only pay once they themselves are paid: the payment depends on someone else.',
    examples: {
      positive: [
        'We can only pay you once our distributor pays us.',
        "We're still waiting on our client's payment, so yours will be late.",
      ],
      negative: ['We pay our suppliers within 30 days.'],
    },
  },

  // ── dissatisfied ───────────────────────────────────────────────────────────────────────────
  {
    id: 'en.dissatisfied.family.mistakes-found',
    lang: 'en',
    signal: 'dissatisfied',
    pattern:
      /\b(?:found|spotted|noticed|flagged|picked up|there (?:are|were)|it has|it had|full of|riddled with) (?:quite )?(?:a few|several|many|lots of|a lot of|a number of|numerous|countless|so many|multiple|a bunch of|loads of) (?:\w+ )?(?:mistakes|errors|typos|bugs|issues|problems|inaccuracies|mistranslations|glitches)\b|\bnot what (?:we|i) (?:expected|asked for|wanted|had in mind|discussed|agreed(?: on)?|briefed|signed up for|paid for)\b|\b(?:looks?|sounds?|reads?|feels?) nothing like\b|\btoo (?:informal|formal|casual|corporate|stiff|bland|generic|dark|busy|cluttered|long|short|slow)\b[^.?!]{0,40}\b(?:for (?:our|the|my)|audience|brand|readers)\b/,
    reason: 'The client lists errors in the work or says it is not what was asked for.',
    examples: {
      positive: [
        'Our editor spotted several typos in the brochure.',
        'The mockup is not what we had in mind at all.',
        'The voice-over sounds nothing like the brief.',
      ],
      negative: ['We found a few small things we would like to add.', 'This is exactly what we expected.'],
    },
  },
  {
    id: 'en.dissatisfied.family.poor-quality',
    lang: 'en',
    signal: 'dissatisfied',
    pattern:
      /\b(?:it'?s|it is|they'?re|they are|looks?|sounds?|reads?|feels?|seems?|is|are) (?:as |like )?(?:a bit |rather |quite |very |really |so |pretty |too |kind of |kinda )?(?:flat|generic|bland|dull|lifeless|lacklustre|lackluster|amateurish|sloppy|clunky|dated|cheap[- ]looking|off[- ]brand|uninspired|messy|careless|rushed|underwhelming|mediocre|disappointing|subpar|sub-par|poor|weak|unusable|unprofessional)\b|\b(?:incompetent|incompetence|shoddy|botched|half[- ]baked)\b/,
    unless:
      /\b(?:not|isn'?t|aren'?t|never|hardly) (?:\w+ )?(?:flat|generic|bland|dull|poor|weak|sloppy|dated|messy|disappointing)\b|\bflat (?:fee|rate|design|illustration|colou?rs?|lay|white|file)\b/,
    reason: 'Judging the deliverable flat, generic, sloppy, dated or incompetent.',
    examples: {
      positive: ['The new banner looks dated and a bit cheap.', 'Honestly the copy reads as bland.'],
      negative: ['We agreed a flat fee for the project.', 'The texture is not flat at all, love it.'],
    },
  },
  {
    id: 'en.dissatisfied.family.broken-promise',
    lang: 'en',
    signal: 'dissatisfied',
    pattern:
      /\b(?:still|yet to)(?: (?:waiting|wait) (?:for|on))? (?:the |your |our |a )?(?:\w+ )?(?:draft|version|files?|delivery|deliverables?|designs?|mockups?|edit|cut|report|translation|photos?|update|fix|site|website|app|logo|copy|v\d)s? (?:you |that you |which you )?(?:promised|were supposed to|said you(?:'d| would)|committed to)\b|\b(?:deliverables?|drafts?|versions?|delivery|deliveries|edits?|cuts?|mockups?|translations?) (?:were|was|have been|has been|are|is|came|arrived|keep coming) (?:\w+ )?(?:late|overdue)\b|\b(?:was|were) supposed to (?:be )?(?:deliver|arrive|go live|be (?:ready|live|delivered|done|finished))[^.?!]{0,60}\b(?:still|nothing|yet)\b|\b(?:got|received|seen) (?:absolutely )?nothing\b|\bstill (?:have|got) nothing\b|\b(?:have|'ve) (?:had|got|received|seen) (?:absolutely )?nothing\b/,
    unless:
      /\bnothing (?:else|more|to add|to report|back|yet from (?:the|our) (?:printer|client))\b|\bhave nothing against\b/,
    reason: 'Promised work is late or missing: the client is unhappy with the service.',
    examples: {
      positive: [
        'We are still waiting for the mockups you promised on Friday.',
        'The last three deliveries were late.',
        'The report was supposed to be ready last week and there is still nothing.',
      ],
      negative: ['Nothing else to add on our side.', 'The delivery was on time, thanks.'],
    },
  },
  {
    id: 'en.dissatisfied.family.repeated-ask',
    lang: 'en',
    signal: 'dissatisfied',
    pattern:
      /\b(?:asked|told|said|mentioned|requested|reminded|raised|flagged)(?: you)?(?: for)?(?: about)? (?:\w+ ){0,5}(?:three|four|five|several|multiple|many|numerous|\d+|a dozen|so many|countless) times\b|\bhow many times (?:do|must|have|will)\b|\bdo you (?:even )?(?:read|listen to|look at) (?:my|our|the)\b|\bunacceptable\b/,
    unless: /\bnot unacceptable\b/,
    reason: 'Having to repeat the same request, or calling the service unacceptable, shows dissatisfaction.',
    examples: {
      positive: [
        "I've mentioned the spacing issue several times.",
        'How many times do I have to ask?',
        'Missing the launch is unacceptable.',
      ],
      negative: ['I asked for the files once and got them the same day.'],
    },
  },

  // ── aggressive ─────────────────────────────────────────────────────────────────────────────
  {
    id: 'en.aggressive.family.hostile-questions',
    lang: 'en',
    signal: 'aggressive',
    pattern:
      /\bare you (?:kidding|joking|serious|mad|insane|for real)\b|\bwho do you think you are\b|\bdon'?t (?:test|push|try) me\b|\bwhat (?:the hell|on earth) (?:is|are|were|was|do)\b|\bdo you (?:even )?(?:read|listen|care)\b|\b(?:you(?:'re| are)|it'?s) (?:a )?(?:joke|a disgrace|disgraceful|pathetic|useless|hopeless|clueless|ridiculous)\b/,
    reason: 'Hostile rhetorical questions and contempt ("are you kidding me?", "don\'t test me").',
    examples: {
      positive: ['Seriously, are you joking?', 'What the hell were you thinking?', "You're useless."],
      negative: ['Are you free on Thursday?', 'Do you have the files?'],
    },
  },

  // ── price_pushback ─────────────────────────────────────────────────────────────────────────
  {
    id: 'en.price.family.counter-offer',
    lang: 'en',
    signal: 'price_pushback',
    pattern:
      /[$€£]?\s?\d[\d,.]*\s?(?:k|€|\$|£|euros?|dollars?|pounds?|quid|bucks)?\s(?:instead of|rather than|not)\s[$€£]?\s?\d[\d,.]*\s?(?:k|€|\$|£|euros?|dollars?|pounds?)?\b|\b(?:i'?d|we'?d|i would|we would|can i|can we|let me|let us) (?:propose|offer|suggest|pay|settle (?:on|at|for)) (?:you )?(?:paying )?(?:only )?(?:[$€£]\s?)?\d[\d,.]*\s?(?:%|k|€|\$|£|percent| euros| dollars| pounds)|\bcall it (?:even|quits)\b|\bmeet (?:us |me )?(?:in the|halfway|half way)\b/,
    unless:
      /\b(?:pages|words|hours|minutes|days|px|pixels|seconds|frames|slides|screens|images|photos)\b[^.?!]{0,15}\b(?:instead of|rather than)\b/,
    reason: 'A counter-offer on the price: "500 instead of 800", "we\'d propose 70%", "meet us halfway".',
    examples: {
      positive: [
        'Would you accept £900 instead of £1,200?',
        "We'd propose paying 60% of the fee.",
        'Can you meet us halfway?',
      ],
      negative: ['Could you make it 10 pages instead of 8?', 'We paid 800 as agreed.'],
    },
  },
  {
    id: 'en.price.family.price-outrage',
    lang: 'en',
    signal: 'price_pushback',
    pattern:
      /\b(?:ridiculous|absurd|crazy|insane|outrageous|extortionate|daylight robbery|a rip[- ]?off|robbery|a scam|obscene|steep|excessive|exorbitant|too much)\b[^.?!]{0,60}(?:\b(?:costs?|price|priced|charge|charging|rate|fee|quote|invoice|bill)\b|[$€£]\s?\d)|(?:\b(?:costs?|price|charge|charging|rate|fee|quote|pay(?:ing)?)\b|[$€£]\s?\d)[^.?!]{0,60}\b(?:ridiculous|absurd|crazy|insane|outrageous|extortionate|daylight robbery|a rip[- ]?off|robbery|a scam|obscene|exorbitant)\b|\b(?:i|we) could (?:do|make|build|write) (?:it|this|that) (?:myself|ourselves)\b/,
    reason: 'Calling the price ridiculous or a rip-off, or saying they could do it themselves.',
    examples: {
      positive: [
        '£2,000 for a landing page is outrageous.',
        'The quote is frankly a rip-off.',
        'I could write this myself.',
      ],
      negative: ['The deadline is crazy but we will manage.'],
    },
  },

  // ── scope_creep ────────────────────────────────────────────────────────────────────────────
  {
    id: 'en.scope.family.as-well',
    lang: 'en',
    signal: 'scope_creep',
    pattern:
      /\b(?:could|can|would|will) (?:you|we|u) (?:[\w'-]+ ){1,10}(?:too|as well|also|on top)\b|\b(?:we'?d|i'?d|we would|i would) (?:like|love|want) (?:you|it) to (?:[\w'-]+ ){0,10}(?:too|as well|also)\b|\b(?:we|i) (?:also )?(?:want|need) you to (?:also )?(?:cover|shoot|film|write|design|build|translate|add|do|handle|make|edit)\b[^.?!]{0,60}\b(?:too|as well|also)\b|\b(?:add|include|throw in|do) (?:[\w'-]+ ){0,5}(?:versions?|pages?|languages?|formats?|sizes?|sections?|variants?) (?:[\w'-]+ ){0,4}(?:too|as well)\b/,
    unless:
      /\b(?:invoice|receipt|link|password|login|access|details|address|copy of|cc|timeline|schedule|availability|quote|estimate)\b|\b(?:let (?:me|us) know|confirm|tell (?:me|us)|send (?:me|us) (?:the|a|your))\b/,
    reason: 'A new piece of work slipped in with "too", "as well" or "also".',
    examples: {
      positive: [
        'Could you shoot the team portraits as well?',
        "We'd love you to cover the after-party too.",
        'Can we include Italian and Dutch versions too?',
      ],
      negative: ['Could you send the invoice as well?', 'Can you confirm the time too?'],
    },
  },
  {
    id: 'en.scope.family.add-plural',
    lang: 'en',
    signal: 'scope_creep',
    pattern:
      /\b(?:could|can|would) (?:you|we|u) (?:also |please |maybe |possibly )?(?:add|include|build|create|make|write|design|translate|shoot|film|produce|set up|do) (?:\w+ ){0,3}(?:and (?:a |an )?\w+ )?(?:versions?|pages?|sections?|languages?|formats?|features?|modules?|translations?|banners?|templates?|variants?|screens?|posts?|videos?|cuts?|integrations?)\b/,
    unless:
      /\b(?:invoice|receipt|po|link|access|as (?:agreed|planned|quoted)|in the (?:quote|brief|contract))\b/,
    needsAsk: true,
    reason: 'Asking for more pages, versions, languages or features than were agreed.',
    examples: {
      positive: [
        'Can we add Italian and Portuguese translations?',
        'Could you also build two landing pages for the event?',
      ],
      negative: [
        'Could you add the PO number to the invoice?',
        'Can you make the pages load faster as agreed?',
      ],
    },
  },

  // ── urgency ────────────────────────────────────────────────────────────────────────────────
  {
    id: 'en.urgency.family.next-morning',
    lang: 'en',
    signal: 'urgency',
    pattern:
      /\b(?:by|before|for|until|till|ahead of|in time for) (?:first thing )?(?:on )?(?:monday|tomorrow|tmrw|tmr)(?: morning| am| first thing| at \d{1,2}(?::\d\d)?| \d{1,2} ?(?:am|a\.m\.)| \d{1,2}(?::\d\d)?)\b|\b(?:pitch|presentation|meeting|launch|event|board|demo|deadline|screening|show|print run|campaign)(?: \w+)? (?:is|starts?|goes (?:live|out)|happens) (?:on )?(?:monday|tomorrow)(?: morning| at \d| first thing| \d{1,2} ?(?:am|a\.m\.))\b|\b(?:live|ready|done|sent|fixed|up|online|finished|over|in my inbox|on my desk) (?:by|before) \d{1,2}(?::\d\d)?(?: ?(?:am|pm|a\.m\.|p\.m\.|o'?clock))?\b(?! (?:days|weeks|pages|words|%))/,
    unless: /(?:^|[,;:]\s*)(?:i|we)(?:'ll| will| shall)\b|\bno rush\b|\bnot urgent\b/,
    reason: 'Work needed for the next morning, a few hours ahead, or before an imminent meeting.',
    examples: {
      positive: [
        'We need the slides before Monday at 9.',
        'The demo is tomorrow morning, so the build has to work.',
        'Need the page online by 11.',
      ],
      negative: ["I'll have it ready by Monday morning.", 'Not urgent, by Monday morning or later is fine.'],
    },
  },

  // ── appreciation ───────────────────────────────────────────────────────────────────────────
  {
    id: 'en.appreciation.family.great-work',
    lang: 'en',
    signal: 'appreciation',
    pattern:
      /\b(?:great|excellent|fantastic|wonderful|amazing|brilliant|lovely|super|fab|fabulous|superb|terrific|stellar|outstanding|awesome|incredible|inspiring|insightful|useful|helpful|productive) (?:session|workshop|shoot|job|work|edit|design|designs|copy|translation|video|film|photos|pictures|report|deck|training|coaching|call today|meeting today|presentation|illustrations?|logo|site|website|app)\b|\byou(?:'re| are) the best\b|\byou rock\b|\bexactly what (?:i|we) (?:needed|wanted|was after|were after|was looking for|were looking for|had in mind|asked for)\b|\b(?:really|truly|so|very) (?:appreciate|appreciated)\b/,
    unless:
      /\b(?:not|isn'?t|wasn'?t|no) (?:\w+ )?(?:great|excellent|exactly what)\b|\bwould (?:really )?appreciate\b/,
    reason: 'Praise for a session or deliverable, "exactly what I needed", "you\'re the best".',
    examples: {
      positive: [
        'Excellent workshop yesterday, the team loved it.',
        'This is exactly what we were after.',
        'Really appreciate the extra effort.',
      ],
      negative: ['It is not exactly what we asked for.', 'I would really appreciate a reply.'],
    },
  },

  // ── indecision ─────────────────────────────────────────────────────────────────────────────
  {
    id: 'en.indecision.family.new-direction',
    lang: 'en',
    signal: 'indecision',
    pattern:
      /\b(?:a |an )?(?:totally |completely |entirely |whole(?:ly)? |very )?(?:different|new|other) (?:direction|approach|concept|route|tack)\b[^.?!]{0,40}\b(?:now|instead|after all)\b|\b(?:go|going|head|heading|take it) in (?:a |an )?(?:totally |completely |entirely )?(?:different|new|other) direction\b|\b(?:forget|scrap|ditch|drop|bin|ignore) (?:about )?(?:the|my|our|what) (?:\w+ ){0,3}\w+\s*(?:[,;:—–-]|\s(?:instead|now|after all)\b)|\bchanged (?:our|my|his|her|their) minds?\b/,
    unless: /\b(?:don'?t|never) forget\b|\bforget (?:about )?(?:the|my) (?:invoice|password|email|message)\b/,
    reason: 'The client throws out an agreed direction for a new one.',
    examples: {
      positive: [
        'The founder wants to take it in a different direction.',
        'Scrap the watercolour idea, we want clean vectors instead.',
        'We have changed our minds on the colours.',
      ],
      negative: ["Don't forget the alt text.", 'The direction we agreed is working well.'],
    },
  },
  // ── families added after a second fresh set (broader lexicons) ─────────────────────────────
  {
    id: 'en.payment.family.dispute',
    lang: 'en',
    signal: 'payment_delay',
    pattern:
      /\b(?:dispute|disputing|disputed|contest|contesting|contested|challenge|challenging|querying|query|questioning|reject|rejecting|rejected|not happy with|unhappy with|don'?t recogni[sz]e|do not recogni[sz]e) (?:[\w']+ ){0,4}(?:charges?|fees?|amount|line items?|lines?|hours|items?|surcharge|expenses) (?:on|in|of) (?:the |this |your |our )?(?:\w+ )?(?:invoice|bill|statement)\b|\b(?:dispute|disputing|contest|contesting) (?:the |this |your )?(?:invoice|bill)\b|\b(?:next|following|upcoming) (?:payment )?(?:cycle|run|batch)\b/,
    reason: 'The client disputes charges on the invoice, or it is pushed to the next payment cycle.',
    examples: {
      positive: [
        'We are disputing two of the lines on your latest invoice.',
        'We do not recognise the travel expenses on this bill.',
        'It will go into the following payment cycle.',
      ],
      negative: ['The invoice looks right, we will pay it on Friday.'],
    },
  },
  {
    id: 'en.price.family.cheaper',
    lang: 'en',
    signal: 'price_pushback',
    pattern:
      /\b(?:for|at) (?:a )?(?:less|lower|cheaper|smaller|reduced|friendlier) (?:price|rate|fee|cost|budget)\b|\b(?:do|make|deliver|build|manage) (?:it|this|that|them|the job) for less\b|\bout of (?:our|my) (?:league|budget|price range|range)\b|\b(?:beyond|over|above|exceeds?|exceeding|more than) (?:our|my) (?:budget|price range|means)\b|\b(?:waive|drop|remove|scrap|skip|cut|reduce|lower|bring down|knock off|take off) (?:the |your |that |this )?(?:\w+ )?(?:fee|fees|charge|charges|surcharge|rate|price|cost|premium)\b|\b(?:rather|prefer(?: to)?|like to|want to) not (?:to )?pay (?:for |the |that |this )\b|\bknock (?:\w+ ){0,3}off\b|\b\d+ ?%(?: off| discount| cheaper| less)\b/,
    unless:
      /\b(?:reduce|cut|lower|bring down) (?:the )?(?:file size|load time|loading|costs? (?:for|of) (?:your|the) (?:users|customers))\b/,
    reason: 'Asking to pay less: a lower rate, waiving a fee, "out of our budget", "10% off".',
    examples: {
      positive: [
        'Could you waive the weekend surcharge?',
        'The package is out of our price range.',
        'Is there anyone who could do it for less?',
      ],
      negative: ['Could you reduce the file size of the hero image?'],
    },
  },
  {
    id: 'en.silence.family.no-response',
    lang: 'en',
    signal: 'silence',
    pattern:
      /\b(?:no|zero|not a single|not one) (?:response|reply|replies|answer|answers|word|news|feedback)s? (?:to|from|on|since|for|in)\b|\b(?:not|never|aren'?t|isn'?t|haven'?t been|stopped) (?:picking up|answering|returning|responding to|replying to|getting back to) (?:the phone|my|our|calls|emails|messages|texts)\b|\b(?:ignoring|ignored) (?:my|our|all (?:my|our)) (?:emails|messages|calls|texts|reminders)\b|\b(?:taken|took|taking) (?:me|us) (?:ages|so long|forever|a while|a long time|this long|a few weeks|weeks) to (?:get back|reply|respond|answer|come back)\b|\b(?:gone|been|went) (?:quiet|silent|awol|mia|off the radar|dark)\b/,
    unless: /\bno (?:reply|response|answer) (?:needed|necessary|required)\b/,
    reason: 'Complaining of unanswered emails and calls, or apologising for a long silence.',
    examples: {
      positive: [
        'Still no answer to my messages from last week.',
        'You have stopped returning my calls.',
        'Sorry, it took us forever to get back to you.',
      ],
      negative: ['No reply needed, just for your records.'],
    },
  },
  {
    id: 'en.dissatisfied.family.lukewarm',
    lang: 'en',
    signal: 'dissatisfied',
    pattern:
      /\b(?:not (?:great|good|ideal|impressed|convinced|thrilled|keen|sold|there yet|up to scratch|up to standard)|underwhelm\w*|mixed feelings|gone backwards|(?:a )?step backwards?|worse than (?:before|the (?:first|last|previous|old))|meh)\b|\b(?:missed|blown|blew|slipped) (?:\w+ ){0,3}(?:deadlines?|delivery dates?|due dates?)\b|\b(?:out of sync|misspel(?:t|led|lled|ling)s?|mistranslat\w+|misaligned|cut off|cropped badly)\b/,
    unless: /\bnot (?:great|good|ideal) (?:timing|news for us|for me|weather)\b|\bnot sure (?:if|whether)\b/,
    reason:
      'Lukewarm or negative judgements ("not great", "underwhelmed"), missed deadlines, visible defects.',
    examples: {
      positive: [
        "I'm not convinced by the new layout.",
        'Half the captions are out of sync.',
        'You have missed three delivery dates now.',
      ],
      negative: ['Not ideal timing for me, can we do Friday?'],
    },
  },
  {
    id: 'en.indecision.family.self-correction',
    lang: 'en',
    signal: 'indecision',
    pattern:
      /\b(?:actually|wait|hang on|hmm),? no\b|\bscratch that\b|\bforget what i (?:said|wrote|asked)\b|\bon (?:second|further) thoughts?\b|\bignore my (?:last|previous|earlier) (?:email|message|request)\b|\b(?:back|go back) to (?:the )?(?:original|first|old|previous) (?:plan|idea|version|design|colou?rs?|option|layout|headline)\b/,
    reason: 'The client corrects their own last instruction ("actually no", "scratch that").',
    examples: {
      positive: ["Let's pause the blog. Actually no, keep it going.", 'Scratch that, keep the red.'],
      negative: ['Actually, the files are already on the drive.'],
    },
  },
  {
    id: 'en.scope.family.also-need',
    lang: 'en',
    signal: 'scope_creep',
    pattern:
      /\b(?:we|i)(?:'ll| will| would| now)? (?:also|additionally) (?:need|want|require|like)\b[^.?!]{0,20}\b(?:a|an|some|two|three|new|extra|another)\b|\b(?:we|i) (?:just )?realised (?:that )?we (?:also )?need\b/,
    unless: /\b(?:invoice|receipt|link|access|password|details|copy of|quote|estimate)\b/,
    reason: '"We also need a cover and a banner": new deliverables announced as needs.',
    examples: {
      positive: ['We also need a printed version of the menu.', 'I just realised we need a mobile layout.'],
      negative: ['We also need the invoice in euros.'],
    },
  },
  // ── families added after a third fresh set ─────────────────────────────────────────────────
  {
    id: 'en.payment.family.running-behind',
    lang: 'en',
    signal: 'payment_delay',
    pattern:
      /\b(?:payments?|invoices?|payables|remittances?) (?:are|is|have been|has been|will be)? ?(?:running |currently |now )?(?:about |around |roughly |some )?(?:\w+ )?(?:days?|weeks?|months?) (?:behind|late|overdue)\b|\b(?:payments?|invoices?) (?:are|is) (?:running )?(?:behind|late)\b|\b(?:be |get )?paid when (?:we(?:'re| are) ready|we (?:can|feel like it|get (?:round|around) to it)|it suits us)\b/,
    reason: 'Payments running weeks behind, or "you\'ll be paid when we\'re ready".',
    examples: {
      positive: [
        'All vendor invoices are running two weeks behind this month.',
        "You'll get paid when we can.",
      ],
      negative: ['Payments are made within ten days.'],
    },
  },
  {
    id: 'en.aggressive.family.paying-for-this',
    lang: 'en',
    signal: 'aggressive',
    pattern:
      /\b(?:i'?m|we'?re|i am|we are) paying (?:you )?(?:good money|a fortune|top dollar|a lot|so much|premium rates?)\b|\bthis is what (?:i|we) get\b|(?:^|[?!,;:—-]\s*|\bjust |\bnow )sort (?:it|this|that) out\b|\bstop (?:sending|chasing|emailing|harassing|pestering|bugging|hounding) (?:me|us|reminders)?\b/,
    unless: /\bplease don'?t stop\b/,
    reason:
      'Reproach ("I\'m paying you good money and this is what I get?") or a curt order to stop chasing.',
    examples: {
      positive: [
        "We're paying you top dollar and this is what we get.",
        'Stop chasing us about the invoice.',
        'Just sort it out.',
      ],
      negative: ['We are paying you on Friday as agreed.', "We'll sort it out on our side."],
    },
  },
  {
    id: 'en.dissatisfied.family.paying-for-this',
    lang: 'en',
    signal: 'dissatisfied',
    pattern:
      /\b(?:i'?m|we'?re|i am|we are) paying (?:you )?(?:good money|a fortune|top dollar|a lot|so much|premium rates?)\b|\bthis is what (?:i|we) get\b|\b(?:doesn'?t|does not|don'?t|do not) (?:feel|look|sound|read) (?:\w+ )?(?:premium|professional|polished|finished|on[- ]brand|right)\b|\b(?:looks?|feels?) (?:a bit |rather |quite |very |so )?cheap\b/,
    reason: 'The client is paying well and gets less, or the work does not look premium / finished.',
    examples: {
      positive: ['The flyer does not look professional.', 'The site feels a bit cheap.'],
      negative: ['The flyer looks very professional.'],
    },
  },
  {
    id: 'en.urgency.family.hour-today',
    lang: 'en',
    signal: 'urgency',
    pattern:
      /\b(?:by|before|for|until|no later than) \d{1,2}(?::\d\d)? ?(?:am|pm|a\.m\.|p\.m\.|o'?clock)? (?:today|tonight|this (?:morning|afternoon|evening))\b|\b(?:going out|goes out|goes live|go live|launch(?:es)?|starts?|opens?|airs?|publish(?:es)?|is published) (?:at|by) (?:[4-8]|0[4-8])(?::\d\d)? ?(?:am|a\.m\.)\b/,
    unless: /(?:^|[,;:]\s*)(?:i|we)(?:'ll| will| shall)\b/,
    reason: 'An hour later today, or something going out at dawn: a deadline of hours.',
    examples: {
      positive: ['We need the captions before 5 this afternoon.', 'The newsletter goes out at 6am.'],
      negative: ["I'll send it by 5 today."],
    },
  },
  {
    id: 'en.scope.family.no-extra-cost',
    lang: 'en',
    signal: 'scope_creep',
    pattern:
      /\b(?:include|including|add|adding|throw in|bundle)\b[^.?!]{0,60}\b(?:at no (?:extra|additional) (?:cost|charge)|for free|free of charge|without (?:extra|additional) (?:cost|charge))\b/,
    reason: 'Adding deliverables to the package "at no extra cost".',
    examples: {
      positive: ['Could you include the icons for free?'],
      negative: ['Delivery is included at no extra cost, as quoted.'],
    },
  },
  // ── families added after a fourth fresh set ────────────────────────────────────────────────
  {
    id: 'en.dissatisfied.family.not-worth-it',
    lang: 'en',
    signal: 'dissatisfied',
    pattern:
      /\b(?:don'?t|do not|can'?t|cannot|fail to) see what (?:we|i) (?:paid|are paying|'re paying|pay) (?:you )?for\b|\b(?:not|isn'?t|wasn'?t|aren'?t) (?:really )?(?:worth|value for) (?:the )?(?:money|price|fee)\b|\b(?:could have|could'?ve) (?:found|done|written|made|got(?:ten)?) (?:it |this |that )?(?:ourselves|myself|online|on google|for free)\b|\b(?:find|hire|get|look for|go to) (?:someone|somebody|another (?:\w+ )?(?:freelancer|designer|developer|agency|writer|photographer|translator|editor|consultant|studio)) (?:competent|else|better|more (?:competent|reliable|professional|serious)|who (?:knows|can))\b|\b(?:don'?t|do not|doesn'?t) (?:seem to )?know what (?:you'?re|you are) doing\b/,
    reason:
      'Not worth what was paid, "we could have found it online", or the client will take the work elsewhere.',
    examples: {
      positive: [
        "Frankly it isn't worth the money.",
        "We'll have to hire another agency who can deliver.",
        'Half of this we could have written ourselves.',
      ],
      negative: ['Could you recommend someone else for the illustrations? We loved working with you.'],
    },
  },
  {
    id: 'en.silence.family.nothing-back',
    lang: 'en',
    signal: 'silence',
    pattern:
      /\b(?:had|heard|got|received|gotten) (?:absolutely )?nothing back\b|\bnothing back (?:from you|for|since|in)\b|\b(?:(?:for|in|since|over) )?(?:a week|two weeks|ten days|a fortnight|\d+ (?:days|weeks)|several (?:days|weeks)) (?:now )?(?:without|with no) (?:a |any )?(?:reply|answer|response|word|news)\b/,
    reason: 'The client has had nothing back from the freelancer for days.',
    examples: {
      positive: ['We have heard nothing back since the kick-off.', 'Two weeks now without any reply.'],
      negative: ['Nothing back from the printer yet, I will chase them.'],
    },
  },
  {
    id: 'en.scope.family.on-top-of',
    lang: 'en',
    signal: 'scope_creep',
    pattern:
      /\b(?:on top of|in addition to|over and above|as well as) (?:the|our|what|your|those|these|all) (?:\w+ ){0,4}(?:agreed|planned|quoted|interviews|pages|screens|videos|posts|deliverables|sessions|photos|edits|articles|designs|versions|\w+s)\b|\b(?:we|i)'d (?:also|additionally) (?:like|need|want|love)\b/,
    unless: /\b(?:invoice|receipt|link|access|password|quote|estimate|as agreed|nothing else|no need)\b/,
    reason: 'A new deliverable requested "on top of" or "in addition to" the agreed ones.',
    examples: {
      positive: ["We'd also like a press release, on top of the two blog posts."],
      negative: ['On top of the pages we agreed, nothing else is needed.'],
    },
  },
  {
    id: 'en.price.family.increase',
    lang: 'en',
    signal: 'price_pushback',
    pattern:
      /\b(?:hard|difficult|impossible|tough) to justify\b|\b(?:fee|rate|price|prices|rates|fees|quote) (?:has |have )?(?:gone up|went up|increased|risen|rose|jumped|doubled)\b[^.?!]{0,40}(?:\?|\bwhy\b|\bjustify\b|\bsame\b)/,
    reason: 'Questioning a rate rise, or a price "hard to justify".',
    examples: {
      positive: ['Why has your day rate gone up again?', 'That price is hard to justify for a small site.'],
      negative: ['Our prices have gone up too, no problem.'],
    },
  },
  // ── families added after a fifth fresh set (scored first, see the held-out README) ─────────
  {
    id: 'en.indecision.family.wavering',
    lang: 'en',
    signal: 'indecision',
    pattern:
      /^(?:or|but) (?:maybe|perhaps|then again)\b|\b(?:now|actually) (?:thinking|considering|wondering about|leaning towards) (?:of |about )?(?:dropping|scrapping|cutting|removing|changing|switching|ditching|going back|reverting|replacing)\b/,
    reason: 'The client wavers ("or maybe…") or now considers dropping what was planned.',
    examples: {
      positive: [
        "We're actually considering scrapping the blog section.",
        'Or maybe we keep the old header, not sure.',
      ],
      negative: ['We are thinking of you, good luck with the move.'],
    },
  },
  {
    id: 'en.payment.family.lost-invoice',
    lang: 'en',
    signal: 'payment_delay',
    pattern:
      /\b(?:invoice|payment|bill)s? (?:got|was|were|has been|have been) (?:lost|misplaced|mislaid|overlooked|missed|forgotten)\b|\b(?:lost|slipped) (?:in the shuffle|through the net)\b/,
    reason: 'The invoice was lost or overlooked: an excuse for a late payment.',
    examples: {
      positive: ['Your invoice was misplaced during the office move.'],
      negative: ['The invoice was approved yesterday.'],
    },
  },
  {
    id: 'en.appreciation.family.went-down-a-storm',
    lang: 'en',
    signal: 'appreciation',
    pattern:
      /\b(?:gone|went|going|go) down a storm\b|\btop (?:work|job|notch work)\b|\b(?:hit|smash) it out of the park\b/,
    reason: '"Went down a storm", "top work": praise.',
    examples: {
      positive: ['The talk went down a storm with the board.'],
      negative: ['There was a storm so the shoot went down the drain.'],
    },
  },
];
