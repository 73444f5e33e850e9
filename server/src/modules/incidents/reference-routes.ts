// HTTP for the incidents' reference data: the wildlife checklist (species by scientific, English or Chinese name or
// pinyin, with the CITES appendix and what no consulted source confirms) and the CITES trade-term codes that say in
// what form a specimen was seized. Read-only, for every signed-in role: the wizard looks species up as one types.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ANY_ROLE } from '../../platform/http/access.js';
import { zName } from '../../platform/validation.js';
import { loadCommonValues } from '../entities/index.js';
import { APPENDICES, RANKS, searchSpecies, speciesChecklistVersion, tradeTerms, wildlifeSources, type Species } from './wildlife/species.js';

const tags = ['incidents'];

const SourceOut = z.object({
  id: z.string(),
  title: z.string(),
  publisher: z.string(),
  url: z.string(),
  date: z.string(),
  consulted: z.boolean().describe('false: the text that would confirm the entry, not yet checked against it'),
});

const SpeciesOut = z.object({
  scientificName: z.string(),
  rank: z.enum(RANKS),
  en: z.string().nullable(),
  zh: z.string().nullable(),
  appendix: z.enum(APPENDICES).describe('the CITES appendix, "I/II" where populations are split between them'),
  annotation: z.string().nullable(),
  note: z.string().nullable(),
  sources: z.array(z.string()).describe('ids of the checklist sources the entry rests on'),
  unconfirmed: z.array(z.string()).describe('fields no consulted source confirms: show them as unconfirmed'),
});

const SpeciesQuery = z.strictObject({
  q: zName(100).describe('part of a scientific, English or Chinese name, or the Chinese name in pinyin (full or initials)'),
  limit: z.coerce.number().int().min(1).max(50).default(10),
});

const SpeciesPage = z.object({ items: z.array(SpeciesOut), version: z.string(), sources: z.array(SourceOut) });

const TradeTermOut = z.object({
  code: z.string(),
  en: z.string(),
  zh: z.string(),
  zhSource: z.enum(['official', 'translation']).describe('translation: the Chinese description is this project’s, not an official text'),
  units: z.array(z.string()).describe('the units the CITES trade database accepts with the term ("number": a count of specimens)'),
});

const speciesOut = (s: Species): z.infer<typeof SpeciesOut> => ({
  scientificName: s.scientificName,
  rank: s.rank,
  en: s.en ?? null,
  zh: s.zh ?? null,
  appendix: s.appendix,
  annotation: s.annotation ?? null,
  note: s.note ?? null,
  sources: s.sources,
  unconfirmed: s.unconfirmed ?? [],
});

export const incidentReferenceRoutes: FastifyPluginAsyncZod = async (app) => {
  // Read the bundled checklist now: bad data stops the node at boot, naming every problem, not a first look-up.
  speciesChecklistVersion();
  loadCommonValues();
  app.get('/wildlife/species', { config: { roles: ANY_ROLE }, schema: { tags, summary: 'Look up species in the bundled CITES checklist', querystring: SpeciesQuery, response: { 200: SpeciesPage } } }, async (req) => ({
    items: searchSpecies(req.query.q, req.query.limit).map(speciesOut),
    version: speciesChecklistVersion(),
    sources: wildlifeSources(),
  }));
  app.get('/wildlife/trade-terms', { config: { roles: ANY_ROLE }, schema: { tags, summary: 'The CITES trade-term codes (the form a specimen is in)', response: { 200: z.object({ items: z.array(TradeTermOut) }) } } }, async () => ({
    items: tradeTerms(),
  }));
};
