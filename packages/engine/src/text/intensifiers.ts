/** Words that strengthen what follows ("really", "so", "extremely"), with a rough multiplier. */
export const INTENSIFIERS: ReadonlyMap<string, number> = new Map([
  ['very', 1.3],
  ['really', 1.3],
  ['so', 1.25],
  ['soo', 1.4],
  ['extremely', 1.5],
  ['incredibly', 1.5],
  ['absolutely', 1.5],
  ['totally', 1.4],
  ['completely', 1.4],
  ['utterly', 1.5],
  ['truly', 1.3],
  ['super', 1.3],
  ['seriously', 1.4],
  ['beyond', 1.4],
  ['insanely', 1.5],
  ['ridiculously', 1.5],
  ['fucking', 1.6],
  ['freaking', 1.4],
  ['bloody', 1.4],
  ['damn', 1.3],
  ['most', 1.2],
  ['too', 1.2],
  ['such', 1.2],
]);

/** Words that soften what follows ("a bit", "slightly"). */
export const DAMPENERS: ReadonlyMap<string, number> = new Map([
  ['slightly', 0.6],
  ['somewhat', 0.7],
  ['bit', 0.7],
  ['little', 0.75],
  ['kinda', 0.75],
  ['kind', 0.8],
  ['sort', 0.8],
  ['fairly', 0.8],
  ['mildly', 0.6],
  ['almost', 0.8],
]);

/**
 * The multiplier a word applies to the next emotional word (1 when it is neither).
 * @example intensifierWeight('extremely') // 1.5
 */
export function intensifierWeight(norm: string): number {
  return INTENSIFIERS.get(norm) ?? DAMPENERS.get(norm) ?? 1;
}
