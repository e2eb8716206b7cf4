/**
 * `eval requests <file.tsv>`: `Yes`/`No`, a tab, one sentence per line (shared eval/FORMAT.md,
 * "requests"). Scores precision / recall / F1 of `Yes` and accuracy. A malformed line is reported
 * with its number on stderr and counted as wrong.
 */
import { readFileSync } from 'node:fs';
import { detectLanguage } from '../../../lib/analysis/language.ts';
import { scoreRequest } from '../../../lib/analysis/requests.ts';
import { type EvalOptions, prf, reportError, round } from './common.ts';

export async function run(path: string, options: EvalOptions) {
  const lines = readFileSync(path, 'utf8').split(/\r?\n/);
  let n = 0;
  let right = 0;
  let tp = 0;
  let fp = 0;
  let fn = 0;
  lines.forEach((raw, i) => {
    if (raw.trim() === '') return;
    n++;
    const tab = raw.indexOf('\t');
    const label = tab < 0 ? '' : raw.slice(0, tab).trim();
    if (label !== 'Yes' && label !== 'No') {
      process.stderr.write(`${path}:${i + 1}: expected "Yes<TAB>sentence" or "No<TAB>sentence"\n`);
      return;
    }
    const sentence = raw.slice(tab + 1);
    const { request, rules } = scoreRequest(sentence, detectLanguage(sentence, 'en'));
    const gold = label === 'Yes';
    if (request === gold) right++;
    if (request && gold) tp++;
    else if (request) fp++;
    else if (gold) fn++;
    if (request !== gold) reportError(options, { line: i + 1, gold: label, text: sentence, rules });
  });
  const { precision, recall, f1 } = prf(tp, fp, fn);
  return { task: 'requests', n, precision, recall, f1, accuracy: n === 0 ? 0 : round(right / n) };
}
