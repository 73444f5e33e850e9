// Downloads: the Content-Disposition of a file with any name, per RFC 6266 — an ASCII fallback, and the real name
// (三月舱单-results.csv) in UTF-8 for every current browser.
export function attachmentDisposition(name: string): string {
  const ascii = name.replace(/[^\w.-]+/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}
