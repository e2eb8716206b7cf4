import { type CommitmentRule, EN_ROLES, unicodeBoundaries } from './rule.ts';

/** English commitment rules (see `rule.ts` for what each kind does). Texts use straight quotes. */

const ROLES = EN_ROLES.join('|');
/** "be" + a state that is news, not a promise ("I'll be out of office"). */
const AWAY = String.raw`be\s+(?:out|away|off|on\s+(?:holiday|vacation|leave|annual\s+leave|pto|a\s+break)|unavailable|travel{1,2}ing|offline|closed|available|busy|happy|glad|delighted|thrilled|sorry)\b`;
const WILL = String.raw`(?:\s+will|'ll|\s+shall|\s+is\s+going\s+to|\s+are\s+going\s+to|\s+is\s+gonna)\s+`;
const NOT_AFTER_WILL = String.raw`(?!not\b|never\b|${AWAY})`;

export const EN_COMMITMENT_RULES: readonly CommitmentRule[] = unicodeBoundaries([
  // ——— triggers ———
  {
    id: 'en.trigger.i-will',
    lang: 'en',
    kind: 'trigger',
    owner: 'speaker',
    pattern: new RegExp(
      String.raw`\b(?:I|we)(?:'ll|\s+will|\s+shall)\s+(?!not\b|never\b|need\b(?!\s+until)|${AWAY}|have\s+to\b)`,
      'i',
    ),
    reason: 'First person future: "I\'ll send", "we will pay".',
    examples: {
      positive: [
        "I'll send the mockups by Friday.",
        'We will pay the invoice on the 15th.',
        "I'll need until Thursday.",
      ],
      negative: [
        "I'll be out of office next week.",
        'We will not renew.',
        "I'll need the copy from you by Monday.",
      ],
    },
  },
  {
    id: 'en.trigger.going-to',
    lang: 'en',
    kind: 'trigger',
    owner: 'speaker',
    pattern: new RegExp(
      String.raw`\b(?:I'm|I\s+am|we're|we\s+are)\s+(?:going\s+to|gonna)\s+(?!${AWAY}|need\b(?!\s+until)|have\s+to\b)`,
      'i',
    ),
    reason: 'First person "going to" future.',
    examples: {
      positive: ["I'm going to finish the logo tonight.", 'We are going to ship it Monday.'],
      negative: ['I was going to send it.', "I'm going to be away.", 'I am going to need more time.'],
    },
  },
  {
    id: 'en.trigger.plan-to',
    lang: 'en',
    kind: 'trigger',
    owner: 'speaker',
    pattern:
      /\b(?:I|we)(?:'m|\s+am|'re|\s+are)?\s+(?:(?:plan(?:ning)?|intend(?:ing)?|aim(?:ing)?)\s+to\s+|hop(?:e|ing)\s+to\s+(?!see\b|meet\b|hear\b|speak\b|talk\b|chat\b|catch\s+up\b|work\s+with\b|be\b))/i,
    reason: 'A stated plan or hope: "I plan to send it Friday" (hope is marked vague by the hedge rules).',
    examples: {
      positive: [
        'I plan to send the draft on Friday.',
        "We're aiming to ship it Monday.",
        "We're hoping to pay the balance on the 12th.",
      ],
      negative: ['I planned to send it.', 'I hoped to send it.', 'I hope to see you on Friday.'],
    },
  },
  {
    id: 'en.trigger.expect',
    lang: 'en',
    kind: 'trigger',
    owner: 'speaker',
    pattern: /^\s*(?:please\s+)?expect\b|\byou\s+can\s+expect\b/i,
    reason: '"Expect the report by Friday": the writer announces a delivery.',
    examples: {
      positive: ['Expect the report by Friday.', 'You can expect the files tomorrow.'],
      negative: ['I expected it yesterday.'],
    },
  },
  {
    id: 'en.trigger.promise',
    lang: 'en',
    kind: 'trigger',
    owner: 'speaker',
    pattern: /\bI\s+(?:promise|guarantee|commit\s+to|undertake\s+to)\b/i,
    reason: 'An explicit promise.',
    examples: {
      positive: ['I promise the content will be with you by Friday.'],
      negative: ['You promised it.'],
    },
  },
  {
    id: 'en.trigger.should-have',
    lang: 'en',
    kind: 'trigger',
    owner: 'speaker',
    pattern: /\b(?:I|we)\s+should\s+(?:be\s+able\s+to|have|get|be\s+done|finish|manage|be\s+ready)\b/i,
    reason: 'A soft first person promise ("I should have it to you by…"); the hedge rule marks it vague.',
    examples: {
      positive: [
        'I should have the sketches to you by Friday.',
        'We should be able to wrap up QA this week.',
      ],
      negative: ['You should see it soon.', 'We should talk.'],
    },
  },
  {
    id: 'en.trigger.let-me',
    lang: 'en',
    kind: 'trigger',
    owner: 'speaker',
    pattern:
      /\blet\s+me\s+(?:check|see|look|ask|talk|confirm|find\s+out|get\s+back|verify|review|think|sort)\b/i,
    reason: '"Let me check and get back to you": the writer takes the next step.',
    examples: {
      positive: ['Let me check with my developer and get back to you.'],
      negative: ['Let me know if it works.', 'Let me introduce Marc.'],
    },
  },
  {
    id: 'en.trigger.will-do',
    lang: 'en',
    kind: 'trigger',
    owner: 'speaker',
    pattern:
      /^\s*(?:(?:sure|ok|okay|yes|noted|great|perfect|thanks|no\s+problem|got\s+it|understood)[,!.]?\s+)?(?:will\s+do\b|will\s+(?:send|get|do|have|share|fix|update|call|email|look|finish|deliver|forward)\b|on\s+it\b|I'm\s+on\s+it\b|(?:going\s+to|gonna)\s+(?!be\b|need\b|have\s+to\b|the\b|an?\b|my\b|your\b|our\b|their\b|his\b|her\b)\w+)/i,
    reason: 'Subjectless promise at the start of a sentence ("Will do", "Will send it tomorrow").',
    examples: {
      positive: ['Will do!', 'Will send it tomorrow.', "I'm on it.", 'Going to send the proofs tonight.'],
      negative: ['Will you send it?', 'Going to be a busy week.', 'Going to the studio tomorrow.'],
    },
  },
  {
    id: 'en.trigger.you-receive',
    lang: 'en',
    kind: 'trigger',
    owner: 'speaker',
    pattern: /\byou(?:'ll|\s+will)\s+(?:have(?!\s+to\b)|receive|get)\b/i,
    reason:
      'The reader will receive something: the writer\'s side delivers it ("you\'ll have the selects by Monday").',
    examples: {
      positive: ["You'll receive the signed NDA later today.", "you'll have the selects by Monday morning"],
      negative: ["You'll have to send it.", 'You received it.'],
    },
  },
  {
    id: 'en.trigger.you-will',
    lang: 'en',
    kind: 'trigger',
    owner: 'addressee',
    pattern:
      /\byou(?:'ll|\s+will|'re\s+going\s+to|\s+are\s+going\s+to)\s+(?!not\b|never\b|have\b|receive\b|get\b|see\b|be\b|need\b|find\b|notice\b|love\b|like\b|want\b|hear\b|probably\b|also\s+(?:have|receive|get|see)\b)/i,
    reason: 'States what the reader will do ("As agreed, you\'ll pay by the 15th").',
    examples: {
      positive: [
        "As agreed, you'll send the product descriptions by Wednesday.",
        "Just to confirm, you'll ship the drives on Monday.",
      ],
      negative: ["You'll love it.", "You'll receive it today.", 'Will you send it?'],
    },
  },
  {
    id: 'en.trigger.progressive',
    lang: 'en',
    kind: 'trigger',
    owner: 'speaker',
    needsTime: true,
    pattern:
      /\b(?:I'm|I\s+am|we're|we\s+are)\s+(?:sending|delivering|shipping|paying|transferring|wiring|submitting|publishing|launching|emailing|calling|uploading|sharing|returning|finishing|wrapping\s+up)\b/i,
    reason: 'A present progressive with a time is a plan: "I\'m sending the files tomorrow".',
    examples: {
      positive: ["I'm sending the final files tomorrow."],
      negative: ["I'm working on the retouch.", 'I was sending it.'],
    },
  },
  {
    id: 'en.trigger.you-agreed',
    lang: 'en',
    kind: 'trigger',
    owner: 'addressee',
    pattern:
      /\byou\s+(?:agreed|promised|committed|undertook)\s+to\b|\byou(?:'re|\s+are)\s+(?:sending|delivering|shipping|paying|transferring|wiring|handling|providing|covering|taking\s+care)\b/i,
    reason:
      'What the reader agreed to do, or is doing at a stated time ("you agreed to send the photos by Friday").',
    examples: {
      positive: [
        'Just a reminder that you agreed to send the photos by Friday.',
        "Don't forget you're sending the brand assets on Monday.",
      ],
      negative: ['Did you agree?', "You're doing great."],
    },
  },
  {
    id: 'en.trigger.can-have',
    lang: 'en',
    kind: 'trigger',
    owner: 'speaker',
    needsTime: true,
    pattern:
      /\b(?:I|we)\s+can\s+(?:definitely\s+|certainly\s+|easily\s+|still\s+)?(?:have|get\s+(?:it|them|this|that|these|those|the|a|an|your|you|everything|my|our)|deliver|send|finish|ship|complete|wrap\s+up|hand\s+over|turn\s+(?:it|this|that|them)\s+around|pay|settle|transfer|wire)\b/i,
    reason:
      'A firm statement of ability with a day is a promise ("I can get the edit to you by Thursday"); without a day, or under a condition, it is an offer.',
    examples: {
      positive: [
        'I can get the edit to you by Thursday.',
        'We can deliver the banners on Monday.',
        'We can settle the balance on Friday.',
      ],
      negative: [
        'Can I send it on Monday?',
        "I can't deliver before the 10th.",
        'I could send it Monday.',
        'I can do Tuesday for the call.',
        'I can get on a call tomorrow.',
      ],
    },
  },
  {
    id: 'en.trigger.count-on-me',
    lang: 'en',
    kind: 'trigger',
    owner: 'speaker',
    needsTime: true,
    pattern: /\b(?:count|rely|depend)\s+on\s+(?:me|us)\b/i,
    reason: '"You can count on me for Tuesday": the writer vouches for a delivery on a day.',
    examples: {
      positive: ['You can count on us for the proofs on Tuesday.', 'Rely on me to send the deck tomorrow.'],
      negative: ['I count on you for the feedback.', 'We rely on them.'],
    },
  },
  {
    id: 'en.trigger.subjectless-should',
    lang: 'en',
    kind: 'trigger',
    owner: 'speaker',
    pattern:
      /^\s*(?:(?:ok|okay|sure|yes|great|noted)[,!.]?\s+)?should\s+(?:be\s+able\s+to|have\s+(?:it|them|this|that|everything|the|a|an|your)|get\s+(?:it|them|this|that|the|your))\b/i,
    reason:
      'Subjectless soft promise at the start of a sentence ("Should have the proofs to you Monday"); the hedge rule marks it vague.',
    examples: {
      positive: ['Should have the proofs to you on Monday.', 'Sure, should be able to fix that tonight.'],
      negative: ['Should I send it on Monday?', 'It should be fine.'],
    },
  },
  {
    id: 'en.trigger.casual-ill',
    lang: 'en',
    kind: 'trigger',
    owner: 'speaker',
    pattern:
      /(?:^|[.!?,;:]\s*|\b(?:and|so|ok|okay|sure)\s+)(?:ill|Ill)\s+(?:send|get|have|do|call|ring|email|mail|fix|finish|deliver|share|upload|push|forward|pay|check|update|drop|bring|make|post|book|text)\b/,
    reason: 'Quickly typed "ill send" is "I\'ll send": casual mail drops the apostrophe.',
    examples: {
      positive: ['ok ill send the link tonight', 'Ill have the proofs ready tomorrow.'],
      negative: ["He's been ill since Monday.", 'I was ill, sorry for the delay.'],
    },
  },
  {
    id: 'en.trigger.you-should-receive',
    lang: 'en',
    kind: 'trigger',
    owner: 'speaker',
    pattern:
      /\byou\s+should\s+(?:receive|get|have\s+(?:it|them|this|that|everything|the|a|an|my|our|your))\b(?!\s+(?:been|sent|received|told|asked)\b)/i,
    reason:
      'The reader should receive something: the writer\'s side delivers it, softly ("you should get the invoice tomorrow").',
    examples: {
      positive: ['You should receive the contract by Tuesday.', 'You should get the invoice tomorrow.'],
      negative: ['You should have told me.', 'You should check the spam folder.'],
    },
  },
  {
    id: 'en.trigger.scheduled',
    lang: 'en',
    kind: 'trigger',
    owner: 'speaker',
    needsTime: true,
    pattern:
      /\b(?:the\s+|our\s+|your\s+)?(?:delivery|handover|hand-off|launch|go-live|payment|transfer|shipment|release|installation)\s+(?:is|remains|stays)\s+(?:still\s+)?(?:scheduled|planned|set|booked|on\s+track)\s+for\b/i,
    reason: "A delivery or payment that stays scheduled for a day: the writer's side holds to it.",
    examples: {
      positive: ['The delivery is still scheduled for Friday.', 'Payment is planned for the 30th.'],
      negative: ['The delivery was scheduled for Friday.', 'Is the launch scheduled for Monday?'],
    },
  },
  {
    id: 'en.trigger.name-reported',
    lang: 'en',
    kind: 'trigger',
    owner: 'third_party',
    nameGroup: true,
    pattern:
      /\b([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+(?:said|told\s+(?:me|us)|confirmed|promised|mentioned|assured\s+(?:me|us))\s+(?:that\s+)?(?:he|she|they)(?:'d|\s+would|'ll|\s+will)\s+(?!not\b|never\b|be\b|have\s+to\b|need\b)/,
    reason: 'A promise reported for someone else: "Marc said he\'d send the logins on Monday" binds Marc.',
    examples: {
      positive: ['Julie confirmed she would send the contract on Thursday.'],
      negative: ['Julie said she would be away.', 'Julie said she sent the contract.'],
    },
  },
  {
    id: 'en.trigger.going-out',
    lang: 'en',
    kind: 'trigger',
    owner: 'speaker',
    needsTime: true,
    pattern:
      /\b(?:it's|it\s+is|they're|they\s+are|(?:the|your|this|these)\s+[\w-]+(?:\s+[\w-]+){0,3}?\s+(?:is|are))\s+going\s+out\b|\b(?:it|they|the\s+[\w-]+(?:\s+[\w-]+){0,3}?)\s+(?:goes|go|ships|ship)\s+out\b/i,
    reason: '"It\'s going out today", "the files go out tomorrow": the writer\'s side sends it on a day.',
    examples: {
      positive: ['The invoice is going out tomorrow.', 'The proofs go out on Monday.'],
      negative: ['It went out yesterday.', "I'm going out tonight."],
    },
  },
  {
    id: 'en.trigger.team-will',
    lang: 'en',
    kind: 'trigger',
    owner: 'speaker',
    pattern: new RegExp(String.raw`\b(?:my|our)\s+team${WILL}${NOT_AFTER_WILL}`, 'i'),
    reason:
      '"My team will…" binds the writer\'s side (shared/eval/FORMAT.md); a named colleague or a role stays a third party.',
    examples: {
      positive: ['My team will send the access codes tomorrow.', "Our team'll fix it on Monday."],
      negative: ['Our legal team will review it.', 'Their team will call you.'],
    },
  },
  {
    id: 'en.trigger.department-will',
    lang: 'en',
    kind: 'trigger',
    owner: 'third_party',
    pattern: new RegExp(
      String.raw`(?:^\s*|[.!?;:]\s+)(?:legal|accounting|accounts(?:\s+payable)?|finance|procurement|billing|payroll|purchasing|HR|IT|marketing|management)(?:${WILL}|\s+should\s+)${NOT_AFTER_WILL}(?!be\b|love\b|like\b|hate\b|want\b|need\b|have\s+to\b)`,
      'i',
    ),
    reason:
      'A department named bare, as offices say it ("Legal will review the contract by Monday"); "should" is marked vague by the hedge rules.',
    examples: {
      positive: [
        'Legal will review the NDA by Monday.',
        'Accounts payable will process it on Friday.',
        'Finance should release the payment on Tuesday.',
      ],
      negative: [
        'Legal said no.',
        'The legal side will be fine.',
        'Marketing will love it.',
        'Legal should be fine with it.',
      ],
    },
  },
  {
    id: 'en.trigger.role-will',
    lang: 'en',
    kind: 'trigger',
    owner: 'third_party',
    pattern: new RegExp(
      String.raw`\b(?:our|my|the|their|his|her)\s+(?:[\w-]+\s+)?(?:${ROLES})s?(?:\s+[\w-]+){0,3}?${WILL}${NOT_AFTER_WILL}`,
      'i',
    ),
    reason: 'A named role on the client\'s or writer\'s side will act ("our accountant will process…").',
    examples: {
      positive: [
        'Our accountant will process the payment next week.',
        'Our developer is going to push the keys tomorrow.',
      ],
      negative: ['Our accountant processed it.', 'The team will not be there.'],
    },
  },
  {
    id: 'en.trigger.name-will',
    lang: 'en',
    kind: 'trigger',
    owner: 'third_party',
    nameGroup: true,
    pattern: new RegExp(
      String.raw`\b([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)(?:\s+from\s+(?:(?:our|my|the|their)\s+)?[\w-]+(?:\s+[\w-]+)?)?${WILL}${NOT_AFTER_WILL}`,
    ),
    reason: 'A person named in the text will act ("Sarah will send over the contract").',
    examples: {
      positive: [
        'Sarah will send over the signed contract.',
        'Marc from our team will send you the guidelines.',
        'Julie from finance will settle the invoice on Monday.',
      ],
      negative: ['sarah sent it.', 'Sarah will not come.'],
    },
  },
  {
    id: 'en.trigger.thing-will-be',
    lang: 'en',
    kind: 'trigger',
    owner: 'speaker',
    pattern:
      /(?:^\s*|\b(?:the|your|our|my|this|that|these|those|it|they)\b)(?:\s*[\w'-]+){0,5}?(?:\s+will|'ll|\s+should)\s+(?:be\s+(?:ready|done|finished|sent|delivered|transferred|paid|processed|completed|made|with\s+you|in\s+your|online|live|uploaded|published|shipped|wired|finali[sz]ed|fixed|signed|settled|issued|credited)|go\s+out|go\s+live|ship|reach\s+you)\b/i,
    reason:
      'The deliverable will be ready or sent: the writer\'s side is bound ("The draft will be ready by…").',
    examples: {
      positive: [
        'The tax return draft will be ready by the end of the month.',
        'The remaining balance will be transferred on Monday.',
      ],
      negative: ['The prints should arrive Thursday.', 'The draft was ready.', 'We hope it will be fine.'],
    },
  },
  // ——— blocks ———
  {
    id: 'en.block.conditional-offer',
    lang: 'en',
    kind: 'block',
    pattern:
      /\bif\s+(?:you|u)\s+(?:want|prefer|like|wish|'d\s+like|would\s+like|need|'d\s+prefer|would\s+prefer)\b|\bif\s+(?:needed|necessary|required|you\s+think\s+it)\b|\bif\s+(?:that|this|it)\s+(?:works|suits|helps|is\s+(?:ok|okay|easier|better))\b|\bwhichever\s+(?:you|suits|works)\b/i,
    reason: 'A conditional offer commits to nothing until accepted ("I\'ll do it if you want").',
    examples: {
      positive: ["I'll redo it if you prefer.", 'I can send the draft on Tuesday if that works for you.'],
      negative: ["I'll redo it by Monday."],
    },
  },
  {
    id: 'en.block.if-approval',
    lang: 'en',
    kind: 'block',
    pattern:
      /\b(?:if|provided|as\s+long\s+as|assuming)\s+(?:that\s+)?(?:you|u|they|the\s+client|your\s+\w+)\s+(?:can\s+|could\s+)?(?:approve|validate|confirm|sign|accept|agree|ok|okay|green-?light|give\s+(?:me|us)|send\s+(?:me|us)|get\s+(?:me|us)|pay|return|decide|choose|pick)\b/i,
    reason:
      'A promise that waits on the reader\'s approval or input is a conditional offer ("if you sign off today, I can start Monday").',
    examples: {
      positive: [
        'If you sign the quote today, I can start on Monday.',
        "I'll book the studio provided you confirm by noon.",
      ],
      negative: ["I'll start on Monday.", 'If anything changes, I will let you know.'],
    },
  },
  {
    id: 'en.block.not-sure',
    lang: 'en',
    kind: 'block',
    pattern:
      /\b(?:not\s+sure|unsure|doubt|don't\s+think|do\s+not\s+think|don't\s+know\s+(?:if|whether)|no\s+idea\s+(?:if|whether))\b/i,
    reason: 'Doubt about doing it is not a promise ("I\'m not sure I\'ll have time").',
    examples: { positive: ["I'm not sure I'll have time this month."], negative: ["I'm sure I'll have it."] },
  },
  {
    id: 'en.block.wish',
    lang: 'en',
    kind: 'block',
    pattern: /\bI\s+wish\b|\b(?:I'd|I\s+would)\s+(?:love|like)\s+to\b/i,
    reason: 'A wish is not a promise.',
    examples: { positive: ['I wish I could send it tomorrow.'], negative: ["I'll send it tomorrow."] },
  },
  {
    id: 'en.block.past-intent',
    lang: 'en',
    kind: 'block',
    pattern: /\b(?:was|were)\s+(?:going|supposed|planning|meant|hoping)\s+to\b|\bwould\s+have\b/i,
    reason: 'An intention in the past ("I was going to send it").',
    examples: {
      positive: ['I was going to send the deck tonight.'],
      negative: ["I'm going to send the deck tonight."],
    },
  },
  {
    id: 'en.block.request',
    lang: 'en',
    kind: 'block',
    pattern:
      /\b(?:please|kindly)\s+(?:confirm|make\s+sure|ensure|let\s+me\s+know|note)\b|\bcan\s+you\s+confirm\b/i,
    reason: 'Asking the reader to confirm is a request, not a commitment.',
    examples: { positive: ["Please confirm you'll pay by Friday."], negative: ["I'll confirm by Friday."] },
  },
  // ——— hedges ———
  {
    id: 'en.hedge.try',
    lang: 'en',
    kind: 'hedge',
    pattern: /\b(?:try|trying|attempt)\s+(?:to|and|(?:my|our)\s+best)\b/i,
    reason: '"I\'ll try" leaves room not to do it.',
    examples: {
      positive: ["I'll try to get it done by tomorrow."],
      negative: ["I'll get it done by tomorrow."],
    },
  },
  {
    id: 'en.hedge.hopefully',
    lang: 'en',
    kind: 'hedge',
    pattern:
      /\bhopefully\b|\b(?:I|we)(?:'re|\s+are|'m|\s+am)?\s+hop(?:e|ing)\s+to\b|\bfingers\s+crossed\b|\bwith\s+(?:any|a\s+bit\s+of)\s+luck\b|\bI\s+(?:think|believe|guess|reckon)\b/i,
    reason: 'Hope is not a promise.',
    examples: {
      positive: ["I'll hopefully have the draft by Thursday.", "We're hoping to wrap it up by Monday."],
      negative: ["I'll have the draft by Thursday."],
    },
  },
  {
    id: 'en.hedge.should',
    lang: 'en',
    kind: 'hedge',
    pattern: /\bshould\b/i,
    reason: '"Should" states an expectation, not a promise.',
    examples: {
      positive: ['We should be able to wrap up QA this week.'],
      negative: ['We will wrap up QA this week.'],
    },
  },
  {
    id: 'en.hedge.best-effort',
    lang: 'en',
    kind: 'hedge',
    pattern:
      /\b(?:do|doing)\s+(?:my|our)\s+best\b|\bas\s+best\s+(?:I|we)\s+can\b|\baim(?:ing)?\s+(?:to|for)\b|\bprobably\b|\bmight\b|\bif\s+(?:all\s+goes\s+well|possible|I\s+can|we\s+can|time\s+allows)\b|\bno\s+promises\b|\bcan't\s+promise\b|\bideally\b|\bwith\s+luck\b/i,
    reason: 'Best-effort wording ("I\'ll do my best", "probably").',
    examples: {
      positive: ["I'll do my best to squeeze it in.", "We're aiming to ship it by Friday."],
      negative: ["I'll squeeze it in on Monday."],
    },
  },
  // ——— unclear actions ———
  {
    id: 'en.unclear.look-into',
    lang: 'en',
    kind: 'unclear',
    alwaysVague: true,
    pattern:
      /\blook\s+into\b|\b(?:have|take)\s+a\s+look\b|\blook\s+at\s+(?:it|this|that)\b|\bsee\s+what\s+(?:I|we)\s+can\s+do\b|\bthink\s+about\s+it\b|\bcheck\s+(?:on\s+)?(?:it|this|that)\b/i,
    reason: 'Looking into something does not say what will be delivered.',
    examples: { positive: ["I'll look into the checkout bug."], negative: ["I'll fix the checkout bug."] },
  },
  {
    id: 'en.unclear.follow-up',
    lang: 'en',
    kind: 'unclear',
    pattern:
      /\bcircle\s+back\b|\bkeep\s+you\s+(?:posted|updated|informed|in\s+the\s+loop)\b|\bfollow\s+up\b|\btouch\s+base\b|\bget\s+back\s+to\s+you\b|\bbe\s+in\s+touch\b/i,
    reason: 'A follow-up without a date names no deliverable.',
    examples: {
      positive: ["We'll circle back once legal has signed off.", "I'll keep you posted."],
      negative: ["I'll send the contract."],
    },
  },
  // ——— anchors ———
  {
    id: 'en.anchor.condition',
    lang: 'en',
    kind: 'anchor',
    pattern: /\bas\s+soon\s+as\b|\bonce\b|\bas\s+agreed\b|\bas\s+discussed\b|\bright\s+after\b/i,
    reason: 'A condition or an agreement that makes a present tense a promise.',
    examples: { positive: ['as soon as I hear back'], negative: ['as usual'] },
  },
]);
