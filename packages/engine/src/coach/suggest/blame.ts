// Verbs whose gerund doubles the last consonant ("submit" → "submitting").
const DOUBLING =
  /^(?:submit|plug|stop|drop|ship|log|sign-?up|chat|tap|set|get|put|omit|admit|permit|forget)$/;

/**
 * The "-ing" form of a verb, for turning "you forgot to update" into "updating ... slipped through".
 * @example gerund('update') // 'updating'
 */
export function gerund(verb: string): string {
  if (DOUBLING.test(verb)) return `${verb}${verb.slice(-1)}ing`;
  if (verb.endsWith('ie')) return `${verb.slice(0, -2)}ying`;
  if (verb.endsWith('e') && !verb.endsWith('ee')) return `${verb.slice(0, -1)}ing`;
  return `${verb}ing`;
}

const FAULT_VERB =
  /^you (?:failed to|forgot to|neglected to|didn't bother to|did not bother to|never bothered to|didn't|did not|never) (\w+)$/;
const PARTICIPLE_BASE: Readonly<Record<string, string>> = { read: 'read', told: 'tell', paid: 'pay' };

function base(participle: string): string {
  return PARTICIPLE_BASE[participle] ?? participle.replace(/(?<=at|it|ut)ed$/, 'e').replace(/ed$/, '');
}

/**
 * A blame-free version of a blaming clause: `match` is the flagged phrase (folded), `rest` the rest
 * of its clause. The result keeps the customer's details and drops the fault.
 * @example reframeBlame('blame.you_failed', 'you forgot to update', ' your card') // 'it looks like updating your card slipped through'
 */
export function reframeBlame(id: string, match: string, rest: string): string {
  switch (id) {
    case 'blame.you_failed': {
      const m = FAULT_VERB.exec(match);
      return m !== null
        ? `it looks like ${gerund(m[1]!)}${rest} slipped through`
        : "it looks like a step didn't go through";
    }
    case 'blame.you_entered_wrong':
      return `it looks like the${rest.replace(/^\s*(?:the|an?)\b/, '')} didn't match what we have`;
    case 'blame.because_you':
      return "since this didn't go through as expected";
    case 'blame.you_must_have':
      return 'something may have gone wrong along the way';
    case 'blame.if_you_had': {
      const verb = /(\w+)$/.exec(match)?.[1] ?? 'check';
      return `for next time, it can help to ${base(verb)}${rest}`;
    }
    case 'blame.you_were_told':
      return `our earlier message may not have made it clear that you needed${match.endsWith(' to') ? ' to' : ''}${rest}`;
    default:
      return /^(?:it|this|that)(?:'s| is| was)/.test(match)
        ? "this was a mix-up, and we'll sort it out together"
        : `a mix-up${rest}`;
  }
}
