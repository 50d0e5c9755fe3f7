/**
 * Words that say nothing about *why* a customer complains: English function words, politeness,
 * and intensity words ("absolutely", "worst") that every angry post shares. Grouping on them would
 * sort posts by how upset they are instead of by what went wrong.
 */
export const REASON_STOPWORDS: ReadonlySet<string> = new Set(
  `a about above after again against all almost am an and any are aren't as at away be because been
before being below between both but by can can't cannot could couldn't did didn't do does doesn't
doing don't down during each either else ever every few for from further had hadn't has hasn't have
haven't having he he'd he'll he's her here here's hers herself him himself his how how's i i'd i'll
i'm i've if in into is isn't it it's its itself just let's me more most mustn't my myself no nor not
of off on once only or other ought our ours ourselves out over own same shan't she she'd she'll she's
should shouldn't so some such than that that's the their theirs them themselves then there there's
these they they'd they'll they're they've this those through to too under until up very was wasn't we
we'd we'll we're we've were weren't what what's when when's where where's which while who who's whom
why why's will with won't would wouldn't you you'd you'll you're you've your yours yourself
yourselves hi hello hey dear thanks thank please also still even yet already ok okay yes yeah oh well
now get got getting like know anything something everything nothing someone anyone thing things lot
much many us let sure go going gone went come came one two three four five six seven eight nine ten
first second third time times day days week weeks month months year years today yesterday ago since
absolutely honestly really totally completely literally seriously actually simply quite so
worst terrible awful horrible bad poor useless shocking disgusting appalling ridiculous pathetic
disappointed disappointing unhappy happy fuming angry annoyed furious upset sad great good
ever never always again anymore any instead even though whatever
ugh omg wtf lol star stars zero rating review company
say says said show shows showed tell told took taken nearly within next`.split(/\s+/),
);
