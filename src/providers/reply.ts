/** Calling a provider and reading its reply: the provider-neutral part. */
import type { HttpReply, ProviderHttp } from './http';
import type { ProviderResult } from './types';

/** The reply as an object when it is JSON carrying a string `codeField`, else undefined. */
export function parseCodedJson<T extends object>(text: string, codeField: keyof T & string): T | undefined {
  try {
    const body: unknown = JSON.parse(text);
    return typeof body === 'object' && body !== null && typeof (body as Record<string, unknown>)[codeField] === 'string' ? (body as T) : undefined;
  } catch {
    return undefined;
  }
}

/** A won amount sent as a digit string; undefined when absent or not digits. */
export function wonOf(value: string | undefined): number | undefined {
  return value !== undefined && /^\d+$/.test(value) ? Number(value) : undefined;
}

/** One provider call: POST, read the reply into the provider's success body, convert that to the domain. */
export async function exchange<Body, T>(
  http: ProviderHttp,
  call: { url: string; body: string; contentType: string; logFields: Record<string, unknown> },
  read: (reply: HttpReply) => ProviderResult<Body>,
  convert: (body: Body, receivedAt: Date) => ProviderResult<T>,
  now: () => Date,
): Promise<ProviderResult<T>> {
  const reply = await http.post(call.url, call.body, call.contentType, call.logFields);
  if (reply.kind !== 'ok') return reply;
  const body = read(reply.value);
  return body.kind === 'ok' ? convert(body.value, now()) : body;
}
