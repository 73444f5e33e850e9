// The columns of an incidents CSV, by their English and Chinese names, and the coded values a spreadsheet may write
// in Chinese (kinds, item types, units, roles, handling). One row is one item (a chemical line, a piece of
// equipment, money, a wildlife item) or none; rows with the same `ref` are one incident, whose own columns come from
// its first row. Entities come either as a (kind, value, role) triple per row or from a column per kind (company,
// phone…), with the row's role and country; the same entity on several rows of an incident is named once.
import type { CsvTableSpec } from '../../platform/import/index.js';
import type { EntityKind } from '../entities/index.js';

export const IMPORT_MAX_ROWS = 2000;

/** Entity kinds with a column of their own: the row's value in it is that kind of entity. */
export const ENTITY_COLUMNS = {
  company: ['company', 'companyname', '公司', '企业', '公司名称'],
  person: ['person', 'personname', '人员', '姓名'],
  address: ['address', '地址'],
  phone: ['phone', 'telephone', 'tel', '电话', '手机'],
  email: ['email', 'e-mail', '邮箱', '电子邮件'],
  website: ['website', 'url', 'shop', '网站', '网店'],
  bankAccount: ['bankaccount', 'account', '银行账户', '银行账号'],
  paymentAccount: ['paymentaccount', '支付账户'],
  cryptoAddress: ['cryptoaddress', 'wallet', '加密货币地址', '钱包地址'],
  vessel: ['vessel', 'ship', '船舶', '船名'],
  container: ['container', 'containernumber', '集装箱', '集装箱号'],
  trackingNumber: ['trackingnumber', 'waybill', 'tracking', '运单号', '快递单号'],
  licence: ['licence', 'license', 'permit', '许可证', '许可证号'],
} as const;
export type EntityColumn = keyof typeof ENTITY_COLUMNS;
export const ENTITY_KIND_OF: Record<EntityColumn, EntityKind> = {
  company: 'company',
  person: 'person',
  address: 'address',
  phone: 'phone',
  email: 'email',
  website: 'website',
  bankAccount: 'bank-account',
  paymentAccount: 'payment-account',
  cryptoAddress: 'crypto-address',
  vessel: 'vessel',
  container: 'container',
  trackingNumber: 'tracking-number',
  licence: 'licence',
};

export const COLUMNS = {
  ref: ['ref', 'reference', 'case', 'incident', '编号', '案件编号', '事件编号'],
  kind: ['kind', 'incidentkind', 'type', '类型', '事件类型'],
  agency: ['agency', 'authority', 'reportingagency', '机构', '报告机构'],
  date: ['date', 'occurredon', 'dateofincident', '日期', '发生日期', '查获日期'],
  country: ['country', '国家', '国家地区'],
  place: ['place', 'locality', 'city', '地点', '城市'],
  port: ['port', '口岸', '港口'],
  latitude: ['latitude', 'lat', '纬度'],
  longitude: ['longitude', 'lon', 'lng', '经度'],
  title: ['title', 'summary', '标题'],
  narrative: ['narrative', 'description', '案情', '案情简介', '描述'],
  language: ['language', 'lang', '语言'],
  handling: ['handling', 'tlp', '处理等级', '密级'],
  restrictions: ['userestrictions', 'restrictions', '使用限制'],
  source: ['source', 'sourceevaluation', 'admiralty', '信息评估', '来源评估'],
  releasableTo: ['releasableto', 'sharewith', '共享对象', '可共享方'],
  mode: ['mode', 'transport', '运输方式'],
  carrier: ['carrier', '承运人'],
  itemType: ['itemtype', 'item', '物品类型', '物品类别'],
  declaredName: ['declaredname', 'chemical', 'substance', '申报名称', '化学品', '物质'],
  cas: ['cas', 'casno', 'casnumber', 'cas号'],
  purity: ['purity', '纯度'],
  form: ['form', '形态'],
  quantity: ['quantity', 'qty', '数量'],
  unit: ['unit', '单位'],
  equipment: ['equipment', 'equipmenttype', '设备', '设备类型'],
  count: ['count', '台数', '件数'],
  species: ['species', 'taxon', 'scientificname', '物种', '学名'],
  tradeTerm: ['tradeterm', 'specimen', '贸易术语', '标本类型'],
  live: ['live', 'alive', '活体'],
  amount: ['amount', '金额'],
  currency: ['currency', '币种', '货币'],
  itemDescription: ['itemdescription', '物品说明'],
  entityKind: ['entitykind', 'entitytype', '实体类型'],
  entityValue: ['entityvalue', 'entity', '实体', '实体值'],
  role: ['role', 'entityrole', '角色'],
  entityCountry: ['entitycountry', '实体国家', '实体所属国'],
  uscc: ['uscc', 'creditcode', '统一社会信用代码'],
  ...ENTITY_COLUMNS,
} as const;
export type Column = keyof typeof COLUMNS;

export const SPEC: CsvTableSpec<Column> = { columns: COLUMNS, required: ['ref', 'kind', 'date', 'country', 'title'], maxRows: IMPORT_MAX_ROWS, rowsAre: 'one line per item' };

/** Coded values as a Chinese spreadsheet may write them; anything else is taken as the code itself. */
const ZH_CODES: Record<string, string> = {
  查获: 'seizure',
  截停货物: 'stopped-shipment',
  暂停装运: 'stopped-shipment',
  企图转移: 'attempted-diversion',
  可疑订单: 'suspicious-order',
  秘密实验室: 'clandestine-laboratory',
  制毒设备: 'equipment',
  压片机: 'equipment',
  网络营销: 'online-marketing',
  邮包查获: 'postal-interdiction',
  资金线索: 'financial-lead',
  野生动植物查获: 'wildlife-seizure',
  化学品: 'chemical',
  设备: 'equipment',
  资金: 'money',
  现金: 'money',
  野生动植物: 'wildlife',
  发货人: 'shipper',
  收货人: 'consignee',
  买方: 'buyer',
  卖方: 'seller',
  付款人: 'payer',
  收款人: 'payee',
  嫌疑人: 'suspect',
  其他: 'other',
  是: 'true',
  否: 'false',
};
const UNITS: Record<string, string> = { 千克: 'kg', 公斤: 'kg', 克: 'g', 毫克: 'mg', 吨: 't', 升: 'L', l: 'L', 毫升: 'mL', ml: 'mL', 片: 'tablets', 只: 'number', 头: 'number', 个: 'number', 件: 'number', 株: 'number', 立方米: 'm3', 平方米: 'm2' };
const HANDLING: Record<string, string> = { red: 'TLP:RED', 红: 'TLP:RED', amber: 'TLP:AMBER', 黄: 'TLP:AMBER', 'amber+strict': 'TLP:AMBER+STRICT', green: 'TLP:GREEN', 绿: 'TLP:GREEN', clear: 'TLP:CLEAR', 白: 'TLP:CLEAR' };

export const code = (v: string | undefined): string | undefined => (v === undefined ? undefined : (ZH_CODES[v] ?? v.toLowerCase()));
export const unitOf = (v: string | undefined): string | undefined => (v === undefined ? undefined : (UNITS[v] ?? UNITS[v.toLowerCase()] ?? v));
export const handlingOf = (v: string | undefined): string => (v === undefined ? 'TLP:AMBER' : (HANDLING[v.toLowerCase().replace(/^tlp:/, '')] ?? v.toUpperCase()));
