import { rx } from './pattern.js';

const DAY = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend';

/** When something will happen: "by Friday", "within 24 hours", "tomorrow morning". */
export const TIME_EXPRESSION = rx(
  String.raw`\b(?:today|tonight|tomorrow|this (?:morning|afternoon|evening|week)|later today|by (?:{DAY}|tomorrow|tonight|the end of|end of|noon|midday|close of|eod|cob|\d)|within the hour|within (?:the next )?(?:\d+|a|an|one|two|three|four|five|24|48|72|a few)[\w -]{0,12}?(?:hours?|days?|minutes?|mins|weeks?)|in (?:the next )?(?:\d+|a|an|one|two|three|a few|the next|about|around)[\w -]{0,12}?(?:hours?|days?|minutes?|mins|weeks?)|on (?:{DAY}|the \d+)|(?:next|this|on) (?:{DAY}|week)|shortly|as soon as|right away|immediately|first thing|straight away|end of (?:day|the day|business)|\d{1,2}(?::\d{2})?\s?(?:am|pm)|\d+\s?(?:-|to)\s?\d+ (?:business |working )?days|\d+ (?:business |working )?days|before (?:your|the) (?:flight|trip|departure|deadline|due date|appointment)|now)\b`,
  { DAY },
);

/** A promise of what we or the customer will see next (not "I'll be happy to help"). */
export const COMMITMENT = rx(
  String.raw`\b(?:i|we|our \w+ team|the team|an? (?:engineer|technician|specialist|courier|colleague|manager))(?:'ll| will| am going to|'m going to| are going to|'re going to| is going to| shall)(?: \w+)? (?!be (?:happy|glad|more than happy|delighted|pleased)\b)\w+|\b(?:you'll|you will) (?:receive|get|see|hear|have|be (?:contacted|notified|refunded|credited|called|emailed|sent|rebooked|able))\b|\bnext steps?\b|\bwhat happens next\b|\b(?:has|have) been (?:escalated|sent|passed|booked|scheduled|arranged|raised|requested|logged|issued|processed)\b|\bis (?:on (?:its|the) way|scheduled|booked)\b|\bonce (?:this|that|it|we|you|the|your|i)\b|\b(?:it|this|that|they|your [\w ]{1,24}?|the [\w ]{1,24}?)(?:'ll| will| should) (?:arrive|appear|show|reach|land|be (?:back|credited|refunded|delivered|restored|reconnected|with you|visible|fixed|sent|processed|live|there|ready|dispatched|shipped|released|reversed))\b`,
);

/** An event on its way, which with a time is a next step ("it ships tomorrow", "takes effect on 1 July"). */
export const SCHEDULED = rx(
  String.raw`\b(?:will|'ll|should|shall|going to|ships|arrives|opens|reopens|takes effect|starts|begins|is due|are due|is processed|are processed|is booked|are booked|lands|leaves|departs|comes through|goes out|goes through)\b`,
);
