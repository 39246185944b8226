import { Agent, request } from 'undici';

/** A real HTTP client with its own connection pool, for races against a listening server. */
export function httpClient(baseUrl: string, connections = 64) {
  const agent = new Agent({ connections, pipelining: 1 });
  return {
    async call(method: 'GET' | 'POST', url: string, headers: Record<string, string> = {}, body?: unknown) {
      const res = await request(`${baseUrl}${url}`, {
        method,
        dispatcher: agent,
        headers: body === undefined ? headers : { ...headers, 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await res.body.text();
      return {
        status: res.statusCode,
        // biome-ignore lint/suspicious/noExplicitAny: tests read responses loosely
        json: (text ? JSON.parse(text) : null) as Record<string, any>,
        headers: res.headers,
      };
    },
    async login(username: string, password: string) {
      const res = await request(`${baseUrl}/api/auth/login`, {
        method: 'POST',
        dispatcher: agent,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username, password }),
      });
      const cookie = String(res.headers['set-cookie']).split(';')[0] as string;
      const { csrfToken } = (await res.body.json()) as { csrfToken: string };
      return { cookie, 'x-csrf-token': csrfToken };
    },
    close: () => agent.close(),
  };
}
