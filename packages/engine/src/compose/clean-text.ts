/**
 * Prepares customer text for quoting back: no shouting, emoji, profanity or insults, so the
 * paraphrase carries their facts without repeating their anger.
 */

/** Short capitalised words that are names of things, not shouting. */
const ACRONYMS = new Set(
  'ATM API DHL UPS USPS PDF ID VAT USB TV PIN SMS IBAN UK US EU GPS SIM PC VPN ISP WIFI ETA FAQ DVD CD HDMI IT HR CEO OK ASAP DM NHS IRS PO SKU QR IOS'.split(
    ' ',
  ),
);

/** Words dropped from a paraphrase: they carry heat, not facts. */
const DROP = new Set(
  'fucking fuckin effing freaking frickin bloody damn damned goddamn stupid useless pathetic incompetent idiotic moronic crappy shitty ridiculous absurd joke clowns idiots morons literally'.split(
    ' ',
  ),
);

/** Swear words with a plain replacement that keeps the sentence whole. */
const REPLACE: Readonly<Record<string, string>> = {
  shit: 'mess',
  crap: 'mess',
  bullshit: 'nonsense',
  fucked: 'messed',
  screwed: 'messed',
};

/**
 * Lower-cases shouting, drops markup, emoji, emoticons, links, swearing and repeated punctuation.
 * @example cleanText('WHERE IS MY PARCEL??? 😡') // 'where is my parcel?'
 */
export function cleanText(text: string): string {
  let out = text
    .replace(/[’‘]/g, "'")
    .replace(/[“”]/g, '"')
    // Markup pasted into a message (HTML e-mail, an attack) is never quoted back.
    .replace(/<\/?[A-Za-z][^<>]*>/g, ' ')
    .replace(/[<>]/g, ' ')
    .replace(/https?:\/\/\S+/g, '')
    .replace(/(^|\s)(?:@[\w.]+|#[A-Za-z]\w*)/g, '$1')
    .replace(/\p{Extended_Pictographic}(?:\uFE0F|\u200D\p{Extended_Pictographic})*/gu, '')
    .replace(/(?:^|\s)(?:[:;=]-?[()DPp/\\|]+|x[Dd]|<3)(?=\s|$)/g, ' ')
    .replace(/([!?])[!?1]+/g, '$1')
    .replace(/\.{2,}|…/g, '.')
    .replace(/([a-z])\1{2,}/gi, '$1$1');
  out = deShout(out);
  out = out.replace(/[\p{L}']+/gu, (word) => {
    const lower = word.toLowerCase();
    if (DROP.has(lower)) return '';
    const replacement = REPLACE[lower];
    return replacement ?? word;
  });
  return out
    .replace(/[ \t]{2,}/g, ' ')
    .replace(/ +([,.!?;:])/g, '$1')
    .trim();
}

function deShout(text: string): string {
  const letters = text.replace(/[^\p{L}]/gu, '');
  const upper = letters.replace(/[^\p{Lu}]/gu, '').length;
  const mostlyShouted = letters.length > 0 && upper / letters.length > 0.6;
  return text.replace(/\p{L}[\p{L}']*/gu, (word) => {
    if (word === 'I' || word.startsWith("I'")) return word;
    if (ACRONYMS.has(word.toUpperCase()) && word === word.toUpperCase()) return word;
    const isCaps =
      (word.length > 1 || mostlyShouted) && word === word.toUpperCase() && word !== word.toLowerCase();
    if (isCaps && (mostlyShouted || word.length >= 4)) return word.toLowerCase();
    return word;
  });
}
