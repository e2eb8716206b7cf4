import { type LineRule, MAX_MARKER_LINE, markerForm, matchesAny, matchesForm } from './line-rule.ts';
import { HEADER_FIELDS, type HeaderField, HISTORY_SEPARATORS, QUOTE_HEADERS } from './reply-headers.ts';
import {
  CLOSINGS,
  DASH_NAME_SIGNATURE,
  NAME_LINE,
  SIGNATURE_LINES,
  SIGNATURE_MARKERS,
} from './signatures.ts';

/**
 * The new text of a plain-text email body: what a reader sees as the message once quoted
 * history, reply and forward headers, and signatures are removed.
 *
 * One pass over the lines, in order:
 * - `>`-quoted lines are dropped wherever they are, so inline and bottom-posted replies keep
 *   their own paragraphs;
 * - an attribution ("On … wrote:", "Le … a écrit :", wrapped over up to three lines) is dropped
 *   when a quote follows it, and ends the text when unquoted history follows;
 * - a history separator (original message, forward) or an Outlook header block ends the text;
 * - a signature marker ("-- ", "Sent from my iPhone", a mailing-list rule) ends the text.
 * Then the tail is cleaned: a "-Name" line, and an unmarked company signature after the closing
 * ("Best,\nMark" stays, the title, phone and address lines under it go).
 *
 * Every rule is tested on one line or a few joined lines of bounded length, so the whole pass
 * is linear in the size of the body.
 */
export function extractReply(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const forms = lines.map(formOf);
  const kept = newTextLines(lines, forms, forms.map(fieldOf));
  return tidy(stripTailSignature(kept));
}

/**
 * Whether a piece of text (a line, or a header element's text from a webmail page) is a reply
 * or forward header: an attribution, a separator, or an Outlook "From: / Sent:" block.
 */
export function isReplyHeaderText(text: string): boolean {
  const lines = text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .filter((l) => l.trim() !== '');
  if (lines.length === 0) return false;
  const joined = markerForm(lines.slice(0, 3).join(' '));
  if (
    QUOTE_HEADERS.some((r) => !r.needsQuote && joined.length <= MAX_MARKER_LINE && r.pattern.test(joined))
  ) {
    return true;
  }
  if (matchesAny(HISTORY_SEPARATORS, lines[0] ?? '')) return true;
  return (
    headerBlockAt(
      lines.map((l) => fieldOf(formOf(l))),
      0,
    ) > 0
  );
}

const isQuoted = (line: string): boolean => /^\s*>/.test(line);
const isBlank = (line: string): boolean => line.trim() === '';
/** The marker form of a line, or '' for lines too long to be a marker (never matched). */
const formOf = (line: string): string => (line.length > MAX_MARKER_LINE ? '' : markerForm(line));

/**
 * `lines`, their `forms` (see `formOf`) and the header `fields` they open run in parallel,
 * computed once per line.
 */
function newTextLines(
  lines: readonly string[],
  forms: readonly string[],
  fields: readonly (HeaderField | null)[],
): string[] {
  const out: string[] = [];
  let inCode = false;
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] ?? '';
    // Fenced code (Markdown ```) is the writer's own text, whatever it contains.
    if (/^\s*```/.test(line)) inCode = !inCode;
    if (inCode || /^\s*```/.test(line)) {
      out.push(line);
      i++;
      continue;
    }
    if (isQuoted(line)) {
      i++;
      continue;
    }
    if (isBlank(line)) {
      out.push('');
      i++;
      continue;
    }
    const form = forms[i] ?? '';
    const header = attributionAt(lines, forms, i);
    const split = header?.strict ? -1 : midLineAttribution(form);
    if (split > 0 && quoteFollows(lines, i + 1)) {
      // "thanks! On Wed, … wrote:" — the mailer glued the attribution to the last line.
      out.push(form.slice(0, split).replace(/[\s-]+$/, ''));
      i++;
      continue;
    }
    if (header) {
      if (!header.quoted) break; // unquoted history below a clear attribution
      i += header.length;
      continue;
    }
    if (matchesForm(HISTORY_SEPARATORS, form)) break;
    if (headerBlockAt(fields, i) > 0) break;
    if (matchesForm(SIGNATURE_MARKERS, form)) break;
    out.push(line);
    i++;
  }
  return out;
}

/**
 * An attribution starting at line `i`: how many lines it spans (1–3, no blank inside), whether
 * a quote follows, and whether a strict rule matched. Loose rules only count when a quote follows.
 */
function attributionAt(
  lines: readonly string[],
  forms: readonly string[],
  i: number,
): { length: number; quoted: boolean; strict: boolean } | null {
  let joined = '';
  for (let n = 1; n <= 3; n++) {
    const line = lines[i + n - 1];
    if (line === undefined || isBlank(line) || isQuoted(line)) return null;
    // A wrapped attribution breaks mid-phrase: a sentence ending above it is the reply's own text
    // (a dot after digits is a date: "schrieb am So., 23.\nJuni 2024").
    if (n > 1 && /\p{L}{2}[.!?]$/u.test(joined)) return null;
    const wrapsAfterClause = n > 1 && /[,;:]$/.test(joined);
    const form = forms[i + n - 1] ?? '';
    if (form === '') return null;
    joined = n === 1 ? form : `${joined} ${form}`;
    if (joined.length > MAX_MARKER_LINE) return null;
    // Every attribution ends in a colon, "wrote", dashes or an address: skip the rules otherwise.
    if (!ATTRIBUTION_END.test(joined)) continue;
    // A loose attribution ("Paul wrote:") is one phrase; "Hi,\nPaul wrote:" starts at "Paul".
    const rules = QUOTE_HEADERS.filter((r) => !(r.needsQuote && wrapsAfterClause) && r.pattern.test(joined));
    if (rules.length === 0) continue;
    const quoted = quoteFollows(lines, i + n);
    const strict = rules.some((r) => !r.needsQuote);
    if (quoted || strict) return { length: n, quoted, strict };
  }
  return null;
}

const ATTRIBUTION_END = /(?:[:：>-]|wrote)$/i;

/** Where a clear attribution starts inside a line ("reply On …, bob wrote:"), or -1. */
function midLineAttribution(form: string): number {
  if (!ATTRIBUTION_END.test(form)) return -1;
  const openers = /[\s-](?=(?:On|Le|Am|El|Il|Op)\s)/g;
  for (let tries = 0; tries < 5; tries++) {
    const m = openers.exec(form);
    if (!m) return -1;
    const start = m.index + 1;
    const rest = form.slice(start);
    if (QUOTE_HEADERS.some((r) => !r.needsQuote && r.pattern.test(rest))) return start;
  }
  return -1;
}

/** True when the next non-blank line from `i` is `>`-quoted. */
function quoteFollows(lines: readonly string[], i: number): boolean {
  let j = i;
  while (j < lines.length && isBlank(lines[j] ?? '')) j++;
  const next = lines[j];
  return next !== undefined && isQuoted(next);
}

/** A header field label ends within the first few characters ("Envoyé le :", "*Subject:*"). */
const fieldOf = (form: string): HeaderField | null => {
  const colon = form.search(/[:：]/);
  return colon < 1 || colon > 16 ? null : (matchesForm(HEADER_FIELDS, form)?.field ?? null);
};

/** Header blocks and signatures are short; the caps also keep the scan linear. */
const MAX_BLOCK_LINES = 12;
const MAX_SIGNATURE_LINES = 15;

/**
 * An Outlook header block starting at line `i` ("From: … / Sent: … / To: … / Subject: …", in any
 * order a mailer writes them): its number of lines, or 0. It needs a sender and a date, a sender
 * and two more fields, or a date and another field, so a lone "To:" or "De :" in prose, or
 * "From: Paris / To: Lyon", never counts. One
 * wrapped continuation line is allowed between fields (long recipient lists).
 */
function headerBlockAt(fields: readonly (HeaderField | null)[], i: number): number {
  const seen = new Set<HeaderField>();
  let j = i;
  let lastField = i - 1;
  while (j < fields.length && j - lastField <= 2 && j - i < MAX_BLOCK_LINES) {
    const field = fields[j];
    if (field) {
      seen.add(field);
      lastField = j;
    } else if (j === i) {
      break;
    }
    j++;
  }
  // A sender with a date or two more fields, or a date with another field ("Date: … / To: …").
  const isBlock = seen.has('from') ? seen.has('sent') || seen.size >= 3 : seen.has('sent') && seen.size >= 2;
  return isBlock ? lastField - i + 1 : 0;
}

/** Removes a "-Name" last line and an unmarked company signature under the closing. */
function stripTailSignature(lines: string[]): string[] {
  const out = trimBlankAndRules(lines);
  const last = out.at(-1);
  if (last !== undefined && matchesOne(DASH_NAME_SIGNATURE, last)) {
    out.pop();
  }
  return cutCompanySignature(trimBlankAndRules(out));
}

function matchesOne(rule: LineRule, line: string): boolean {
  return line.length <= MAX_MARKER_LINE && rule.pattern.test(markerForm(line));
}

/** Drops trailing blank lines and separator rules ("-----", "_____") left above a cut. */
function trimBlankAndRules(lines: string[]): string[] {
  let end = lines.length;
  while (end > 0 && /^\s*(?:[-_=*~]{3,}\s*)?$/.test(lines[end - 1] ?? '')) end--;
  return lines.slice(0, end);
}

/**
 * After the last closing line and the name under it, a short block with a title, phone, web or
 * postal address, disclaimer, or the name repeated is a company signature. A "P.S." is not.
 */
function cutCompanySignature(lines: string[]): string[] {
  let closing = -1;
  for (let k = lines.length - 1; k >= 0 && closing < 0; k--) {
    if (matchesAny(CLOSINGS, lines[k] ?? '')) closing = k;
  }
  if (closing < 0) return lines;
  const closingLine = markerForm(lines[closing] ?? '');
  let name = nameAfterClosing(closingLine);
  let blockStart = closing + 1;
  if (name === null) {
    let n = closing + 1;
    while (n < lines.length && isBlank(lines[n] ?? '') && n - closing <= 2) n++;
    const candidate = markerForm(lines[n] ?? '');
    if (!NAME_LINE.test(candidate)) return lines;
    name = candidate;
    blockStart = n + 1;
  }
  const block = lines.slice(blockStart).filter((l) => !isBlank(l));
  if (block.length === 0 || block.length > MAX_SIGNATURE_LINES) return lines;
  if (/^p\.?\s?s\b/i.test(markerForm(block[0] ?? ''))) return lines;
  const firstName = name.split(/\s+/)[0] ?? '';
  const repeatsName =
    firstName.length >= 2 &&
    block.some((l) => l.length <= MAX_MARKER_LINE && markerForm(l).includes(firstName));
  const looksLikeSignature = block.some((l) => matchesAny(SIGNATURE_LINES, l) !== null);
  return repeatsName || looksLikeSignature ? lines.slice(0, blockStart) : lines;
}

/** "Thanks, Mark" → "Mark"; "Best," → null. */
function nameAfterClosing(closingLine: string): string | null {
  const m = /[,!.]?\s+(\p{Lu}[\p{L}'’-]{1,29})$/u.exec(closingLine);
  if (!m?.[1]) return null;
  // "Best regards" / "Bien cordialement" end on a closing word, not a name.
  const withoutName = closingLine.slice(0, m.index).trim();
  return withoutName !== '' && matchesAny(CLOSINGS, withoutName) ? m[1] : null;
}

/** Trailing spaces off, runs of blank lines down to one, no blank lines at the ends. */
function tidy(lines: string[]): string {
  const out: string[] = [];
  for (const line of lines) {
    const trimmed = line.trimEnd();
    if (trimmed === '' && (out.length === 0 || out.at(-1) === '')) continue;
    out.push(trimmed);
  }
  while (out.at(-1) === '') out.pop();
  return out.join('\n');
}
