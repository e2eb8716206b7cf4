/** The word features of the English request model: words, word pairs, and the first two words. */
const TOKEN = /[a-z]+(?:'[a-z]+)?|\?|\$link/g;

export function requestFeatures(sentence: string): Set<string> {
  const tokens = sentence.toLowerCase().replace(/[’‘]/g, "'").match(TOKEN) ?? [];
  const out = new Set<string>(tokens);
  for (let i = 0; i + 1 < tokens.length; i++) out.add(`${tokens[i]}_${tokens[i + 1]}`);
  for (const t of tokens.slice(0, 2)) out.add(`^${t}`);
  return out;
}
