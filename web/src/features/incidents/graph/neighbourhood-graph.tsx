// The record's neighbourhood as a picture: this incident in the centre, its entities around it, and the other
// records they appear in on the outer ring; entities and records are links to their pages. The entity and links
// lists on the same page say the same in words.
import { Paper, Text } from '@mantine/core';
import { useMemo, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { scriptLang } from '../../../app/translations';
import { useReference } from '../../directory/reference';
import { useEntityLabels } from '../entity-value';
import { entityPath, type Incident } from '../types';
import { layoutNeighbourhood, type GraphEntity, type GraphRecord } from './layout';

const WIDTH = 760;
const HEIGHT = 460;
const LINKED = '#1c3d7a';
const UNLINKED = '#868e96';
const RECORD = '#0b7285';
const SELF = '#5f3dc4';

const short = (s: string, n = 22) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

function useGo() {
  const navigate = useNavigate();
  return (path: string) => (e: MouseEvent) => {
    e.preventDefault();
    navigate(path);
  };
}

function EntityNode({ node }: { node: GraphEntity }) {
  const labels = useEntityLabels();
  const go = useGo();
  const path = entityPath(node.kind, node.key);
  const colour = node.isLinked ? LINKED : UNLINKED;
  return (
    <a href={path} onClick={go(path)} className="graph-node">
      <circle cx={node.x} cy={node.y} r={9} fill={colour} />
      <text x={node.x} y={node.y + 22} textAnchor="middle" fontSize={12} fontWeight={600} fill="#212529" lang={scriptLang(node.value)}>
        {short(node.value)}
      </text>
      <text x={node.x} y={node.y + 36} textAnchor="middle" fontSize={11} fill="#495057">
        {`${labels.kind(node.kind)} · ${labels.role(node.role)}`}
      </text>
    </a>
  );
}

/** A record's label sits beside it, away from the centre (left of a node on the left), so the outer ring's labels do not run into the inner ring's. */
function RecordNode({ node }: { node: GraphRecord }) {
  const ref = useReference();
  const go = useGo();
  const dx = node.x - WIDTH / 2;
  const side = Math.abs(dx) < WIDTH * 0.08 ? 'middle' : dx > 0 ? 'start' : 'end';
  const lx = side === 'middle' ? node.x : side === 'start' ? node.x + 10 : node.x - 10;
  const ly = side === 'middle' ? node.y + (node.y > HEIGHT / 2 ? 20 : -22) : node.y;
  return (
    <a href={node.path} onClick={go(node.path)} className="graph-node">
      <rect x={node.x - 6} y={node.y - 6} width={12} height={12} fill={RECORD} />
      <text x={lx} y={ly} textAnchor={side} fontSize={11} fontWeight={600} fill="#212529">
        {node.reference}
      </text>
      <text x={lx} y={ly + 13} textAnchor={side} fontSize={10} fill="#495057">
        {ref.partyLabel(node.party)}
      </text>
    </a>
  );
}

export function NeighbourhoodGraph({ incident: i }: { incident: Incident }) {
  const { t } = useTranslation();
  const graph = useMemo(() => layoutNeighbourhood(i.entities, i.links, { width: WIDTH, height: HEIGHT }), [i.entities, i.links]);
  if (graph.entities.length === 0) return <Text size="sm">{t('incidents.graph.empty')}</Text>;
  const at = new Map<string, { x: number; y: number }>([['centre', { x: WIDTH / 2, y: HEIGHT / 2 }], ...graph.entities.map((e) => [e.id, e] as const), ...graph.records.map((r) => [r.id, r] as const)]);
  return (
    <Paper withBorder p="xs" component="figure" m={0}>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width="100%" role="group" aria-label={t('incidents.graph.label', { reference: i.reference })} style={{ display: 'block', maxHeight: 520 }}>
        {graph.edges.map((e) => {
          const a = at.get(e.from);
          const b = at.get(e.to);
          return a && b ? <line key={`${e.from}>${e.to}`} x1={a.x} y1={a.y} x2={b.x} y2={b.y} stroke={e.from === 'centre' ? '#adb5bd' : RECORD} strokeWidth={e.from === 'centre' ? 1 : 1.5} /> : null;
        })}
        <circle cx={WIDTH / 2} cy={HEIGHT / 2} r={14} fill={SELF} />
        <text x={WIDTH / 2} y={HEIGHT / 2 + 30} textAnchor="middle" fontSize={12} fontWeight={700} fill="#212529">
          {i.reference}
        </text>
        {graph.entities.map((n) => (
          <EntityNode key={n.id} node={n} />
        ))}
        {graph.records.map((n) => (
          <RecordNode key={n.id} node={n} />
        ))}
      </svg>
      <Text component="figcaption" size="xs" c="dimmed" mt={4}>
        {t('incidents.graph.legend')}
        {graph.hiddenEntities > 0 ? ` ${t('incidents.graph.hiddenEntities', { count: graph.hiddenEntities })}` : ''}
        {graph.hiddenRecords > 0 ? ` ${t('incidents.graph.hiddenRecords', { count: graph.hiddenRecords })}` : ''}
      </Text>
    </Paper>
  );
}
