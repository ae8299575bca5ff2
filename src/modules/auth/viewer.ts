import { ApiKeyRole } from '../../domain/enums';

/** Who is calling: the API key behind the request. */
export interface Viewer {
  apiKeyId: string;
  role: ApiKeyRole;
  /** Set for SELLER keys: the only seller they see and act for. */
  sellerId: string | null;
}

export function canSee(viewer: Pick<Viewer, 'role' | 'sellerId'>, sellerId: string): boolean {
  return viewer.role === ApiKeyRole.PLATFORM || viewer.sellerId === sellerId;
}

/** The seller a SELLER key is bound to, or undefined for a PLATFORM key (which sees every seller). */
export function sellerScope(viewer: Pick<Viewer, 'role' | 'sellerId'>): string | undefined {
  return viewer.role === ApiKeyRole.SELLER ? (viewer.sellerId ?? undefined) : undefined;
}
