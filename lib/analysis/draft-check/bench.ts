import { checkDraft } from './check-draft.ts';

/**
 * A benchmark the `bench` tool can run: a realistic 300-word draft with something for every rule.
 * The budget is 10 ms per check; tests do not assert on time (machines vary), the bench reports it.
 */
export const BENCH_DRAFT = `Hi Paul,

I just wanted to follow up on the mockups. Sorry for the delay, and sorry again for the confusion last week.
As I already said, the homepage needs the final photos before I can finish it, and I think we are close.
I'll try to send the V2 soon, probably in the coming days, and I'll get back to you about the blog.
You didn't send the copy for the about page yet, so I will send a reminder to Marc.
Quick question: could you confirm the colours??? The current green is VERY BRIGHT on mobile!!!
Maybe we could also discuss the newsletter popup, which was not in the original quote, so I'll prepare an estimate.
The hosting renewal is due on 27 November, and the invoice for October is attached.
I guess the launch could happen the week after, if everything goes well with the review and the tests on Safari.
Let me know what works for you. I will call you on Friday at 10am to go through the remaining points:
the menu, the footer links, the contact form, the legal notice page and the cookie banner.
Thanks again for your patience, I know it has been a long project and I appreciate your feedback along the way.
I'll keep you posted on the printer, and I'll send the files.
For the newsletter, the first issue could go out in December if the list is imported by then; the template is
ready, the welcome email is drafted and the unsubscribe page works. I would rather test it with five colleagues first.
On the legal side, the privacy page still needs your company number and the name of the person in charge of data.
Once those are in, I can publish it the same day.
Best,
Léa`;

/** Milliseconds per check of `draft`, averaged over `iterations` runs after one warm-up. */
export function benchCheckDraft(
  iterations = 200,
  draft: string = BENCH_DRAFT,
): { msPerCheck: number; words: number } {
  const now = '2026-11-23T10:00:00+01:00';
  checkDraft(draft, 'en', { now });
  const t0 = performance.now();
  for (let i = 0; i < iterations; i++) checkDraft(draft, 'en', { now });
  const msPerCheck = (performance.now() - t0) / iterations;
  return { msPerCheck, words: draft.split(/\s+/).filter(Boolean).length };
}
