import { IncomingMessage } from 'node:http';
import { parseKstTimestamp } from '../providers/kst';
import { readBody } from './common';

/**
 * How far a request `timestamp` may be from the sandbox clock. Neither manual states a window; the
 * simulators enforce one so that a timestamp in the wrong zone (UTC is 9 hours off KST) is caught.
 */
export const TIMESTAMP_TOLERANCE_MS = 10 * 60 * 1000;

/** Why a request `timestamp` (KST yyyyMMddHHmmss) is unacceptable, or undefined when it is fine. */
export function timestampProblem(value: string, now: Date): 'MALFORMED' | 'STALE' | undefined {
  const at = parseKstTimestamp(value);
  if (!at) return 'MALFORMED';
  return Math.abs(at.getTime() - now.getTime()) > TIMESTAMP_TOLERANCE_MS ? 'STALE' : undefined;
}

/** The JSON object a request carries, or undefined when it carries something else. */
export async function readJsonObject(req: IncomingMessage): Promise<Record<string, unknown> | undefined> {
  try {
    const value: unknown = JSON.parse(await readBody(req));
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** A control call's string field, or undefined when missing or not a non-empty string. */
export function stringField(body: Record<string, unknown>, name: string): string | undefined {
  const value = body[name];
  return typeof value === 'string' && value !== '' ? value : undefined;
}
