import type { ChatError, ChatFn, ChatRequest, ChatResult } from '@rapport/engine';

/** Where the model lives; `baseUrl` ends before `/chat/completions` (e.g. `http://localhost:11434/v1`). */
export interface OpenAiChatOptions {
  baseUrl: string;
  model: string;
  apiKey?: string | undefined;
  /** Milliseconds before the request is abandoned; a draft that arrives later is no use to an agent. */
  timeoutMs?: number;
  maxTokens?: number;
}

const fail = (error: ChatError): ChatResult => ({ ok: false, error });

/** The error text an OpenAI-compatible server puts in its body, if any. */
function errorDetail(body: string): string {
  try {
    const parsed = JSON.parse(body) as { error?: { message?: unknown } | string };
    if (typeof parsed.error === 'string') return parsed.error;
    if (parsed.error && typeof parsed.error.message === 'string') return parsed.error.message;
  } catch {
    // Not JSON: fall through to the raw text.
  }
  return body.slice(0, 200);
}

function contentOf(body: unknown): string | null {
  if (typeof body !== 'object' || body === null) return null;
  const choices = (body as { choices?: unknown }).choices;
  if (!Array.isArray(choices) || choices.length === 0) return null;
  const message = (choices[0] as { message?: { content?: unknown } }).message;
  return typeof message?.content === 'string' ? message.content : null;
}

/**
 * A `ChatFn` for any OpenAI-compatible chat-completions endpoint (OpenAI, Azure-compatible
 * gateways, Ollama, vLLM, llama.cpp server, LM Studio). Every failure is returned as data with a
 * `code`, never thrown, so compose can fall back to its phrase banks.
 * @example
 * const chat = createOpenAiChat({ baseUrl: 'http://localhost:11434/v1', model: 'llama3' });
 * const result = await chat({ messages: [{ role: 'user', content: 'Hello' }] });
 */
export function createOpenAiChat(options: OpenAiChatOptions): ChatFn {
  const url = `${options.baseUrl.replace(/\/+$/, '')}/chat/completions`;
  const timeoutMs = options.timeoutMs ?? 30_000;
  return async (request: ChatRequest): Promise<ChatResult> => {
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      accept: 'application/json',
    };
    if (options.apiKey) headers.authorization = `Bearer ${options.apiKey}`;
    const body: Record<string, unknown> = { model: options.model, messages: request.messages };
    if (request.temperature !== undefined) body.temperature = request.temperature;
    if (request.seed !== undefined) body.seed = request.seed;
    if (options.maxTokens !== undefined) body.max_tokens = options.maxTokens;
    let response: Response;
    try {
      response = await fetch(url, {
        method: 'POST',
        headers,
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      const name = error instanceof Error ? error.name : '';
      if (name === 'TimeoutError' || name === 'AbortError') {
        return fail({
          code: 'timeout',
          message: `the model at ${url} did not answer within ${timeoutMs} ms`,
        });
      }
      const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
      return fail({ code: 'network', message: `could not reach the model at ${url}${cause}` });
    }
    let text: string;
    try {
      text = await response.text();
    } catch (error) {
      const name = error instanceof Error ? error.name : '';
      if (name === 'TimeoutError' || name === 'AbortError') {
        return fail({
          code: 'timeout',
          message: `the model at ${url} did not finish within ${timeoutMs} ms`,
        });
      }
      return fail({ code: 'network', message: `the connection to ${url} broke while reading the answer` });
    }
    if (!response.ok) {
      return fail({
        code: 'http_status',
        status: response.status,
        message: `the model at ${url} answered ${response.status}: ${errorDetail(text)}`,
      });
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      return fail({ code: 'bad_response', message: `the model at ${url} did not return JSON` });
    }
    const content = contentOf(parsed);
    if (content === null) {
      return fail({
        code: 'bad_response',
        message: `the answer from ${url} has no choices[0].message.content`,
      });
    }
    if (content.trim() === '')
      return fail({ code: 'empty', message: `the model at ${url} returned an empty reply` });
    return { ok: true, content };
  };
}
