// Step 4: the route and conveyance — how it travelled, on what, in which container or under which tracking number,
// and from where, through where, to where.
import { Button, Fieldset, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCountryOptions, type CountryOption } from './countries';
import { emptyPort, MAX_TRANSIT, type PortDraft } from './draft';
import { ItemFieldset } from './item-fieldset';
import { MODES, oneOf } from '../codes';
import type { StepProps } from './wizard-step';

const isMode = oneOf(MODES);

type PortProps = { port: PortDraft; path: string; countries: CountryOption[]; onChange: (port: PortDraft) => void; errorFor: StepProps['errorFor'] };

function PortFields({ port, path, countries, onChange, errorFor }: PortProps) {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
      <Select
        label={t('incidentForm.portCountry')}
        placeholder={t('incidentForm.countryPlaceholder')}
        data={countries}
        value={port.country || null}
        onChange={(v) => onChange({ ...port, country: v ?? '' })}
        error={errorFor(`${path}/country`)}
        searchable
        clearable
        clearButtonProps={{ 'aria-label': t('common.clearSelection') }}
        nothingFoundMessage={t('common.nothingFound')}
      />
      <TextInput label={t('incidentForm.portName')} value={port.port} onChange={(e) => onChange({ ...port, port: e.currentTarget.value })} error={errorFor(`${path}/port`)} maxLength={200} />
    </SimpleGrid>
  );
}

export function StepRoute({ draft, change, errorFor }: StepProps) {
  const { t } = useTranslation();
  const countries = useCountryOptions();
  const modes = [{ value: 'none', label: t('incidentForm.notRecorded') }, ...MODES.map((m) => ({ value: m, label: t(`incidentForm.mode.${m}`) }))];
  const setTransit = (index: number, port: PortDraft) => change({ transit: draft.transit.map((p, i) => (i === index ? port : p)) });
  const portProps = { countries, errorFor };
  return (
    <Stack>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select label={t('incidentForm.modeLabel')} data={modes} value={draft.mode || 'none'} onChange={(v) => change({ mode: isMode(v) ? v : '' })} error={errorFor('route/mode')} allowDeselect={false} />
        <TextInput label={t('incidentForm.carrier')} value={draft.carrier} onChange={(e) => change({ carrier: e.currentTarget.value })} error={errorFor('route/carrier')} maxLength={200} />
        <TextInput label={t('incidentForm.conveyance')} value={draft.conveyance} onChange={(e) => change({ conveyance: e.currentTarget.value })} error={errorFor('route/conveyance')} maxLength={200} />
        <TextInput label={t('incidentForm.container')} placeholder="MSCU1234565" value={draft.container} onChange={(e) => change({ container: e.currentTarget.value })} error={errorFor('route/container')} classNames={{ input: 'mono' }} maxLength={40} />
        <TextInput label={t('incidentForm.trackingNumber')} value={draft.trackingNumber} onChange={(e) => change({ trackingNumber: e.currentTarget.value })} error={errorFor('route/trackingNumber')} classNames={{ input: 'mono' }} maxLength={60} />
      </SimpleGrid>
      <Text size="xs" c="dimmed">
        {t('incidentForm.routeEntitiesHint')}
      </Text>
      <Fieldset legend={t('incidentForm.origin')}>
        <PortFields {...portProps} port={draft.origin} path="route/origin" onChange={(origin) => change({ origin })} />
      </Fieldset>
      {draft.transit.map((port, i) => (
        <ItemFieldset key={i} legend={t('incidentForm.transitLegend', { n: i + 1 })} removeLabel={t('incidentForm.removeTransit', { n: i + 1 })} onRemove={() => change({ transit: draft.transit.filter((_, j) => j !== i) })}>
          <PortFields {...portProps} port={port} path={`route/transit/${i}`} onChange={(next) => setTransit(i, next)} />
        </ItemFieldset>
      ))}
      <div>
        <Button variant="default" onClick={() => change({ transit: [...draft.transit, emptyPort()] })} disabled={draft.transit.length >= MAX_TRANSIT}>
          {t('incidentForm.addTransit')}
        </Button>
      </div>
      <Fieldset legend={t('incidentForm.destination')}>
        <PortFields {...portProps} port={draft.destination} path="route/destination" onChange={(destination) => change({ destination })} />
      </Fieldset>
    </Stack>
  );
}
