// Step 3: the items — chemical lines screened as they are typed, wildlife named from the checklist, equipment and
// money — added and removed in any order.
import { Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ApiProblem } from '../../../app/api/problem';
import type { LineScreening } from '../../notifications/use-live-screening';
import { ChemicalFields } from './chemical-fields';
import { ChemicalScreeningNote } from './chemical-screening-note';
import { ItemFieldset } from './item-fieldset';
import { emptyItem, MAX_ITEMS, type ItemDraft } from './item-draft';
import { EquipmentFields, MoneyFields } from './other-item-fields';
import { ITEM_TYPES } from '../codes';
import { WildlifeFields } from './wildlife-fields';
import { draftLang, type StepProps } from './wizard-step';

type Props = StepProps & { screenings: LineScreening[]; screeningProblem: ApiProblem | null };

export function StepItems({ draft, change, errorFor, screenings, screeningProblem }: Props) {
  const { t } = useTranslation();
  const lang = draftLang(draft.language);
  const setItem = (index: number, item: ItemDraft) => change({ items: draft.items.map((x, i) => (i === index ? item : x)) });
  const removeItem = (index: number) => change({ items: draft.items.filter((_, i) => i !== index) });
  return (
    <Stack>
      <Text size="sm">{t('incidentForm.itemsIntro')}</Text>
      {draft.items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('incidentForm.noItems')}
        </Text>
      ) : null}
      {draft.items.map((item, i) => {
        const path = `items/${i}`;
        const common = { path, errorFor };
        return (
          <ItemFieldset key={item.key} legend={t(`incidentForm.itemLegend.${item.type}`, { n: i + 1 })} removeLabel={t('incidentForm.removeItem', { n: i + 1 })} onRemove={() => removeItem(i)}>
            {item.type === 'chemical' ? (
              <ChemicalFields {...common} item={item} lang={lang} onChange={(next) => setItem(i, next)} screening={<ChemicalScreeningNote screening={screenings[i] ?? { state: 'empty' }} problem={screeningProblem} itemNo={i + 1} />} />
            ) : item.type === 'wildlife' ? (
              <WildlifeFields {...common} item={item} onChange={(next) => setItem(i, next)} />
            ) : item.type === 'equipment' ? (
              <EquipmentFields {...common} item={item} lang={lang} onChange={(next) => setItem(i, next)} />
            ) : (
              <MoneyFields {...common} item={item} lang={lang} onChange={(next) => setItem(i, next)} />
            )}
          </ItemFieldset>
        );
      })}
      <Group gap="sm">
        {ITEM_TYPES.map((type) => (
          <Button key={type} variant="default" onClick={() => change({ items: [...draft.items, emptyItem(type)] })} disabled={draft.items.length >= MAX_ITEMS}>
            {t(`incidentForm.addItem.${type}`)}
          </Button>
        ))}
      </Group>
    </Stack>
  );
}
