/**
 * The narrow interface compose needs from a large language model: send chat messages, get text
 * back. The engine never does I/O itself; the server or CLI injects an implementation (an
 * OpenAI-compatible HTTP client), and tests inject their own.
 */
export interface ChatMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

export interface ChatRequest {
  messages: ChatMessage[];
  temperature?: number;
  seed?: number;
}

/** Why a model call gave no text. Problems are data: the caller falls back to the phrase banks. */
export type ChatError =
  | { code: 'timeout'; message: string }
  | { code: 'network'; message: string }
  | { code: 'http_status'; status: number; message: string }
  | { code: 'bad_response'; message: string }
  | { code: 'empty'; message: string };

export type ChatResult = { ok: true; content: string } | { ok: false; error: ChatError };

/**
 * Sends messages to a chat model.
 * @example const chat: ChatFn = async ({ messages }) => ({ ok: true, content: 'Hi Ana, ...' });
 */
export type ChatFn = (request: ChatRequest) => Promise<ChatResult>;
