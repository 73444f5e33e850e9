// HTTP for moving incidents in and out in bulk: CSV import (a spreadsheet, English or Chinese headers, UTF-8 or
// GBK), STIX 2.1 import, and STIX 2.1 export of one incident or of a filtered set, streamed. Each import has a dry
// run and a row-by-row report; exports read what the list reads, handling included (a viewer's export holds no
// TLP:RED incident), and are audited once with their filter and count.
import { PassThrough } from 'node:stream';
import type { FastifyPluginAsyncZod, ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ImportReport } from '../../platform/import/index.js';
import { attachmentDisposition } from '../../platform/http/download.js';
import { streamThrough } from '../../platform/http/stream.js';
import { zId, zQueryBool } from '../../platform/validation.js';
import { IMPORT_MAX_ROWS } from './csv-columns.js';
import { importIncidentsCsv } from './csv-import.js';
import { IncidentQuery } from './schemas.js';
import { exportIncidentsStix, exportOneStix } from './stix-export.js';
import { importIncidentsStix, STIX_MAX_OBJECTS, StixImportReport } from './stix-import.js';

const tags = ['incidents'];
const READERS = ['viewer', 'officer', 'supervisor', 'admin', 'auditor'] as const;
const WORKERS = ['officer', 'supervisor', 'admin'] as const;
const CSV_LIMIT_BYTES = 4 * 1024 * 1024;
const CSV_TYPES = ['text/csv', 'application/octet-stream'];
const STIX_LIMIT_BYTES = 64 * 1024 * 1024;
const STIX_TYPE = 'application/stix+json;version=2.1';
const DryRun = z.strictObject({ dryRun: zQueryBool.default(false) });
const Bundle = z.looseObject({ type: z.string(), id: z.string().optional(), objects: z.array(z.unknown()).optional() }).describe('a STIX 2.1 bundle');
const CSV_SUMMARY =
  `Import incidents from CSV (at most ${IMPORT_MAX_ROWS} rows, 4 MiB, UTF-8 or GBK); a row-by-row report. One row per item; rows with the same ref are one incident. ` +
  'Headers in English or Chinese: ref/编号, kind/类型, date/日期, country/国家, title/标题 (required); agency/机构 (acronym; default the caller’s), place/地点, port/口岸, latitude/纬度, longitude/经度, narrative/案情, language/语言, handling/处理等级, use restrictions/使用限制, source/信息评估 (e.g. B2), releasable to/共享对象, mode/运输方式, carrier/承运人; ' +
  'per item: item type/物品类型 (chemical, equipment, money, wildlife; inferred when empty), declared name/申报名称, CAS/CAS号, purity/纯度, form/形态, quantity/数量, unit/单位, equipment/设备, count/件数, species/物种, trade term/贸易术语, live/活体, amount/金额, currency/币种, item description/物品说明; ' +
  'entities: a column per kind (company/公司, person/人员, address/地址, phone/电话, email/邮箱, website/网站, bank account/银行账户, payment account/支付账户, crypto address/钱包地址, vessel/船舶, container/集装箱, tracking number/运单号, licence/许可证) or entity kind/实体类型 + entity value/实体, with role/角色, entity country/实体国家 and USCC/统一社会信用代码 for the row.';

/** CSV import: the file is the request body itself; its parser is registered for this route's scope only. */
const csvImportRoute: FastifyPluginAsyncZod = async (csv) => {
  csv.addContentTypeParser(CSV_TYPES, { parseAs: 'buffer', bodyLimit: CSV_LIMIT_BYTES }, (_req, body, done) => done(null, body));
  csv.withTypeProvider<ZodTypeProvider>().post(
    '/incidents/import',
    { config: { roles: WORKERS }, bodyLimit: CSV_LIMIT_BYTES, schema: { tags, operationId: 'importIncidentsCsv', consumes: CSV_TYPES, summary: CSV_SUMMARY, querystring: DryRun, response: { 200: ImportReport } } },
    async (req) => importIncidentsCsv(req.ctx(), Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0), { dryRun: req.query.dryRun }),
  );
};

/** STIX import: a bundle of 100,000 objects is tens of MiB; STIX's own media type is parsed as JSON, here only. */
const stixImportRoute: FastifyPluginAsyncZod = async (stix) => {
  stix.addContentTypeParser('application/stix+json', { parseAs: 'string', bodyLimit: STIX_LIMIT_BYTES }, stix.getDefaultJsonParser('error', 'error'));
  const summary = `Import the incident objects of a STIX 2.1 bundle (at most ${STIX_MAX_OBJECTS.toLocaleString('en')} objects, 64 MiB) as this party's incidents, filed under the caller's agency; a report per incident object. The same object imported again creates nothing.`;
  stix.withTypeProvider<ZodTypeProvider>().post(
    '/incidents/import.stix',
    { config: { roles: WORKERS }, bodyLimit: STIX_LIMIT_BYTES, schema: { tags, operationId: 'importIncidentsStix', consumes: ['application/json', 'application/stix+json'], summary, querystring: DryRun, body: Bundle, response: { 200: StixImportReport } } },
    async (req) => importIncidentsStix(req.ctx(), req.body, { dryRun: req.query.dryRun }),
  );
};

const stixExportRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/incidents/export.stix',
    { config: { roles: READERS }, schema: { tags, operationId: 'exportIncidentsStix', summary: 'The incidents the list would give this reader (same filters, no paging) as one STIX 2.1 bundle, streamed', querystring: IncidentQuery.omit({ page: true, pageSize: true }), produces: [STIX_TYPE] } },
    async (req, reply) => {
      const ctx = req.ctx();
      const chunks = await exportIncidentsStix(ctx, req.query);
      const name = `incidents-${ctx.clock.now().toISOString().slice(0, 10)}.stix.json`;
      return reply.type(STIX_TYPE).header('content-disposition', attachmentDisposition(name)).send(streamThrough(chunks, new PassThrough()));
    },
  );
  app.get(
    '/incidents/:id/export.stix',
    { config: { roles: READERS }, schema: { tags, operationId: 'exportIncidentStix', summary: 'One incident with its follow-ups as a STIX 2.1 bundle', params: z.strictObject({ id: zId }), produces: [STIX_TYPE] } },
    async (req, reply) => {
      const { reference, bundle } = await exportOneStix(req.ctx(), req.params.id);
      return reply.type(STIX_TYPE).header('content-disposition', attachmentDisposition(`${reference}.stix.json`)).send(Buffer.from(JSON.stringify(bundle)));
    },
  );
};

export const incidentTransferRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(csvImportRoute);
  await app.register(stixImportRoute);
  await app.register(stixExportRoutes);
};
