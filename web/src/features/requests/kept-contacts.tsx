// The points of contact an edited draft still links (the form adds none): each by its name in the directory, or by
// its id if the directory no longer holds it (or this officer may not read it), with the node's problem at it and
// a button to remove it, so that a contact the node refuses can be dropped rather than block the draft.
import { Button, Group, List, Stack, Text } from '@mantine/core';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call } from '../../app/api/client';
import type { Locale } from '../../app/api/types';
import { useUiLocale } from '../../app/locale';

/** Its name and agency, or null if the directory does not give it. */
async function contactLabel(id: string, locale: Locale): Promise<string | null> {
  try {
    const c = await call(api.GET('/api/v1/contacts/{id}', { params: { path: { id } } }));
    return `${locale === 'zh-CN' ? (c.nameZh ?? c.name) : c.name} — ${c.agency.acronym}`;
  } catch {
    return null;
  }
}

/** Labels of the contacts, each read once (removing one reads nothing again); absent while it is being read. */
function useContactLabels(ids: readonly string[]): Map<string, string | null> {
  const locale = useUiLocale();
  const [labels, setLabels] = useState(() => new Map<string, string | null>());
  const missing = ids.filter((id) => !labels.has(id)).join(',');
  useEffect(() => {
    if (missing === '') return;
    let isLive = true;
    void Promise.all(missing.split(',').map(async (id) => [id, await contactLabel(id, locale)] as const)).then((found) => {
      if (isLive) setLabels((known) => new Map([...known, ...found]));
    });
    return () => {
      isLive = false;
    };
  }, [missing, locale]);
  return labels;
}

type Props = { contacts: string[]; onChange: (contacts: string[]) => void; errorFor: (path: string) => string | undefined };

export function KeptContacts({ contacts, onChange, errorFor }: Props) {
  const { t } = useTranslation();
  const labels = useContactLabels(contacts);
  const headingId = useId();
  if (contacts.length === 0) return null;
  return (
    <Stack gap={4} mt="md">
      <Text size="sm" fw={500} id={headingId}>
        {t('requests.links.contacts')}
      </Text>
      <Text size="xs" c="dimmed">
        {t('requests.links.contactsHelp')}
      </Text>
      <List size="sm" listStyleType="none" aria-labelledby={headingId}>
        {contacts.map((id, i) => {
          const label = labels.get(id);
          const name = label === undefined ? id : (label ?? t('requests.links.contactUnknown', { id }));
          const error = errorFor(`links/contacts/${i}`);
          return (
            <List.Item key={id}>
              <Group gap="xs" wrap="nowrap">
                <Text size="sm" className={label === undefined ? 'mono' : undefined}>
                  {name}
                </Text>
                <Button size="compact-xs" variant="subtle" color="red.9" onClick={() => onChange(contacts.filter((c) => c !== id))} aria-label={t('requests.links.removeContact', { name })}>
                  {t('requests.links.remove')}
                </Button>
              </Group>
              {error ? (
                <Text size="xs" c="red.9">
                  {error}
                </Text>
              ) : null}
            </List.Item>
          );
        })}
      </List>
    </Stack>
  );
}
