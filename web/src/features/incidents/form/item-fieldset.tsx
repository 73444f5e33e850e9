// The frame of one item or entity in the wizard: a numbered legend and, beside it, the button that removes it.
import { ActionIcon, Fieldset, Group, Text, Tooltip } from '@mantine/core';
import type { ReactNode } from 'react';

type Props = { legend: string; removeLabel: string; onRemove: () => void; children: ReactNode };

export function ItemFieldset({ legend, removeLabel, onRemove, children }: Props) {
  const title = (
    <Group gap="xs" wrap="nowrap">
      <Text fw={600}>{legend}</Text>
      <Tooltip label={removeLabel}>
        <ActionIcon variant="subtle" color="red.9" size="sm" onClick={onRemove} aria-label={removeLabel}>
          ×
        </ActionIcon>
      </Tooltip>
    </Group>
  );
  return (
    <Fieldset legend={title} aria-label={legend}>
      {children}
    </Fieldset>
  );
}
