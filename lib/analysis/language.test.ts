import { describe, expect, it } from 'vitest';
import { detectLanguage, languageScores } from './language.ts';

describe('detectLanguage', () => {
  it.each([
    ['Je vous envoie le devis demain.', 'fr'],
    ["Bonjour Léa, merci pour les maquettes, c'est parfait.", 'fr'],
    ['On se cale ça jeudi ?', 'fr'],
    ["I'll send the revised mockups by Friday.", 'en'],
    ['Could you send the logo files in SVG by Monday?', 'en'],
    ['Thanks for the reminder. We will pay the invoice on the 15th.', 'en'],
  ] as const)('%s → %s', (text, lang) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  it('falls back when nothing tells the languages apart', () => {
    expect(detectLanguage('', 'fr')).toBe('fr');
    expect(detectLanguage('👍🎉', 'en')).toBe('en');
    expect(detectLanguage('```const x = 1;```', 'fr')).toBe('fr');
  });

  it('counts both languages in mixed text', () => {
    const s = languageScores('Merci beaucoup ! Thanks a lot, see you next week.');
    expect(s.fr).toBeGreaterThan(0);
    expect(s.en).toBeGreaterThan(0);
  });
});
