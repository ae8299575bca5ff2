import { lookup as dnsLookup, LookupAddress } from 'node:dns';
import { BlockList, isIP } from 'node:net';
import { promisify } from 'node:util';

/**
 * Where webhooks may be sent. Unless private URLs are allowed (development, tests), only https://
 * URLs whose host resolves to public addresses only: never loopback, private, link-local (cloud
 * metadata at 169.254.169.254), shared, documentation or multicast ranges. Checked when an endpoint
 * is saved and again at every connection (the lookup below), so DNS rebinding cannot slip past.
 */
const NOT_PUBLIC = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12],
  ['192.0.0.0', 24], ['192.0.2.0', 24], ['192.88.99.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['198.51.100.0', 24],
  ['203.0.113.0', 24], ['224.0.0.0', 4], ['240.0.0.0', 4],
] as const) NOT_PUBLIC.addSubnet(network, prefix, 'ipv4');
for (const [network, prefix] of [
  ['::', 128], ['::1', 128], ['64:ff9b::', 96], ['100::', 64], ['2001:db8::', 32], ['fc00::', 7], ['fe80::', 10], ['ff00::', 8],
] as const) NOT_PUBLIC.addSubnet(network, prefix, 'ipv6');

export function isPublicAddress(address: string): boolean {
  // An IPv4 address written as IPv6 (::ffff:127.0.0.1) is judged as the IPv4 address it is.
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  const ip = mapped ?? address;
  const family = isIP(ip);
  return family !== 0 && !NOT_PUBLIC.check(ip, family === 4 ? 'ipv4' : 'ipv6');
}

const resolveAll = promisify((host: string, callback: (err: NodeJS.ErrnoException | null, addresses: LookupAddress[]) => void) => dnsLookup(host, { all: true }, callback));

/** Why a URL may not receive webhooks, or undefined when it may. */
export async function webhookUrlProblem(text: string, allowPrivate: boolean): Promise<string | undefined> {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return 'is not an absolute URL';
  }
  if (url.username || url.password) return 'may not carry credentials';
  if (allowPrivate) return url.protocol === 'https:' || url.protocol === 'http:' ? undefined : 'must be http(s)';
  if (url.protocol !== 'https:') return 'must be https';
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const addresses = isIP(host) ? [host] : await resolveAll(host).then((found) => found.map((a) => a.address), () => []);
  if (!addresses.length) return 'has a host that does not resolve';
  return addresses.every(isPublicAddress) ? undefined : 'must resolve to public addresses only';
}

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/** A socket lookup (net.connect's `lookup`) that refuses non-public addresses at connection time. */
export function publicOnlyLookup(hostname: string, options: object, callback: LookupCallback): void {
  dnsLookup(hostname, { ...options, all: true }, (err, addresses) => {
    if (err) return callback(err, []);
    const refused = addresses.find((a) => !isPublicAddress(a.address));
    if (refused) return callback(Object.assign(new Error(`${hostname} resolves to a non-public address`), { code: 'EWEBHOOKPRIVATE' }), []);
    const all = (options as { all?: boolean }).all;
    return all ? callback(null, addresses) : callback(null, addresses[0].address, addresses[0].family);
  });
}
