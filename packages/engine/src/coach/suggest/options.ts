import type { CoachContext } from '../context.js';

/** Typical choices by what the customer wrote about; the first topic whose words match wins. */
export const OPTION_OFFERS: readonly { topic: RegExp; offer: string }[] = [
  {
    topic: /\b(?:flight|plane|airport|boarding|layover|connection)\b/,
    offer:
      'I can rebook you on the next available flight, or refund the fare in full — which would suit you better?',
  },
  {
    topic: /\b(?:hotel|room|stay|check-?in|reservation)\b/,
    offer: 'I can move you to another room or date, or cancel with a full refund — whichever you prefer.',
  },
  {
    topic: /\b(?:charged|charge|twice|double|refund|overcharged|fee)\b/,
    offer:
      'I can refund it to your card, or add it as credit to your account straight away — which would you prefer?',
  },
  {
    topic: /\b(?:damaged|broken|faulty|cracked|wrong size|wrong item|defective)\b/,
    offer: 'I can send a replacement today, or give you a full refund — whichever you prefer.',
  },
  {
    topic: /\b(?:parcel|package|delivery|order|arrived|tracking|shipped)\b/,
    offer:
      'I can have it re-sent by express delivery, or refund it now if you would rather not wait — your choice.',
  },
  {
    topic: /\b(?:bill|meter|tariff|payment plan|direct debit|energy|gas|electric\w*)\b/,
    offer:
      'I can correct this bill now, or spread the amount over the next few months — whichever is easier for you.',
  },
  {
    topic: /\b(?:internet|wifi|broadband|router|outage|connection|signal)\b/,
    offer:
      'I can book an engineer visit, or talk you through a quick router reset now — whichever suits you.',
  },
  {
    topic: /\b(?:login|log in|password|locked|sign in|account|app|error|crash\w*|bug)\b/,
    offer:
      'I can walk you through the fix here, or we can set up a short screen-share call — whichever is easier.',
  },
  {
    topic: /\b(?:card|bank|transfer|payment|loan|mortgage|overdraft)\b/,
    offer:
      'I can sort this over the phone now, or send the steps by email for you to do in your own time — which would you prefer?',
  },
];

/**
 * A concrete offer of two options fitting what the customer wrote about.
 * @example optionOffer(ctx) // 'I can send a replacement today, or give you a full refund — whichever you prefer.'
 */
export function optionOffer(ctx: CoachContext): string {
  const text = ctx.customer.folded;
  for (const { topic, offer } of OPTION_OFFERS) if (topic.test(text)) return offer;
  return 'I can sort this for you now, or if you would rather, arrange a call at a time that suits you — just let me know which you prefer.';
}
