import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import sanitizeHtml from 'sanitize-html';
import { sniffImageType, type ImageType } from '../../../shared/domain/imageCheck';

/**
 * "Always show images from this sender": the services fetch the sender's remote images and the
 * window gets them inline, as data: URLs. The window's CSP stays closed to the network, so a mail
 * can never make the window itself load anything.
 *
 * Fetching is held tight, since the URLs come from a stranger: http(s) only, no address on this
 * computer or its local network (an e-mail must not reach the router or the web host), few
 * redirects, a size cap, a time cap, and only bytes that really are PNG, JPEG, GIF or WebP.
 */

export interface FetchedImage {
  mimeType: ImageType;
  data: Buffer;
}

export interface ImageFetchOptions {
  /** Whether a resolved address may be fetched from; by default public addresses only. */
  allowAddress?: (ip: string) => boolean;
  maxBytes?: number;
  timeoutMs?: number;
  maxImages?: number;
}

const MAX_REDIRECTS = 3;

/** The remote (http/https) image URLs of an e-mail, as the sanitizer's parser sees them. */
export function remoteImageUrls(html: string): string[] {
  const urls = new Set<string>();
  sanitizeHtml(html, {
    allowedTags: ['img'],
    allowedAttributes: { img: ['src'] },
    transformTags: {
      img: (tag, attribs) => {
        const src = (attribs.src ?? '').trim();
        if (/^https?:\/\//i.test(src)) urls.add(src);
        return { tagName: tag, attribs: {} };
      },
    },
  });
  return [...urls];
}

/** Loopback, private, link-local, carrier-grade NAT, multicast and unspecified addresses: never fetched from. */
export function isPublicAddress(ip: string): boolean {
  const block = new net.BlockList();
  for (const [net4, prefix] of [['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12], ['192.168.0.0', 16], ['224.0.0.0', 3]] as const) {
    block.addSubnet(net4, prefix, 'ipv4');
  }
  for (const [net6, prefix] of [['::', 127], ['fc00::', 7], ['fe80::', 10], ['ff00::', 8]] as const) block.addSubnet(net6, prefix, 'ipv6');
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip)?.[1];
  if (mapped) return !block.check(mapped, 'ipv4');
  return !block.check(ip, net.isIPv6(ip) ? 'ipv6' : 'ipv4');
}

/** One image, or null with nothing thrown: an image that fails is simply not shown. */
export async function fetchRemoteImage(url: string, o: ImageFetchOptions = {}, redirects = 0): Promise<FetchedImage | null> {
  const allow = o.allowAddress ?? isPublicAddress;
  const maxBytes = o.maxBytes ?? 5 * 1024 * 1024;
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return null;
  }
  if (target.protocol !== 'http:' && target.protocol !== 'https:') return null;
  // an address written as such is never looked up, so it is checked here
  const literal = target.hostname.replace(/^\[|\]$/g, '');
  if (net.isIP(literal) && !allow(literal)) return null;
  // the address is checked where the connection is made, so DNS can not answer one thing to a check and another to the fetch
  const lookup: net.LookupFunction = (host, opts, done) => {
    dns.lookup(host, { ...opts, all: false }, (err, address, family) => {
      if (err) return done(err, '', 0);
      if (!allow(String(address))) return done(Object.assign(new Error(`${host} is not a public address`), { code: 'EBLOCKED' }), '', 0);
      done(null, String(address), family);
    });
  };
  const get = target.protocol === 'https:' ? https.get : http.get;
  return new Promise((resolve) => {
    const req = get(target, { lookup, timeout: o.timeoutMs ?? 10_000, headers: { accept: 'image/*', 'user-agent': 'Vaxel' } }, (res) => {
      const status = res.statusCode ?? 0;
      if (status >= 300 && status < 400 && res.headers.location && redirects < MAX_REDIRECTS) {
        res.resume();
        const next = new URL(res.headers.location, target).toString();
        return void fetchRemoteImage(next, o, redirects + 1).then(resolve);
      }
      if (status !== 200) {
        res.resume();
        return resolve(null);
      }
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (c: Buffer) => {
        size += c.length;
        if (size > maxBytes) {
          req.destroy();
          return resolve(null);
        }
        chunks.push(c);
      });
      res.on('end', () => {
        const data = Buffer.concat(chunks);
        const mimeType = sniffImageType(data);
        resolve(mimeType ? { mimeType, data } : null);
      });
      res.on('error', () => resolve(null));
    });
    req.on('timeout', () => req.destroy());
    req.on('error', () => resolve(null));
  });
}

/** The e-mail's remote images that could be fetched, by URL; a few at a time, at most `maxImages`. */
export async function fetchRemoteImages(urls: string[], o: ImageFetchOptions = {}): Promise<Map<string, FetchedImage>> {
  const wanted = urls.slice(0, o.maxImages ?? 40);
  const out = new Map<string, FetchedImage>();
  for (let i = 0; i < wanted.length; i += 6) {
    const batch = wanted.slice(i, i + 6);
    const got = await Promise.all(batch.map((u) => fetchRemoteImage(u, o)));
    batch.forEach((u, k) => {
      const img = got[k];
      if (img) out.set(u, img);
    });
  }
  return out;
}

/**
 * Fetched images kept in memory for this run, so opening the same mail again does not fetch (or
 * tell a tracker) again. Bounded by count; an image that could not be fetched is tried again later.
 */
export function remoteImageCache(o: ImageFetchOptions = {}, capacity = 300) {
  const kept = new Map<string, FetchedImage>();
  return {
    async get(urls: string[]): Promise<Map<string, FetchedImage>> {
      const missing = urls.filter((u) => !kept.has(u));
      for (const [u, img] of await fetchRemoteImages(missing, o)) {
        kept.set(u, img);
        if (kept.size > capacity) kept.delete(kept.keys().next().value!);
      }
      return new Map(urls.flatMap((u) => (kept.has(u) ? [[u, kept.get(u)!] as const] : [])));
    },
  };
}
