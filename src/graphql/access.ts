import { ApiKeyRole } from '../domain/enums';
import { canSee } from '../modules/auth/viewer';
import type { Context } from './context';
import { forbidden } from './errors';

/** A row the viewer may see, or null: another seller's object is "not found", never an error that leaks it. */
export function visible<T extends { sellerId: string }>(ctx: Context, row: T | null | undefined): T | null {
  return row && canSee(ctx.viewer, row.sellerId) ? row : null;
}

export function requirePlatform(ctx: Context): void {
  if (ctx.viewer.role !== ApiKeyRole.PLATFORM) throw forbidden();
}
