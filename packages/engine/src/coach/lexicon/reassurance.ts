import { type PhrasePattern, rx } from './pattern.js';

/** Affirming, reassuring, saying it will be handled. */
export const REASSURANCE_PATTERNS: readonly PhrasePattern[] = [
  {
    id: 'reassure.dont_worry',
    re: rx(
      String.raw`\b(?:please )?(?:don't|do not|try not to) (?:worry|panic|stress)\b|\bno need to (?:worry|panic|stress)\b|\bnothing to worry about\b|\brest assured\b|\bno (?:harm|damage) (?:done|has been done)\b`,
    ),
  },
  {
    id: 'reassure.take_care',
    re: rx(
      String.raw`\b(?:i'll|i will|we'll|we will|i'm going to|we're going to|i am going to|let me|i'm|i am|we're|we are) (?:\w+ )?(?:(?:make sure|ensure) (?:this|it|that|you|your|everything|nothing)|take care of (?:this|it|that|everything|the rest)|look after (?:this|it|that|everything|the rest|you)|cover (?:the|it|this|your|any|all)|handle (?:it|this|that|the rest|everything)|reimburse|pay for (?:it|this|the)|sort (?:this|it|that|everything) out|get (?:this|it|that|everything|you) (?:sorted|fixed|resolved|back|home|on)|put (?:this|it|that|things) right|fix (?:this|it|that)|see (?:this|it) through|stay on (?:this|it)|personally|own this|on (?:it|this|the case))\b`,
    ),
  },
  {
    id: 'reassure.safe',
    re: rx(
      String.raw`\byour (?:money|funds|account|data|details|savings|card|booking|order|seat|deposit|information|photos|files) (?:is|are|remains?|will be|stays?) (?:completely |perfectly |totally |100% )?(?:safe|secure|protected|fine|intact)\b|\byou (?:won't|will not) (?:be charged|lose|miss|be left|be out of pocket|have to pay|be penali[sz]ed|need to do anything)\b|\byou're (?:covered|protected|all set|in good hands|not alone)\b|\byou are (?:covered|protected|all set|in good hands|not alone)\b`,
    ),
  },
  {
    id: 'reassure.normal',
    re: rx(
      String.raw`\b(?:this|it|that)(?:'s| is) (?:completely |very |really |totally |an? )?(?:easy|simple|quick|straightforward|common|normal|fixable|easily fixed|easy fix|quick fix)\b(?! to (?:miss|forget))|\b(?:you(?:'ve| have)|you) (?:done|did) (?:nothing wrong|the right thing|everything right)\b|\byou haven't done anything wrong\b|\bthe good news is\b|\bgood news\b|\bhappens to (?:a lot of|lots of|many)\b|\bwe(?:'ve| have) got (?:you|this)\b|\bi(?:'ve| have) got (?:you|this)\b|\bi promise\b|\bwill be (?:absolutely |completely )?fine\b|\bwon't happen again\b|\bi'm here (?:to help|for you|with you)\b|\bwe'll get (?:through|there)\b|\buntil (?:it's|this is|it is|everything is) (?:resolved|fixed|sorted)\b|\byou (?:won't|will not) (?:need|have) to\b|\bnothing (?:else )?(?:changes|will change|is lost|has been lost)\b|\b(?:aren't|isn't|are not|is not|weren't|wasn't) (?:gone|lost|affected|at risk|in danger)\b|\bstays? (?:exactly )?(?:as (?:it is|they are)|the same|safe|put)\b|\byou've got this\b|\bi(?:'m| am) your (?:\w+ )?contact\b|\bpersonally\b|\bso you(?:'re| are) covered\b|\bwe(?:'ll| will) look after\b|\bleave (?:it|this|that|the (?:rest|details)|everything) with (?:me|us)\b|\byou (?:do not|don't|won't|will not) have to (?:\w+ ){0,3}?alone\b|\b(?:i'll|i will|let me) make (?:this|it|everything) as (?:simple|easy|painless|smooth) as\b`,
    ),
  },
];
