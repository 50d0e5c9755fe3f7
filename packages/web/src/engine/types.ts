import type { Analysis, Span } from '@rapport/engine';

/**
 * The narrow view of the engine the web app needs. The app declares it rather than leaning on the
 * engine's whole surface, so a page can tell "coach not in this build" apart from "coach said no".
 */
export type CheckStatus = 'pass' | 'improve' | 'warn' | 'skip';

export interface CoachCheckView {
  id: string;
  status: CheckStatus;
  message: string;
  /** Why the check applies (or not) to this conversation. */
  why: string;
  spans: Span[];
  suggestion?: { text: string; replace?: Span };
  /** The check's share of the score and what the draft earned of it. */
  weight: number;
  earned: number;
}

export interface CoachView {
  score: number;
  checks: CoachCheckView[];
  working: { earned: number; possible: number; cap?: { limit: number; because: string[] } };
}

export interface CoachRequest {
  reply: string;
  customer?: string;
  customerName?: string;
}

export interface ComposeRequest {
  customer: string;
  customerName?: string;
}

export interface WebEngine {
  analyze(text: string): Analysis;
  /** Absent in builds that do not ship the reply coach. */
  coach: ((request: CoachRequest) => CoachView) | null;
  /** Absent in builds that do not ship the composer. Gives the draft first, then alternatives. */
  compose: ((request: ComposeRequest) => string[]) | null;
  /** How the model scores in this browser (WebAssembly SIMD, or JavaScript where it is refused). */
  scoring: 'wasm-simd' | 'js' | 'rules-only';
}

export type EngineState =
  | { status: 'loading' }
  | { status: 'ready'; engine: WebEngine; loadMs: number }
  | { status: 'failed'; message: string };
