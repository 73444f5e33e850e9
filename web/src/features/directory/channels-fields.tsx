// Repeatable channel rows (kind, value, optional label) with add and remove.
import { Button, Fieldset, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ContactChannel } from '../../app/api/types';
import { useCodeLists } from '../../app/code-lists';
import type { ChannelDraft } from './contact-draft';

type Props = {
  channels: ChannelDraft[];
  onChange: (channels: ChannelDraft[]) => void;
  /** Error for row i (server issues under `channels/i`), or for the list as a whole (i = -1). */
  errorFor: (index: number) => string | undefined;
};

function isChannelKind(value: string | null): value is ContactChannel['kind'] {
  return value === 'phone' || value === 'email' || value === 'secure-messaging';
}

export function ChannelsFields({ channels, onChange, errorFor }: Props) {
  const { t } = useTranslation();
  const codes = useCodeLists();
  const update = (index: number, patch: Partial<ChannelDraft>) =>
    onChange(channels.map((ch, i) => (i === index ? { ...ch, ...patch } : ch)));
  const remove = (index: number) => onChange(channels.filter((_, i) => i !== index));
  const add = () => onChange([...channels, { kind: 'phone', value: '', label: '' }]);
  const listError = errorFor(-1);

  return (
    <Fieldset legend={t('contactForm.channels')}>
      <Stack gap="sm">
        {channels.map((ch, i) => (
          <Group key={i} align="flex-start" wrap="wrap" gap="sm">
            <Select
              label={t('contactForm.channelKind', { n: i + 1 })}
              data={codes.options('channelKinds')}
              value={ch.kind}
              onChange={(v) => (isChannelKind(v) ? update(i, { kind: v }) : undefined)}
              allowDeselect={false}
              w={190}
            />
            <TextInput
              label={t('contactForm.channelValue', { n: i + 1 })}
              value={ch.value}
              onChange={(e) => update(i, { value: e.currentTarget.value })}
              error={errorFor(i)}
              required
              style={{ flex: '1 1 220px' }}
            />
            <TextInput
              label={t('contactForm.channelLabel', { n: i + 1 })}
              value={ch.label}
              onChange={(e) => update(i, { label: e.currentTarget.value })}
              style={{ flex: '1 1 160px' }}
            />
            <Button variant="default" mt={25} onClick={() => remove(i)} disabled={channels.length === 1}>
              {t('contactForm.removeChannel', { n: i + 1 })}
            </Button>
          </Group>
        ))}
        {listError ? (
          <Text c="red.9" size="sm" role="alert">
            {listError}
          </Text>
        ) : null}
        <Group>
          <Button variant="default" onClick={add}>
            {t('contactForm.addChannel')}
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}
