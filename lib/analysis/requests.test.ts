import { describe, expect, it } from 'vitest';
import { EN_REQUEST_RULES } from './requests/request-rules.en.ts';
import { FR_REQUEST_RULES } from './requests/request-rules.fr.ts';
import { EN_REQUEST_MODEL } from './requests/request-weights.en.ts';
import { detectRequests, isRequest } from './requests.ts';

const RULES = [...EN_REQUEST_RULES, ...FR_REQUEST_RULES];

describe('request rules', () => {
  it('have unique ids prefixed with their language', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of RULES) expect(r.id.startsWith(`${r.lang}.request.`)).toBe(true);
  });

  describe.each(RULES.map((r) => [r.id, r] as const))('%s', (_id, rule) => {
    it('matches its positive examples and not its negative ones', () => {
      expect(rule.examples.positive.length).toBeGreaterThan(0);
      expect(rule.examples.negative.length).toBeGreaterThan(0);
      for (const s of rule.examples.positive) expect(rule.pattern.test(s), s).toBe(true);
      for (const s of rule.examples.negative) expect(rule.pattern.test(s), s).toBe(false);
    });
  });

  it('the fitted English model knows every English rule', () => {
    for (const r of EN_REQUEST_RULES) expect(typeof EN_REQUEST_MODEL.rules[r.id], r.id).toBe('number');
  });
});

describe('isRequest', () => {
  it.each([
    ['Could you send the logo files in SVG by Monday?', 'en', true],
    ['Please forward the contract to Marc.', 'en', true],
    ['Let me know which option works best for you.', 'en', true],
    ['I sent the invoice yesterday, thanks for the payment.', 'en', false],
    ['The files are uploaded to the shared folder.', 'en', false],
    ['Pourriez-vous nous envoyer les fichiers sources avant lundi ?', 'fr', true],
    ['Merci de me faire parvenir le bon de commande signé.', 'fr', true],
    ['Je vous remercie de bien vouloir régler la facture avant le 28.', 'fr', true],
    ['Tu peux m’envoyer le brief ?', 'fr', true],
    ["N'hésitez pas si vous avez des questions.", 'fr', false],
    ['Merci pour votre retour.', 'fr', false],
    ['Je vous envoie le devis demain.', 'fr', false],
  ] as const)('%s → %s', (text, lang, expected) => {
    expect(isRequest(text, lang)).toBe(expected);
  });
});

describe('detectRequests', () => {
  it('returns the asking sentences with offsets', () => {
    const text = 'Merci pour les maquettes. Pourriez-vous ajouter une page contact ? Bonne journée.';
    const found = detectRequests(text, 'fr');
    expect(found.map((r) => r.text)).toEqual(['Pourriez-vous ajouter une page contact ?']);
    const [r] = found;
    expect(r && text.slice(r.start, r.end)).toBe(r?.text);
    expect(r?.rules).toContain('fr.request.pourriez-vous');
  });

  it('survives empty, emoji and code input', () => {
    expect(detectRequests('', 'en')).toEqual([]);
    expect(detectRequests('🙏🙏', 'en')).toEqual([]);
    expect(Array.isArray(detectRequests('```js\nfetch(url).then(r => r.json())\n```', 'en'))).toBe(true);
  });
});
