// Websites and online shops: the key is the host, lower-cased and punycoded, without "www."; on a shared
// marketplace the shop is what identifies a seller, so the key keeps the shop's subdomain or path.
import { fail, ok, type Normalised } from './result.js';
import { isHostName } from './contact.js';

type Marketplace =
  /** Each shop has its own subdomain (shop123.taobao.com); the listed subdomains are the marketplace's own pages. */
  | { domain: string; shopBy: 'subdomain'; ownSubdomains: readonly string[] }
  /** Each shop is a path under one of the prefixes (etsy.com/shop/<name>); other paths are listings or search. */
  | { domain: string; shopBy: 'path'; prefixes: readonly string[] }
  /** Sellers have no URL of their own we can key on; the host alone is the marketplace. */
  | { domain: string; shopBy: 'none' };

// Marketplaces seen in seizure and e-commerce cases between the US and China. Kept small on purpose: an unlisted
// marketplace keys on its host alone, so every shop on it shares one key until the frequency rule (a key in more
// than COMMON_FREQUENCY_THRESHOLD records) leaves it out; list a marketplace here to key its shops apart.
export const MARKETPLACES: readonly Marketplace[] = [
  { domain: 'taobao.com', shopBy: 'subdomain', ownSubdomains: ['item', 's', 'm', 'h5', 'login', 'world'] },
  { domain: 'tmall.com', shopBy: 'subdomain', ownSubdomains: ['detail', 'list', 'm', 'login', 'chaoshi'] },
  { domain: '1688.com', shopBy: 'subdomain', ownSubdomains: ['detail', 's', 'm', 'login', 'work', 'air'] },
  { domain: 'alibaba.com', shopBy: 'subdomain', ownSubdomains: ['en', 'm', 'message', 'login', 'sale', 'offer'] },
  { domain: 'made-in-china.com', shopBy: 'subdomain', ownSubdomains: ['en', 'm', 'login', 'membercenter'] },
  { domain: 'myshopify.com', shopBy: 'subdomain', ownSubdomains: ['accounts', 'partners'] },
  { domain: 'aliexpress.com', shopBy: 'path', prefixes: ['store'] },
  { domain: 'etsy.com', shopBy: 'path', prefixes: ['shop'] },
  { domain: 'ebay.com', shopBy: 'path', prefixes: ['str', 'usr'] },
  { domain: 'amazon.com', shopBy: 'none' },
  { domain: 'jd.com', shopBy: 'none' },
];

const marketplaceOf = (host: string): Marketplace | undefined =>
  MARKETPLACES.find((m) => host === m.domain || host.endsWith(`.${m.domain}`));

/** The key of a marketplace URL: the shop when the URL names one, else the bare marketplace domain. */
function marketplaceKey(m: Marketplace, host: string, path: string): string {
  if (m.shopBy === 'subdomain') {
    // "acme.en.alibaba.com" and "shop123.taobao.com" are shops; "item.taobao.com" is Taobao's own item page.
    const sub = host.slice(0, -m.domain.length - 1);
    return sub === '' || m.ownSubdomains.includes(sub) ? m.domain : host;
  }
  if (m.shopBy === 'path') {
    // Shop names are matched case-insensitively by these marketplaces, so the path is folded like the host; the
    // host is reduced to the marketplace domain so the mobile and regional hosts (m., es.) key the same shop.
    const [prefix, shop] = path.toLowerCase().split('/').filter((p) => p !== '');
    if (prefix !== undefined && shop !== undefined && m.prefixes.includes(prefix)) return `${m.domain}/${prefix}/${shop}`;
  }
  return m.domain;
}

export function normaliseWebsite(text: string): Normalised {
  const s = text.replace(/\s+/g, '');
  // "mailto:", "ftp://", "javascript:" are not websites; "example.com:8080" has a port, not a scheme.
  const hasScheme = /^[a-z][a-z0-9+.-]*:(?!\d)/i.test(s);
  if (hasScheme && !/^https?:\/\//i.test(s)) return fail('website-invalid');
  const withScheme = hasScheme ? s : `http://${s}`;
  let url: URL;
  try {
    url = new URL(withScheme); // WHATWG parsing lower-cases and punycodes the host for http(s)
  } catch {
    return fail('website-invalid');
  }
  if (url.username !== '' || url.password !== '') return fail('website-invalid'); // "user@host" is an e-mail address
  const host = url.hostname.replace(/\.$/, '').replace(/^www\./, '');
  if (!isHostName(host) && !/^\d{1,3}(?:\.\d{1,3}){3}$/.test(host)) return fail('website-invalid');
  const market = marketplaceOf(host);
  if (market === undefined) return ok(host, host, { host });
  const key = marketplaceKey(market, host, url.pathname);
  return ok(key, key, { host, marketplace: market.domain });
}

/** A marketplace's own domain with no shop: every seller on it shares this key. */
export function isMarketplaceHost(key: string): boolean {
  return MARKETPLACES.some((m) => m.domain === key);
}
