const IRREGULAR: Readonly<Record<string, string>> = {
  paid: 'pay',
  sent: 'send',
  bought: 'buy',
  told: 'tell',
  got: 'get',
  gotten: 'get',
  went: 'go',
  gone: 'go',
  took: 'take',
  taken: 'take',
  made: 'make',
  left: 'leave',
  lost: 'lose',
  broke: 'break',
  broken: 'break',
  gave: 'give',
  given: 'give',
  came: 'come',
  said: 'say',
  felt: 'feel',
  kept: 'keep',
  brought: 'bring',
  wrote: 'write',
  written: 'write',
  stolen: 'steal',
  stole: 'steal',
  children: 'child',
  men: 'man',
  women: 'woman',
};

/**
 * A light stem that lets "charged", "charges" and "charging" meet; not a dictionary lemma, but the
 * same for every form a customer and an agent are likely to write.
 * @example lemma('cancelled') // 'cancel'
 */
export function lemma(word: string): string {
  let w = word.replace(/'s$/, '').replace(/'/g, '');
  const irregular = IRREGULAR[w];
  if (irregular !== undefined) return irregular;
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 6 && w.endsWith('ation')) w = w.slice(0, -5);
  else if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  else if (w.length > 4 && /(?:ss|x|ch|sh)es$/.test(w)) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us')) w = w.slice(0, -1);
  if (w.length > 4 && /([bdfglmnprt])\1$/.test(w)) w = w.slice(0, -1);
  if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}
