/** The parts of a URL that shared/ reads. */
export interface UrlParts {
  protocol: string;
  hostname: string;
  origin: string;
  pathname: string;
}

/**
 * The WHATWG URL parser, present in Node and in every browser, though shared/ is typed without
 * either environment. Throws on what is not a URL, as `new URL` does.
 */
export const parseUrl = (raw: string): UrlParts => new (globalThis as unknown as { URL: new (url: string) => UrlParts }).URL(raw);
