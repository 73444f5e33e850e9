// Demo data: the real agencies of both parties (public facts) with fictional people, numbers and addresses.
// Phone numbers are unassignable (US 555-01xx; Beijing numbers cannot start with 0); emails use the .example TLD.
import type { CreateContact } from '../modules/directory/index.js';

export const DEMO_PASSWORD = 'counterpart-demo';

// One name per party and language, used on every page and in mail: the Chinese names are the short forms (美国,
// 中国) that stand side by side; the code goes in a badge beside the name where the party must be told apart.
export const PARTIES = [
  { code: 'US', nameEn: 'United States', nameZh: '美国', timeZone: 'America/New_York' },
  { code: 'CN', nameEn: "People's Republic of China", nameZh: '中国', timeZone: 'Asia/Shanghai' },
] as const;

type AgencySeed = { partyCode: string; acronym: string; nameEn: string; nameZh: string; kind: 'police' | 'customs' | 'regulator' | 'ministry' | 'other' };

export const AGENCIES: AgencySeed[] = [
  { partyCode: 'US', acronym: 'HSI', nameEn: 'Homeland Security Investigations (DHS)', nameZh: '国土安全调查局（国土安全部）', kind: 'police' },
  { partyCode: 'US', acronym: 'CBP', nameEn: 'U.S. Customs and Border Protection', nameZh: '美国海关与边境保护局', kind: 'customs' },
  { partyCode: 'US', acronym: 'DEA', nameEn: 'Drug Enforcement Administration', nameZh: '美国缉毒局', kind: 'police' },
  { partyCode: 'US', acronym: 'DOJ', nameEn: 'Department of Justice', nameZh: '美国司法部', kind: 'ministry' },
  { partyCode: 'US', acronym: 'INL', nameEn: 'Bureau of International Narcotics and Law Enforcement Affairs (State)', nameZh: '国际麻醉品和执法事务局（国务院）', kind: 'ministry' },
  { partyCode: 'US', acronym: 'ONDCP', nameEn: 'Office of National Drug Control Policy', nameZh: '白宫国家毒品控制政策办公室', kind: 'ministry' },
  { partyCode: 'US', acronym: 'DHS', nameEn: 'Department of Homeland Security', nameZh: '美国国土安全部', kind: 'ministry' },
  { partyCode: 'US', acronym: 'NSC', nameEn: 'National Security Council', nameZh: '美国国家安全委员会', kind: 'ministry' },
  { partyCode: 'US', acronym: 'USPIS', nameEn: 'U.S. Postal Inspection Service', nameZh: '美国邮政检查局', kind: 'police' },
  { partyCode: 'CN', acronym: 'MPS', nameEn: 'Ministry of Public Security', nameZh: '公安部', kind: 'police' },
  { partyCode: 'CN', acronym: 'MPS-NCB', nameEn: 'Ministry of Public Security, Narcotics Control Bureau', nameZh: '公安部禁毒局', kind: 'police' },
  { partyCode: 'CN', acronym: 'NNCC', nameEn: 'China National Narcotics Control Commission', nameZh: '国家禁毒委员会', kind: 'ministry' },
  { partyCode: 'CN', acronym: 'GACC', nameEn: 'General Administration of Customs', nameZh: '海关总署', kind: 'customs' },
  { partyCode: 'CN', acronym: 'MOFCOM', nameEn: 'Ministry of Commerce', nameZh: '商务部', kind: 'regulator' },
];

type UserSeed = { username: string; displayName: string; displayNameZh?: string; agency: string; roles: ('viewer' | 'officer' | 'supervisor' | 'secretariat' | 'admin' | 'auditor')[] };

export const USERS: Record<string, UserSeed[]> = {
  US: [
    { username: 'admin.us', displayName: 'Avery Admin', agency: 'HSI', roles: ['admin', 'supervisor'] },
    { username: 'officer.us', displayName: 'Jordan Liaison', displayNameZh: '联络官 乔丹', agency: 'HSI', roles: ['officer'] },
    { username: 'supervisor.us', displayName: 'Morgan Supervisor', agency: 'HSI', roles: ['supervisor', 'officer'] },
    { username: 'regulator.us', displayName: 'Casey Diversion', displayNameZh: '监管员 凯西', agency: 'DEA', roles: ['officer'] },
    // The regulator's supervisor: reviews its flagged drafts and signs the clearances and objections it prepares.
    { username: 'chief.us', displayName: 'Jamie Chief', agency: 'DEA', roles: ['supervisor', 'officer'] },
    { username: 'secretariat.us', displayName: 'Riley Secretariat', agency: 'INL', roles: ['secretariat'] },
    { username: 'auditor.us', displayName: 'Quinn Auditor', agency: 'ONDCP', roles: ['auditor'] },
    { username: 'viewer.us', displayName: 'Taylor Analyst', agency: 'CBP', roles: ['viewer'] },
  ],
  CN: [
    { username: 'admin.cn', displayName: '管理员 周', agency: 'MPS-NCB', roles: ['admin', 'supervisor'] },
    { username: 'officer.cn', displayName: '联络官 林', agency: 'MPS-NCB', roles: ['officer'] },
    { username: 'supervisor.cn', displayName: '主管 郑', agency: 'MPS-NCB', roles: ['supervisor', 'officer'] },
    { username: 'regulator.cn', displayName: '监管员 何', agency: 'NNCC', roles: ['officer'] },
    { username: 'chief.cn', displayName: '科长 王', agency: 'NNCC', roles: ['supervisor', 'officer'] },
    { username: 'secretariat.cn', displayName: '秘书 许', agency: 'NNCC', roles: ['secretariat'] },
    { username: 'auditor.cn', displayName: '审计员 孙', agency: 'NNCC', roles: ['auditor'] },
    { username: 'viewer.cn', displayName: '分析员 吴', agency: 'GACC', roles: ['viewer'] },
    // Files the demo wildlife seizure for customs (GACC's anti-smuggling officers seize at the ports).
    { username: 'customs.cn', displayName: '关员 钱', agency: 'GACC', roles: ['officer'] },
  ],
};

// `internal`: kept on its own party's node, to show that only contacts marked releasable cross to the counterpart.
type ContactSeed = Omit<CreateContact, 'agencyId'> & { agency: string; verifiedDaysAgo: number | null; internal?: boolean };

const ny = { days: [1, 2, 3, 4, 5], start: '08:30', end: '17:30', timeZone: 'America/New_York' };
const bj = { days: [1, 2, 3, 4, 5], start: '09:00', end: '18:00', timeZone: 'Asia/Shanghai' };

export const CONTACTS: ContactSeed[] = [
  { agency: 'HSI', kind: 'desk', name: 'HSI Cyber Crimes Center duty desk', topics: ['synthetic-drugs', 'illicit-finance', 'general-liaison'], coverage: '24x7', channels: [{ kind: 'phone', value: '+1 202 555 0147' }, { kind: 'email', value: 'duty-desk@hsi.example' }], languages: ['en', 'es'], language: 'en', verifiedDaysAgo: 12 },
  { agency: 'HSI', kind: 'person', name: 'Dana Whitfield', nameZh: '达娜·惠特菲尔德', title: 'Attaché, Beijing', topics: ['synthetic-drugs', 'precursor-chemicals', 'general-liaison'], coverage: 'hours', hours: bj, channels: [{ kind: 'phone', value: '+1 202 555 0158', label: 'mobile' }, { kind: 'secure-messaging', value: '@d.whitfield:hsi.example' }], languages: ['en', 'zh'], language: 'en', verifiedDaysAgo: 30 },
  { agency: 'HSI', kind: 'desk', name: 'Angel Watch Center', topics: ['traveller-notices'], coverage: 'hours', hours: ny, channels: [{ kind: 'email', value: 'angelwatch@hsi.example' }], languages: ['en'], language: 'en', verifiedDaysAgo: 140 },
  { agency: 'DEA', kind: 'person', name: 'Marcus Oyelaran', title: 'Diversion Program Manager', topics: ['precursor-chemicals', 'chemical-export-control'], coverage: 'hours', hours: ny, channels: [{ kind: 'phone', value: '+1 571 555 0110' }, { kind: 'email', value: 'm.oyelaran@dea.example' }], languages: ['en'], language: 'en', verifiedDaysAgo: 45 },
  { agency: 'CBP', kind: 'desk', name: 'National Targeting Center watch', topics: ['synthetic-drugs', 'precursor-chemicals'], coverage: '24x7', channels: [{ kind: 'phone', value: '+1 703 555 0199' }], languages: ['en', 'es'], language: 'en', verifiedDaysAgo: null, internal: true },
  { agency: 'USPIS', kind: 'person', name: 'Priya Raman', title: 'Inspector, contraband interdiction', topics: ['synthetic-drugs'], coverage: 'hours', hours: ny, channels: [{ kind: 'email', value: 'p.raman@uspis.example' }], languages: ['en', 'hi'], language: 'en', verifiedDaysAgo: 95 },
  { agency: 'INL', kind: 'person', name: 'Samuel Ortega', title: 'Working-group secretariat lead', topics: ['general-liaison'], coverage: 'hours', hours: ny, channels: [{ kind: 'email', value: 's.ortega@inl.example' }], languages: ['en', 'es'], language: 'en', verifiedDaysAgo: 5 },
  { agency: 'MPS-NCB', kind: 'desk', name: '公安部禁毒局国际合作值班室', topics: ['synthetic-drugs', 'precursor-chemicals', 'general-liaison'], coverage: '24x7', channels: [{ kind: 'phone', value: '+86 10 0000 0101' }, { kind: 'email', value: 'duty@mps-ncb.example' }], languages: ['zh', 'en'], language: 'zh', verifiedDaysAgo: 20 },
  { agency: 'MPS-NCB', kind: 'person', name: '李明远', title: '国际合作处 联络官', topics: ['synthetic-drugs', 'traveller-notices'], coverage: 'hours', hours: bj, channels: [{ kind: 'phone', value: '+86 10 0000 0117' }, { kind: 'secure-messaging', value: '@li.mingyuan:mps.example' }], languages: ['zh', 'en'], language: 'zh', verifiedDaysAgo: 60 },
  { agency: 'NNCC', kind: 'person', name: '陈静怡', title: '易制毒化学品管控 联络人', topics: ['precursor-chemicals', 'chemical-export-control'], coverage: 'hours', hours: bj, channels: [{ kind: 'email', value: 'chen.jingyi@nncc.example' }], languages: ['zh'], language: 'zh', verifiedDaysAgo: 100 },
  { agency: 'GACC', kind: 'desk', name: '海关总署缉私局 值班台', topics: ['synthetic-drugs', 'wildlife-trafficking'], coverage: '24x7', channels: [{ kind: 'phone', value: '+86 10 0000 0166' }], languages: ['zh'], language: 'zh', verifiedDaysAgo: 8 },
  { agency: 'MOFCOM', kind: 'person', name: '赵立新', title: '两用物项出口管制 联络人', topics: ['chemical-export-control'], coverage: 'hours', hours: bj, channels: [{ kind: 'email', value: 'zhao.lixin@mofcom.example' }], languages: ['zh', 'en'], language: 'zh', verifiedDaysAgo: null, internal: true },
];
