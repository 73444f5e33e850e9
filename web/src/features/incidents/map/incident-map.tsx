// A map of the listed incidents' places, drawn as SVG from the country outlines shipped with the app (no tiles, no
// network). A point is an incident's coordinates, or its country's centre where none were given (drawn hollow);
// incidents at one spot share a point. A point is a button: the incidents there are listed under the map, with
// links. The list above the map says the same in words, so the map adds a picture, not information only it holds.
import { Anchor, Box, Center, Group, List, Loader, Paper, Text } from '@mantine/core';
import { geoNaturalEarth1, geoPath } from 'd3-geo';
import { useEffect, useMemo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Filled, slot } from '../../../app/components/filled';
import { useUiLocale } from '../../../app/locale';
import { formatDay } from '../../../app/time';
import { htmlLang } from '../../../app/translations';
import { useCountryName } from '../place-text';
import type { IncidentSummary } from '../types';
import { loadWorld, placeAll, type Placed, type World } from './geo';

const WIDTH = 960;
const HEIGHT = 480;
const EXACT = '#a51d2d';
const CENTRE = '#1c3d7a';

function useWorld(): { world: World | null; failed: boolean } {
  const [world, setWorld] = useState<World | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    loadWorld().then((w) => live && setWorld(w), () => live && setFailed(true));
    return () => {
      live = false;
    };
  }, []);
  return { world, failed };
}

const radius = (n: number) => 5 + 3 * Math.sqrt(n - 1);

function Marker({ place, at, isSelected, onSelect }: { place: Placed<IncidentSummary>; at: [number, number]; isSelected: boolean; onSelect: () => void }) {
  const { t } = useTranslation();
  const country = useCountryName();
  const n = place.items.length;
  const label = t(place.isExact ? 'incidents.map.markerExact' : 'incidents.map.markerCountry', { count: n, country: country(place.country) });
  const onKey = (e: KeyboardEvent) => {
    if (e.key !== 'Enter' && e.key !== ' ') return;
    e.preventDefault();
    onSelect();
  };
  const colour = place.isExact ? EXACT : CENTRE;
  return (
    <g role="button" tabIndex={0} aria-label={label} aria-pressed={isSelected} onClick={onSelect} onKeyDown={onKey} className="incident-map-marker" style={{ cursor: 'pointer' }}>
      <circle cx={at[0]} cy={at[1]} r={radius(n) + (isSelected ? 3 : 0)} fill={place.isExact ? colour : '#fff'} stroke={colour} strokeWidth={place.isExact ? 1.5 : 3} fillOpacity={0.9} />
      {n > 1 ? (
        <text x={at[0]} y={at[1]} textAnchor="middle" dominantBaseline="central" fontSize={10} fontWeight={700} fill={place.isExact ? '#fff' : colour} pointerEvents="none">
          {n}
        </text>
      ) : null}
    </g>
  );
}

function PlaceList({ place }: { place: Placed<IncidentSummary> }) {
  const { t } = useTranslation();
  const locale = useUiLocale();
  const country = useCountryName();
  return (
    <Box mt="sm" aria-live="polite">
      <Text size="sm" fw={600}>
        {t(place.isExact ? 'incidents.map.atPlace' : 'incidents.map.inCountry', { count: place.items.length, country: country(place.country) })}
      </Text>
      <List size="sm" spacing={2}>
        {place.items.map((i) => (
          <List.Item key={i.id}>
            <Anchor component={Link} to={`/incidents/${i.id}`} size="sm" fw={600}>
              {i.reference}
            </Anchor>{' '}
            {formatDay(i.occurredOn, locale)}{' '}
            <span lang={htmlLang(i.language)} data-record="">{i.title}</span>
          </List.Item>
        ))}
      </List>
    </Box>
  );
}

export function IncidentMap({ items }: { items: IncidentSummary[] }) {
  const { t } = useTranslation();
  const { world, failed } = useWorld();
  const [selected, setSelected] = useState<string | null>(null);
  const projection = useMemo(() => geoNaturalEarth1().fitExtent([[4, 4], [WIDTH - 4, HEIGHT - 4]], { type: 'Sphere' }), []);
  const path = useMemo(() => geoPath(projection), [projection]);
  const drawn = useMemo(() => (world ? placeAll(items, world.centroid) : null), [world, items]);
  const withIncidents = useMemo(() => new Set(items.map((i) => (world ? world.numericOf(i.country) : null))), [items, world]);
  // The outlines are drawn once per list, not again at each selection (some 240 paths of a few kilobytes each).
  const outlines = useMemo(
    () => world?.countries.map((c, i) => <path key={String(c.id ?? i)} d={path(c) ?? ''} fill={withIncidents.has(String(c.id)) ? '#c9d6e3' : '#e4e7eb'} stroke="#fff" strokeWidth={0.5} />),
    [world, path, withIncidents],
  );
  if (failed) return <Text c="red.9">{t('incidents.map.failed')}</Text>;
  if (!world || !drawn) {
    return (
      <Center h={240}>
        <Loader aria-label={t('common.loading')} role="status" />
      </Center>
    );
  }
  const chosen = drawn.placed.find((p) => p.key === selected) ?? null;
  const exact = items.length - drawn.unplaced.length - drawn.placed.filter((p) => !p.isExact).reduce((n, p) => n + p.items.length, 0);
  return (
    <Paper withBorder p="sm" component="figure" m={0}>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width="100%" role="group" aria-label={t('incidents.map.label')} style={{ display: 'block', background: '#fff' }}>
        <path d={path({ type: 'Sphere' }) ?? ''} fill="#eef4fa" stroke="#9fb3c8" />
        {outlines}
        {drawn.placed.map((p) => {
          const at = projection([p.lon, p.lat]);
          return at ? <Marker key={p.key} place={p} at={at} isSelected={p.key === selected} onSelect={() => setSelected(p.key === selected ? null : p.key)} /> : null;
        })}
      </svg>
      <Box component="figcaption" mt="xs">
        <Group gap="lg" wrap="wrap">
          <Legend colour={EXACT} filled text={t('incidents.map.legendExact', { count: exact })} />
          <Legend colour={CENTRE} filled={false} text={t('incidents.map.legendCountry', { count: items.length - exact - drawn.unplaced.length })} />
          {drawn.unplaced.length > 0 ? <Text size="xs">{t('incidents.map.unplaced', { count: drawn.unplaced.length })}</Text> : null}
        </Group>
        <Text size="xs" c="dimmed" mt={4}>
          <Filled text={t('incidents.map.hint', { source: slot('source') })} parts={{ source: <span translate="no">Natural Earth</span> }} />
        </Text>
      </Box>
      {chosen ? <PlaceList place={chosen} /> : null}
    </Paper>
  );
}

function Legend({ colour, filled, text }: { colour: string; filled: boolean; text: string }) {
  return (
    <Group gap={6} wrap="nowrap">
      <svg width="14" height="14" aria-hidden="true">
        <circle cx="7" cy="7" r="5" fill={filled ? colour : '#fff'} stroke={colour} strokeWidth={filled ? 1.5 : 3} />
      </svg>
      <Text size="xs">{text}</Text>
    </Group>
  );
}
