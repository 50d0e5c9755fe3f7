/** The error body every Rapport API error carries. */
export interface ApiErrorBody {
  error: { code: string; message: string; details?: { issues?: Array<{ path: string; message: string }> } };
}

/** An API call that failed: the server's code and message, or `network` when there was no answer. */
export class ApiCallError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ApiCallError';
  }
}

export interface Api {
  get<T>(path: string): Promise<T>;
  post<T>(path: string, body: unknown): Promise<T>;
  put<T>(path: string, body: unknown): Promise<T>;
  delete<T>(path: string): Promise<T>;
}

/**
 * Calls the Rapport API relative to the page (so sub-paths behind a proxy work), with the session
 * cookie and, on changes, the CSRF token the server gave at sign-in.
 * @example const api = createApi(fetch, session.csrfToken); await api.get('api/inbox');
 */
export function createApi(fetchFn: typeof fetch, csrfToken: string | null): Api {
  const call = async <T>(path: string, init: RequestInit): Promise<T> => {
    let res: Response;
    try {
      res = await fetchFn(path, { credentials: 'same-origin', ...init });
    } catch (error) {
      throw new ApiCallError(
        0,
        'network',
        error instanceof Error ? error.message : 'The server did not answer',
      );
    }
    const json = (res.headers.get('content-type') ?? '').includes('json') ? await res.json() : null;
    if (!res.ok) {
      const body = json as ApiErrorBody | null;
      throw new ApiCallError(res.status, body?.error?.code ?? 'http_error', errorMessage(res.status, body));
    }
    return json as T;
  };
  const change = <T>(method: string, path: string, body?: unknown) =>
    call<T>(path, {
      method,
      headers: {
        accept: 'application/json',
        ...(body !== undefined && { 'content-type': 'application/json' }),
        ...(csrfToken && { 'x-csrf-token': csrfToken }),
      },
      ...(body !== undefined && { body: JSON.stringify(body) }),
    });
  return {
    get: (path) => call(path, { headers: { accept: 'application/json' } }),
    post: (path, body) => change('POST', path, body),
    put: (path, body) => change('PUT', path, body),
    delete: (path) => change('DELETE', path),
  };
}

/** "email: must be an e-mail address" for a 400, the server's message otherwise. */
function errorMessage(status: number, body: ApiErrorBody | null): string {
  const issues = body?.error?.details?.issues;
  if (issues?.length) return issues.map((i) => `${i.path || 'body'}: ${i.message}`).join('; ');
  return body?.error?.message ?? `The server answered ${status}`;
}
