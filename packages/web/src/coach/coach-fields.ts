/** What the agent fills in on the coaching page; kept by the app so it survives switching pages. */
export interface CoachFields {
  customer: string;
  customerName: string;
  draft: string;
}
