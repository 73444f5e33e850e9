// Screening: an officer pastes declared lines (a shipment's manifest, a tip's list) and learns for each whether the
// chemical is controlled, where, since when and why — as of a chosen date, by the registry this node holds. A whole
// manifest (a file of up to 20 MiB) is uploaded instead and screened in the background.
import { Tabs, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { api, call } from '../../app/api/client';
import { useMe } from '../../app/auth-context';
import { PageTitle } from '../../app/components/page-title';
import { ProblemAlert } from '../../app/components/problem-alert';
import { useSubmit } from '../../app/use-submit';
import { todayIn } from './format';
import { ManifestSection } from './manifest-section';
import type { ScreenedLine } from './screening-export';
import { ScreeningForm } from './screening-form';
import { parseScreeningText, toScreeningLine } from './screening-input';
import { ScreeningResults } from './screening-results';
import type { ScreeningCheck } from './types';

/** `id` tells one screening from the next, so the filter and opened rows start afresh. */
type Outcome = { id: number; check: ScreeningCheck; screened: ScreenedLine[] };

export function ScreeningPage() {
  const { t } = useTranslation();
  const me = useMe();
  const [text, setText] = useState('');
  const [asOf, setAsOf] = useState(() => todayIn(me.timeZone));
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const parsed = useMemo(() => parseScreeningText(text), [text]);
  const { problem, isBusy, run } = useSubmit();
  // The chosen tab is in the address, so a reload or a shared link opens the same one.
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') === 'upload' ? 'upload' : 'paste';

  const screen = () =>
    void run(async () => {
      const lines = parsed.lines;
      const check = await call(api.POST('/api/v1/screening-checks', { body: { lines: lines.map(toScreeningLine), ...(asOf ? { asOf } : {}) } }));
      // The node answers in the order asked, each result echoing its line's reference.
      const screened = check.results.flatMap((result, i) => {
        const line = lines.find((l) => String(l.lineNo) === result.ref) ?? lines[i];
        return line ? [{ line, result }] : [];
      });
      setOutcome((prev) => ({ id: (prev?.id ?? 0) + 1, check, screened }));
    });

  return (
    <>
      <PageTitle title={t('screening.title')} />
      <Tabs value={tab} onChange={(v) => setParams(v === 'upload' ? { tab: v } : {}, { replace: true })} keepMounted>
        <Tabs.List mb="md">
          <Tabs.Tab value="paste">{t('bulkScreening.tabPaste')}</Tabs.Tab>
          <Tabs.Tab value="upload">{t('bulkScreening.tabUpload')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="paste">
          <Text size="sm" mb="md">
            {t('screening.intro')}
          </Text>
          <ScreeningForm text={text} asOf={asOf} parsed={parsed} isBusy={isBusy} onText={setText} onAsOf={setAsOf} onSubmit={screen} />
          <ProblemAlert problem={problem} />
          {outcome ? <ScreeningResults key={outcome.id} check={outcome.check} screened={outcome.screened} /> : null}
        </Tabs.Panel>
        <Tabs.Panel value="upload">
          <ManifestSection asOf={asOf} onAsOf={setAsOf} />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
