import { bank } from './phrase.js';

/** A remembered channel preference ("prefers email"), honoured in the reply. */
export const FACT_CHANNEL = bank('fact.channel', [
  "I'll keep to {channel}, since I know that's what you prefer.",
  "As you prefer {channel}, that's how I'll keep you updated.",
  "I'll update you by {channel}, as you like.",
  "I've made a note to keep everything to {channel} for you.",
  'Everything from me will come by {channel}, which I know suits you best.',
]);

/** A long relationship ("customer since 2019"), recognised. */
export const FACT_TENURE = bank('fact.tenure', [
  "You've been with us since {year}, and I don't take that for granted.",
  'After being with us since {year}, you deserve better than this.',
  'We have been lucky to have you with us since {year}.',
  'Someone who has stayed with us since {year} should never have to deal with this.',
  'Since {year} you have trusted us, and I want to earn that again today.',
]);

export const FACT_TENURE_POSITIVE = bank('fact.tenure.positive', [
  "It's lovely to hear this from someone who's been with us since {year}.",
  'Thank you for sticking with us since {year}!',
  'Hearing this from a customer of ours since {year} makes it even better.',
  'What a lovely thing to hear from someone who has been with us since {year}.',
]);

/** Something coming up in the customer's life ("travelling for her daughter's wedding"). */
export const FACT_EVENT = bank('fact.event', [
  "I know you've got {event} coming up, so I'm making this a priority.",
  'With {event} coming up, I want this off your mind quickly.',
  "I haven't forgotten about {event}, so I'll keep this moving.",
  "Knowing {event} is close, I'll treat this as a priority.",
]);
