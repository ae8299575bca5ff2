/** One GraphQL request over HTTP with an API key; throws on any error, so setup never proceeds on a failure. */
export async function graphql<T = any>(url: string, secret: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` }, body: JSON.stringify({ query, variables }) });
  const body = (await res.json()) as { data?: T; errors?: unknown };
  if (body.errors || !body.data) throw new Error(`${query.slice(0, 80)}…: ${JSON.stringify(body.errors ?? body)}`);
  return body.data;
}
