// The working group's demo meetings: the public sequence since November 2023 as it was publicly reported (the
// leaders' meeting at Woodside, 15 Nov 2023; the ministerial virtual meeting of 10 Jan 2024, DHS readout of 11 Jan
// 2024; the working group's launch in Beijing, 30–31 Jan 2024; the senior officials' meeting in Washington, 31 Jul
// 2024). Principals are named by title and agency only, never by a person's name; the hours of day are approximate
// (the public accounts give dates). Commitments are fictional, marked `demo`, their dates counted from today; the
// readouts are this project's own short accounts of the public facts, each with a translation by a person.

export type DemoAttendee = { title: string; agency: string; principal: boolean };
export type DemoItem = { topic: string; title: string; note?: string };
export type DemoMeeting = {
  key: string;
  level: 'leaders' | 'ministerial' | 'plenary' | 'senior-officials';
  mode: 'in-person' | 'virtual';
  title: string;
  language: 'en' | 'zh';
  startsAt: string;
  endsAt: string;
  timeZone: string;
  place: string;
  agenda: DemoItem[];
  attendance: DemoAttendee[];
  decisions: string[];
};
/** `dueInDays` from today; `settle`: reported done or dropped today. */
export type DemoCommitment = { meeting: string; topic: string; agency: string; text: string; dueInDays: number; status: 'open' | 'in-progress' | 'done' | 'dropped'; note?: string };
export type DemoReadout = { meeting: string; title: string; body: string; translation: { title: string; body: string } };

const US_MEETINGS: DemoMeeting[] = [
  {
    key: 'woodside',
    level: 'leaders',
    mode: 'in-person',
    title: "Leaders' meeting at Woodside",
    language: 'en',
    startsAt: '2023-11-15T11:00:00-08:00',
    endsAt: '2023-11-15T15:00:00-08:00',
    timeZone: 'America/Los_Angeles',
    place: 'Woodside, California',
    agenda: [{ topic: 'synthetic-drugs', title: 'Resuming counternarcotics cooperation', note: 'The leaders agreed to resume cooperation on counternarcotics and to set up a working group.' }],
    attendance: [{ title: 'President of the United States', agency: 'NSC', principal: true }],
    decisions: ['Resume bilateral cooperation on counternarcotics and establish a counternarcotics working group.'],
  },
  {
    key: 'ministerial',
    level: 'ministerial',
    mode: 'virtual',
    title: 'Ministerial virtual meeting on counternarcotics cooperation',
    language: 'en',
    startsAt: '2024-01-10T08:00:00-05:00',
    endsAt: '2024-01-10T09:30:00-05:00',
    timeZone: 'America/New_York',
    place: 'Virtual (Washington and Beijing)',
    agenda: [
      { topic: 'synthetic-drugs', title: 'Synthetic drugs and their precursors' },
      { topic: 'information-sharing', title: 'Sharing information' },
      { topic: 'chemical-export-standards', title: 'Standards for chemical exports' },
      { topic: 'angel-watch', title: 'Angel Watch' },
      { topic: 'wildlife', title: 'Wildlife trafficking' },
      { topic: 'points-of-contact', title: 'Points of contact' },
    ],
    attendance: [
      { title: 'Secretary of Homeland Security', agency: 'DHS', principal: true },
      { title: 'Department of Justice representative', agency: 'DOJ', principal: false },
      { title: 'Department of State representative', agency: 'INL', principal: false },
      { title: 'National Security Council representative', agency: 'NSC', principal: false },
      { title: 'Office of National Drug Control Policy representative', agency: 'ONDCP', principal: false },
      { title: 'Drug Enforcement Administration representative', agency: 'DEA', principal: false },
    ],
    decisions: ['Agree on initial steps of cooperation.', 'Launch the counternarcotics working group in January 2024.'],
  },
  {
    key: 'washington',
    level: 'senior-officials',
    mode: 'in-person',
    title: "Working group senior officials' meeting",
    language: 'en',
    startsAt: '2024-07-31T09:00:00-04:00',
    endsAt: '2024-07-31T17:00:00-04:00',
    timeZone: 'America/New_York',
    place: 'Washington, D.C.',
    agenda: [
      { topic: 'precursors', title: 'Precursor chemicals and their control' },
      { topic: 'illicit-finance', title: 'Illicit finance' },
      { topic: 'information-sharing', title: 'Information sharing between agencies' },
    ],
    attendance: [{ title: 'Deputy Homeland Security Advisor', agency: 'NSC', principal: true }],
    decisions: ['Review the commitments made since the working group was launched.'],
  },
];

const CN_MEETINGS: DemoMeeting[] = [
  {
    key: 'beijing',
    level: 'plenary',
    mode: 'in-person',
    title: '中美禁毒合作工作组启动会议',
    language: 'zh',
    startsAt: '2024-01-30T09:00:00+08:00',
    endsAt: '2024-01-31T17:00:00+08:00',
    timeZone: 'Asia/Shanghai',
    place: '北京',
    agenda: [
      { topic: 'synthetic-drugs', title: '合成毒品问题', note: '双方介绍了各自的禁毒形势。' },
      { topic: 'precursors', title: '易制毒化学品管控' },
      { topic: 'information-sharing', title: '执法信息交流' },
    ],
    attendance: [{ title: '公安部代表团团长', agency: 'MPS', principal: true }],
    decisions: ['正式启动中美禁毒合作工作组。'],
  },
];

export const DEMO_MEETINGS: Record<string, DemoMeeting[]> = { US: US_MEETINGS, CN: CN_MEETINGS };

export const DEMO_COMMITMENTS: Record<string, DemoCommitment[]> = {
  US: [
    { meeting: 'ministerial', topic: 'points-of-contact', agency: 'INL', text: 'Exchange a verified list of the operational points of contact of every agency taking part.', dueInDays: 30, status: 'done', note: 'The list is in the directory and verified.' },
    { meeting: 'ministerial', topic: 'chemical-export-standards', agency: 'DEA', text: 'Brief the working group on US rules for reporting suspicious orders of listed chemicals.', dueInDays: 60, status: 'in-progress' },
    { meeting: 'washington', topic: 'information-sharing', agency: 'HSI', text: 'Share information on intercepted precursor shipments every month through this platform.', dueInDays: -10, status: 'open' },
    { meeting: 'washington', topic: 'illicit-finance', agency: 'DOJ', text: 'Propose a channel for requests about accounts used to pay for precursor chemicals.', dueInDays: 90, status: 'open' },
  ],
  CN: [
    { meeting: 'beijing', topic: 'precursors', agency: 'MPS-NCB', text: '通报三种芬太尼前体化学品的列管进展。', dueInDays: 45, status: 'done', note: '已通过本平台通报。' },
    { meeting: 'beijing', topic: 'information-sharing', agency: 'NNCC', text: '通过本平台按月通报查获的可疑货运信息。', dueInDays: 30, status: 'in-progress' },
    { meeting: 'beijing', topic: 'wildlife', agency: 'GACC', text: '交流野生动植物非法贸易的查获案例。', dueInDays: -5, status: 'open' },
    { meeting: 'beijing', topic: 'capacity-building', agency: 'MPS', text: '举办一期执法人员培训班。', dueInDays: 120, status: 'dropped', note: '改为在线交流。' },
  ],
};

export const DEMO_READOUTS: Record<string, DemoReadout> = {
  US: {
    meeting: 'ministerial',
    title: 'Readout: ministerial virtual meeting on counternarcotics cooperation (demo)',
    body:
      'On 10 January 2024 the Secretary of Homeland Security met the Minister of Public Security of the People’s Republic of China by video. ' +
      'The Department of Justice, the Department of State, the National Security Council, the Office of National Drug Control Policy and the Drug Enforcement Administration took part.\n\n' +
      'They discussed synthetic drugs and their precursor chemicals, sharing information, standards for chemical exports, Angel Watch, wildlife trafficking and points of contact. ' +
      'They agreed on initial steps and to launch the counternarcotics working group.\n\n' +
      'This demo readout was written for Counterpart from public accounts of the meeting.',
    translation: {
      title: '会议纪要：禁毒合作部长级视频会议（演示）',
      body:
        '2024年1月10日，美国国土安全部部长与中华人民共和国公安部部长举行视频会晤。' +
        '美国司法部、国务院、国家安全委员会、白宫国家毒品控制政策办公室和缉毒局参加。\n\n' +
        '双方讨论了合成毒品及其前体化学品、信息共享、化学品出口标准、天使守望、野生动植物非法贸易和联络点等问题，' +
        '商定了初步合作措施，并同意启动禁毒合作工作组。\n\n' +
        '本演示纪要由 Counterpart 根据会议的公开报道撰写。',
    },
  },
  CN: {
    meeting: 'beijing',
    title: '会议纪要：中美禁毒合作工作组在北京启动（演示）',
    body: '2024年1月30日至31日，中美禁毒合作工作组在北京召开启动会议。双方就合成毒品、易制毒化学品管控和执法信息交流等问题交换了意见。\n\n本演示纪要由 Counterpart 根据公开报道撰写。',
    translation: {
      title: 'Readout: the China–US counternarcotics working group launched in Beijing (demo)',
      body:
        'On 30–31 January 2024 the China–US counternarcotics working group held its launch meeting in Beijing. The two sides exchanged views on synthetic drugs, the control of precursor chemicals and the sharing of law-enforcement information.\n\n' +
        'This demo readout was written for Counterpart from public reports.',
    },
  },
};
