// A labelled list of read-only values (<dl>), two columns on wide screens.
import { Box, SimpleGrid, Text } from '@mantine/core';
import type { ReactNode } from 'react';

export function DetailList({ children }: { children: ReactNode }) {
  return (
    <SimpleGrid component="dl" cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="sm" m={0}>
      {children}
    </SimpleGrid>
  );
}

export function DetailItem({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Box>
      <Text component="dt" size="sm" fw={600} c="dimmed">
        {label}
      </Text>
      <Box component="dd" m={0}>
        {children}
      </Box>
    </Box>
  );
}
