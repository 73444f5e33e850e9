// Office-hours inputs: weekdays (1 = Monday … 7 = Sunday), start and end as HH:MM, and the IANA zone they are in.
import { Checkbox, Group, Select, SimpleGrid, TextInput } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useUiLocale } from '../../app/locale';
import { timeZoneList, weekdayName, zoneOptions } from '../../app/time';
import type { ContactDraft } from './contact-draft';

type Props = {
  draft: ContactDraft;
  onChange: (patch: Partial<ContactDraft>) => void;
  errorFor: (field: 'days' | 'start' | 'end' | 'timeZone') => string | undefined;
};

export function HoursFields({ draft, onChange, errorFor }: Props) {
  const { t } = useTranslation();
  const locale = useUiLocale();
  const zones = useMemo(() => zoneOptions(timeZoneList(), locale), [locale]);
  return (
    <>
      <Checkbox.Group
        label={t('contactForm.days')}
        value={draft.days.map(String)}
        onChange={(values) => onChange({ days: values.map(Number) })}
        error={errorFor('days')}
        required
      >
        <Group gap="md" mt={6}>
          {[1, 2, 3, 4, 5, 6, 7].map((d) => (
            <Checkbox key={d} value={String(d)} label={weekdayName(d, locale, 'long')} />
          ))}
        </Group>
      </Checkbox.Group>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <TextInput type="time" label={t('contactForm.start')} value={draft.start} onChange={(e) => onChange({ start: e.currentTarget.value })} error={errorFor('start')} required />
        <TextInput type="time" label={t('contactForm.end')} value={draft.end} onChange={(e) => onChange({ end: e.currentTarget.value })} error={errorFor('end')} required />
        <Select
          label={t('contactForm.timeZone')}
          description={t('contactForm.timeZoneHelp')}
          data={zones}
          value={draft.timeZone}
          onChange={(v) => onChange({ timeZone: v ?? draft.timeZone })}
          error={errorFor('timeZone')}
          searchable
          allowDeselect={false}
          nothingFoundMessage={t('common.nothingFound')}
          required
        />
      </SimpleGrid>
    </>
  );
}
