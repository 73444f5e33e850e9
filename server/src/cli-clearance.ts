// `counterpart clearance verify FILE [--fingerprint HEX]`: checks a downloaded clearance offline.
import { readFileSync } from 'node:fs';
import { verifyClearanceBundle } from './modules/notifications/index.js';

export async function clearanceVerifyCmd(file: string | undefined, fingerprint: string | undefined): Promise<number> {
  if (!file) throw new Error('clearance verify needs the downloaded clearance file (clearance-….json)');
  const report = await verifyClearanceBundle(readFileSync(file, 'utf8'), fingerprint);
  for (const line of report.lines) console.log(line);
  return report.ok ? 0 : 1;
}
