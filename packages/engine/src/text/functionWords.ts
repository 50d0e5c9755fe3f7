/**
 * Words too common to be what a reader highlights as evidence: a bigram's weight lands on its
 * second word ("angry and"), and a model's evidence should never be "the".
 */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  'a an the and or but so to of in on at for with by from is are was were be been am i me my you your it its this that we our they them he she his her do did does have has had just'.split(
    ' ',
  ),
);
