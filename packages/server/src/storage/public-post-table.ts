// The voice-of-the-customer table (migration 0007-public-posts), kept beside `schema.ts`, which lists it.

/** A public review or social post, with the engine's reading of it. */
export interface PublicPostTable {
  id: string;
  workspace_id: string;
  /** Where it was posted: `trustpilot`, `x`, `app_store`, `google`, or any name the import gave. */
  source: string;
  /** The source's id, else the URL, else a hash of author, date and text: one row per post. */
  external_key: string;
  author: string | null;
  /** 1..5 stars, or null where the source has none. */
  rating: number | null;
  posted_at: string;
  body: string;
  url: string | null;
  /** Followers or views, when the source tells. */
  reach: number | null;
  model_version: string;
  /** `analyze()` of the body, as JSON text. */
  analysis: string;
  created_at: string;
  updated_at: string;
}
