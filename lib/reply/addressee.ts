import type { Analysis, Lang } from '../analysis/types.ts';
import type { Message, Thread } from '../mail/thread.ts';
import { FEMININE_FIRST_NAMES, MASCULINE_FIRST_NAMES } from './first-names.ts';
import type { Register } from './types.ts';

/** Who the reply is to, and whether they write formally (civility + last name) or not. */
export interface Addressee {
  firstName: string | null;
  lastName: string | null;
  civility: 'female' | 'male' | null;
  formal: boolean;
}

const CIVILITY_GREETING =
  /^\s*(?:(?:bonjour|bonsoir|cher|chère)\s+)?(?:madame|monsieur|mme|mlle)\b|^\s*dear\s+(?:mr|mrs|ms|miss|sir|madam)\b/iu;
const FORMAL_CLOSING =
  /\b(?:cordialement|salutations|veuillez agréer|sincerely|yours faithfully|yours truly|respectfully)\b/iu;
const SIGNED_CIVILITY = /^\s*(m\.|mme|mr\.?|mrs\.?|ms\.?)\s+\S/iu;

function lines(text: string): string[] {
  return text
    .split(/\n+/)
    .map((line) => line.trim())
    .filter(Boolean);
}

/** The user's address: the analysis's, else the thread's account. */
export function myAddress(thread: Thread, analysis: Analysis): string | null {
  return (analysis.me ?? thread.account)?.toLowerCase() ?? null;
}

/** Messages the client wrote: from the analysis's client, else from anyone but me. */
export function clientMessages(thread: Thread, analysis: Analysis): Message[] {
  const me = myAddress(thread, analysis);
  const clientEmail = analysis.client?.email?.toLowerCase() ?? null;
  return thread.messages.filter((message) => {
    const from = message.from.email?.toLowerCase() ?? null;
    if (clientEmail) return from === clientEmail;
    return from !== me;
  });
}

/** The name the user writes under in the thread, when the profile has none. */
export function myNameInThread(thread: Thread, analysis: Analysis): string | null {
  const me = myAddress(thread, analysis);
  for (const message of thread.messages) {
    if (me && message.from.email?.toLowerCase() === me && message.from.name) return message.from.name;
    for (const to of message.to) if (me && to.email?.toLowerCase() === me && to.name) return to.name;
  }
  return null;
}

function civilityOf(firstName: string | null, signature: string | undefined): Addressee['civility'] {
  const signed = signature ? SIGNED_CIVILITY.exec(signature)?.[1]?.toLowerCase() : undefined;
  if (signed)
    return signed.startsWith('m.') || (signed.startsWith('mr') && !signed.startsWith('mrs'))
      ? 'male'
      : 'female';
  const key = firstName?.toLowerCase();
  if (!key) return null;
  if (FEMININE_FIRST_NAMES.has(key) && !MASCULINE_FIRST_NAMES.has(key)) return 'female';
  if (MASCULINE_FIRST_NAMES.has(key) && !FEMININE_FIRST_NAMES.has(key)) return 'male';
  return null;
}

/**
 * Who the reply greets (the sender of the newest message not from me, else the analysis's client)
 * and how they name themself and greet: formal when they greet with a civility ("Madame,",
 * "Dear Mr Smith"), or sign with their full name under a formal closing without greeting me by my
 * first name; informal when they sign with their first name alone or greet me by mine.
 */
export function addresseeOf(thread: Thread, analysis: Analysis, myFirstName: string | null): Addressee {
  // The reply answers the newest message from the other side: when a colleague of the client
  // took over the thread, greet them rather than the first person who wrote.
  const me = myAddress(thread, analysis);
  const answered = thread.messages.findLast((m) => {
    const from = m.from.email?.toLowerCase() ?? null;
    return from !== null && from !== me && Boolean(m.from.name?.trim());
  })?.from;
  const answeredEmail = answered?.email?.toLowerCase() ?? null;
  const messages = answeredEmail
    ? thread.messages.filter((m) => m.from.email?.toLowerCase() === answeredEmail)
    : clientMessages(thread, analysis);
  const name = answered?.name ?? analysis.client?.name ?? messages.at(-1)?.from.name ?? null;
  const parts = name?.trim().split(/\s+/) ?? [];
  const firstName = parts[0] ?? null;
  const lastName = parts.length > 1 ? parts.slice(1).join(' ') : null;
  let formal = false;
  let lastSignature: string | undefined;
  for (const message of messages) {
    const textLines = lines(message.text);
    const greeting = textLines[0] ?? '';
    const signature = textLines.at(-1);
    lastSignature = signature ?? lastSignature;
    const greetsMeByName = myFirstName !== null && greeting.toLowerCase().includes(myFirstName.toLowerCase());
    const signsFirstNameOnly = firstName !== null && signature?.toLowerCase() === firstName.toLowerCase();
    if (greetsMeByName || signsFirstNameOnly) formal = false;
    else if (CIVILITY_GREETING.test(greeting)) formal = true;
    else if (
      name !== null &&
      lastName !== null &&
      signature?.toLowerCase().includes(name.toLowerCase()) &&
      textLines.some((line) => FORMAL_CLOSING.test(line))
    )
      formal = true;
  }
  return { firstName, lastName, civility: civilityOf(firstName, lastSignature), formal };
}

const CIVILITY_WORDS: Record<Lang, Record<'female' | 'male', string>> = {
  fr: { female: 'Madame', male: 'Monsieur' },
  en: { female: 'Ms', male: 'Mr' },
};

/**
 * The name in the greeting: the first name, or civility + last name for a formal client
 * ("Madame Durand", "Mr Kim"); `tu` is always the first name. Null when the client has no name.
 */
export function greetingName(addressee: Addressee, lang: Lang, register: Register): string | null {
  if (!addressee.firstName) return null;
  if (!addressee.formal || register === 'tu' || !addressee.lastName) return addressee.firstName;
  if (addressee.civility) return `${CIVILITY_WORDS[lang][addressee.civility]} ${addressee.lastName}`;
  return `${addressee.firstName} ${addressee.lastName}`;
}
