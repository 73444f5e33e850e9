// Lists typed one item a line (sources, synonyms): blank lines and surrounding spaces do not count.
export function splitLines(text: string): string[] {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}
