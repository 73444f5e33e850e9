// Screening a few lines at once, inside a request (a form, a notification being drafted). Manifests of thousands
// of lines go to bulk screening jobs instead, which run in worker threads.
import type { Ctx } from '../../platform/context.js';
import { requireActorIn } from './guards.js';
import { currentRegistry } from './registry-store.js';
import type { ScreeningLine, ScreeningResult } from './screening-schemas.js';

export async function screenLines(ctx: Ctx, input: { lines: ScreeningLine[]; asOf?: string | undefined }): Promise<{ registryVersion: string; asOf: string; results: ScreeningResult[] }> {
  requireActorIn(ctx);
  const { screener } = await currentRegistry(ctx.db);
  const asOf = input.asOf ?? ctx.clock.now().toISOString().slice(0, 10);
  return { registryVersion: screener.registryVersion, asOf, results: input.lines.map((l) => screener.screen(l, asOf)) };
}
