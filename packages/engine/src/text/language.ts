import type { Language } from '../emotion/types.js';
import type { Token } from './tokenize.js';

// Frequent function words per language; distinctive enough that two or three hits decide.
const STOPWORDS: Readonly<Record<string, readonly string[]>> = {
  en: 'the and is are was were to of in it that this for with you my i me not have has had be but on at they we what why how can will would please your our from been just still no do does did an or so if'.split(
    ' ',
  ),
  es: 'el la los las de que y es en un una por para con no mi su lo al del se pero muy está esta estoy tengo hace gracias porque cuando donde todavía ya nada hola'.split(
    ' ',
  ),
  fr: 'le la les de des du et est un une pour pas je vous mon ma mes ne que qui dans sur avec ce cette très mais toujours rien bonjour merci avez suis été'.split(
    ' ',
  ),
  de: 'der die das und ist nicht ich sie es ein eine mit auf für von zu den dem mein meine ist noch kein keine wurde haben habe bitte danke aber schon seit'.split(
    ' ',
  ),
  it: 'il lo la gli le di che e è un una per non mi sono con del della ho ancora nessuno grazie ma molto questo questa perché'.split(
    ' ',
  ),
  pt: 'o a os as de que e é um uma para não meu minha com do da no na em foi ainda nada obrigado obrigada mas muito estou tenho isso'.split(
    ' ',
  ),
  nl: 'de het een en is niet ik je van dat die op te met voor mijn zijn nog geen maar ook heb wel dank bedankt al'.split(
    ' ',
  ),
  sv: 'och att det är inte jag en ett på för med min har som av till men ingen tack fortfarande'.split(' '),
  pl: 'nie jest i w na że to się z do mój moja jak ale już jeszcze dziękuję proszę'.split(' '),
  tr: 've bir bu için ile değil ben ama çok daha hala hâlâ teşekkür lütfen neden'.split(' '),
  id: 'dan yang di ini itu tidak saya untuk dengan ada belum sudah terima kasih tolong'.split(' '),
};

// One lookup per word: word → a bit per language it is a function word of (bit i: CODES[i]).
// Counting in an array of numbers, not a Map of strings: this runs for every word of every message.
const CODES = Object.keys(STOPWORDS);
const EN = CODES.indexOf('en');
const STOP_INDEX = new Map<string, number>();
CODES.forEach((code, bit) => {
  for (const w of STOPWORDS[code]!) STOP_INDEX.set(w, (STOP_INDEX.get(w) ?? 0) | (1 << bit));
});

function isAsciiWord(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 128) return false;
  return true;
}

const SCRIPTS: ReadonlyArray<readonly [RegExp, string]> = [
  [/[\u3040-\u30ff]/u, 'ja'],
  [/\p{Script=Hangul}/u, 'ko'],
  [/\p{Script=Han}/u, 'zh'],
  [/\p{Script=Cyrillic}/u, 'ru'],
  [/\p{Script=Arabic}/u, 'ar'],
  [/\p{Script=Hebrew}/u, 'he'],
  [/\p{Script=Greek}/u, 'el'],
  [/\p{Script=Devanagari}/u, 'hi'],
  [/\p{Script=Thai}/u, 'th'],
  [/\p{Script=Bengali}/u, 'bn'],
  [/\p{Script=Tamil}/u, 'ta'],
];

/**
 * Guesses the language from script and function words. English is the supported language;
 * text with no letters is 'und'; Latin text with no clear signal is taken as English.
 * @example detectLanguage(tokenize('Todavía no he recibido mi pedido')) // { code: 'es', supported: false }
 */
export function detectLanguage(tokens: readonly Token[]): Language {
  const words = tokens.filter((t) => t.kind === 'word');
  if (words.length === 0) return { code: 'und', supported: tokens.length > 0 };
  let latin = 0;
  const scriptCounts = new Map<string, number>();
  for (const w of words) {
    if (isAsciiWord(w.text) || /^[\p{Script=Latin}\p{M}'’\d]+$/u.test(w.text)) {
      latin++;
      continue;
    }
    for (const [re, code] of SCRIPTS) {
      if (re.test(w.text)) {
        scriptCounts.set(code, (scriptCounts.get(code) ?? 0) + 1);
        break;
      }
    }
  }
  let topScript: string | undefined;
  let topCount = 0;
  for (const [code, n] of scriptCounts) {
    if (n > topCount) [topScript, topCount] = [code, n];
  }
  // Japanese mixes kana with Han; any kana decides.
  if (scriptCounts.has('ja') && scriptCounts.has('zh')) topScript = 'ja';
  if (topScript !== undefined && topCount >= latin) return { code: topScript, supported: false };
  const hits: number[] = new Array(CODES.length).fill(0);
  for (const w of words) {
    const bits = STOP_INDEX.get(w.norm) ?? 0;
    for (let i = 0; bits >> i !== 0; i++) if ((bits >> i) & 1) hits[i]!++;
  }
  const en = hits[EN]!;
  let best = EN;
  for (let i = 0; i < CODES.length; i++) if (hits[i]! > hits[best]!) best = i;
  const bestHits = hits[best]!;
  // Another language must clearly beat English, since short English messages share many words.
  if (best !== EN && bestHits >= 2 && bestHits > en * 1.5 + 0.5)
    return { code: CODES[best]!, supported: false };
  return { code: 'en', supported: true };
}
