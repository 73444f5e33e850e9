// Step 2: where — the country, the place and port, and optional coordinates that put the incident on the map.
import { Fieldset, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCountryOptions } from './countries';
import type { StepProps } from './wizard-step';

export function StepWhere({ draft, change, errorFor }: StepProps) {
  const { t } = useTranslation();
  const countries = useCountryOptions();
  return (
    <Stack>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label={t('incidentForm.country')}
          placeholder={t('incidentForm.countryPlaceholder')}
          data={countries}
          value={draft.country || null}
          onChange={(v) => change({ country: v ?? '' })}
          error={errorFor('place/country')}
          searchable
          allowDeselect={false}
          nothingFoundMessage={t('common.nothingFound')}
          required
        />
        <TextInput label={t('incidentForm.locality')} description={t('incidentForm.localityHelp')} value={draft.locality} onChange={(e) => change({ locality: e.currentTarget.value })} error={errorFor('place/locality')} maxLength={200} />
        <TextInput label={t('incidentForm.port')} value={draft.port} onChange={(e) => change({ port: e.currentTarget.value })} error={errorFor('place/port')} maxLength={200} />
      </SimpleGrid>
      <Fieldset legend={t('incidentForm.coordinates')}>
        <Stack gap="xs">
          <Text size="xs" c="dimmed">
            {t('incidentForm.coordinatesHelp')}
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t('incidentForm.latitude')} placeholder="22.5583" value={draft.latitude} onChange={(e) => change({ latitude: e.currentTarget.value })} error={errorFor('place/latitude')} inputMode="decimal" />
            <TextInput label={t('incidentForm.longitude')} placeholder="114.2707" value={draft.longitude} onChange={(e) => change({ longitude: e.currentTarget.value })} error={errorFor('place/longitude')} inputMode="decimal" />
          </SimpleGrid>
        </Stack>
      </Fieldset>
    </Stack>
  );
}
