import { Table, type MantineFontSize } from '@mantine/core';
import type { ReactNode } from 'react';

type Props = {
  /** Read by screen readers as the table's name. */
  caption: string;
  headers: string[];
  minWidth: number;
  fz?: MantineFontSize;
  children: ReactNode;
};

/** The striped, horizontally scrolling list table every list page uses; rows come as children. */
export function DataTable({ caption, headers, minWidth, fz, children }: Props) {
  return (
    <Table.ScrollContainer minWidth={minWidth}>
      <Table striped fz={fz}>
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            {headers.map((h) => (
              <Table.Th key={h} scope="col" style={{ whiteSpace: 'nowrap' }}>
                {h}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>{children}</Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
