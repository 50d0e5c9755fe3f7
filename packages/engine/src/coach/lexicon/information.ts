import { type PhrasePattern, rx } from './pattern.js';

const INSTRUCTION_VERBS =
  'go|click|tap|open|select|choose|enter|visit|log|sign|restart|reboot|update|check|call|reply|head|navigate|press|turn|unplug|plug|reset|clear|download|install|uninstall|reinstall|scroll|type|follow|use|bring|print|pack|take|attach|drop|switch|hold|wait|look|find|fill|complete|upload|remove|add|submit|verify|confirm|forward|change|move|set|keep|return';

/** Facts, figures, explanations and instructions the customer can use. */
export const INFORMATION_PATTERNS: readonly PhrasePattern[] = [
  {
    id: 'info.figure',
    re: rx(
      String.raw`[$£€]\s?\d|\b\d+(?:[.,]\d+)?\s?(?:%|kwh|gb|mb|usd|eur|gbp|dollars|pounds|euros|minutes|mins|hours|days|weeks|months|working days|business days)\b|\b\d{1,2}(?::\d{2})?\s?(?:am|pm)\b|\b(?:january|february|march|april|may|june|july|august|september|october|november|december) \d|\b\d{1,2}(?:st|nd|rd|th)\b|\bhttps?:\/\/|\bwww\.|\b[a-z0-9-]+\.(?:com|co\.uk|org|net|io|app)\b`,
    ),
  },
  {
    id: 'info.instruction',
    re: rx(
      String.raw`(?:^|[.!?:\n]\s*|\b(?:please|just|simply|then|first|next|now|step \d+:?)\s|^\s*(?:\d+[.)]|[-*•])\s*)(?:{V})\b(?! (?:me|us) (?:know|a))`,
      { V: INSTRUCTION_VERBS },
    ),
  },
  {
    id: 'info.explain',
    re: rx(
      String.raw`\bbecause\b|\bthe (?:reason|cause)\b|\bthis (?:happens|happened|is because|was because|means)\b|\bcaused by\b|\bdue to\b|\bthat means\b|\bwhich means\b|\bso that\b|\bhere's (?:how|what|why)\b|\bthe way (?:this|it) works\b|\bhow (?:this|it) works\b`,
    ),
  },
  {
    id: 'info.state',
    re: rx(
      String.raw`\b(?:has|have) (?:now |just |already )?been (?:refunded|sent|shipped|dispatched|credited|cancell?ed|rebooked|fixed|resolved|updated|reset|approved|issued|processed|reversed|applied|added|removed|restored|unlocked|reactivated|replaced|waived|corrected|adjusted|confirmed|booked|scheduled|changed|moved|delivered|released|closed)\b|\b(?:i've|i have|we've|we have) (?:now |just |already |also )?(?:refunded|sent|shipped|credited|cancell?ed|rebooked|fixed|resolved|updated|reset|approved|issued|processed|reversed|applied|added|removed|restored|unlocked|reactivated|waived|corrected|adjusted|confirmed|booked|arranged|scheduled|changed|moved|checked|found|raised|logged|escalated|attached|upgraded|extended|released|placed|put|looked)\b|\b(?:you can|you'll be able to) (?:find|see|download|track|change|use|expect|collect|view|manage|claim|keep|return|cancel|request|update|pay|access|reach|call)\b|\bwill (?:arrive|appear|show|be (?:credited|delivered|refunded|back|restored|reconnected|visible|processed|sent|available|there|waiting))\b|\b(?:the|your) (?:fee|charge|cost|price|fare|balance|amount|deposit|refund|order|parcel|package|flight|booking|bill|payment|account|engineer|replacement|tracking|claim|case|reference|meter|reading|tariff|plan|card|limit|policy|warranty|voucher|credit)(?: \w+)? (?:is|was|has|will|covers|includes|shows|arrives|comes|left|departs|allows)\b|\bthere (?:is|was|are|were) (?:an? |some |no )?(?:outage|fault|issue|problem|delay|error|bug|charge|fee|hold|limit)\b`,
    ),
  },
];

/** A verb that states how things are ("returns are free", "the code only applies to ..."). */
export const STATEMENT_VERB = rx(
  String.raw`\b(?:is|are|was|were|isn't|aren't|wasn't|weren't|has|have|had|does|doesn't|can|can't|cannot|may|only)\b|\b(?:applies|runs|includes|covers|means|takes|needs|counts|travels|stays|works|requires|costs|comes|goes|shows|affects|depends|allows|uses|pays|offers|gets|contains|charges|happens|starts|ends|opens|closes|leaves|departs|arrives|expires|lasts|changes|fixes|sits|holds|clears|appears|moved|count|travel|need|apply|get|pay|find)\b`,
);

/** Openings of sentences that greet, thank, apologise or react rather than inform. */
export const NOT_STATEMENT = rx(
  String.raw`^(?:\w+,\s*)?(?:i|i'm|i've|i'll|i'd|sorry|thank|thanks|hi|hello|hey|dear|oh|congratulations|welcome|enjoy|have a|take care|happy|good luck|good question|please|what a|how|let me|let's|well spotted|no problem|of course|definitely|sure|absolutely|great|that's (?:so|such|really|brilliant|wonderful|great|lovely|fantastic|amazing|not))\b|\bshould(?:n't| not| never)? (?:never )?have\b|\byou(?:'re| are) (?:absolutely |completely |quite )?right\b`,
);
