// Against formula injection (OWASP "CSV Injection"): a cell a spreadsheet would run as a formula gets a leading
// apostrophe, which makes it text. Every CSV the node writes passes its cells through here.
export function defuseCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}
