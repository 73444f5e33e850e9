// Small pieces of the readout pages: the status badge (in words, colours dark enough for white text) and the records
// a readout links, by kind and reference.
import { Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LINK_KINDS } from './readout-draft';
import type { ReadoutLinks, ReadoutStatus } from './readout-types';

const STATUS_COLOURS: Record<ReadoutStatus, string> = { draft: 'gray.7', cleared: 'teal.9', released: 'blue.9', withdrawn: 'dark.6' };

export function ReadoutStatusBadge({ status }: { status: ReadoutStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={STATUS_COLOURS[status]} variant="filled" tt="none" miw="max-content">
      {t(`readouts.status.${status}`)}
    </Badge>
  );
}

export function ReadoutLinksView({ links }: { links: ReadoutLinks }) {
  const { t } = useTranslation();
  const kinds = LINK_KINDS.filter((k) => links[k].length > 0);
  if (kinds.length === 0) return <Text size="sm" c="dimmed">{t('readouts.page.noLinks')}</Text>;
  return (
    <Stack gap={4}>
      {kinds.map((k) => (
        <Group key={k} gap="xs" wrap="wrap">
          <Text size="sm" fw={600}>
            {t(`commitments.links.${k}`)}
          </Text>
          {links[k].map((ref) => (
            <Text key={ref} size="sm" className="mono">
              {ref}
            </Text>
          ))}
        </Group>
      ))}
    </Stack>
  );
}
