// The wizard's working copy of an incident's items — chemical lines, wildlife, equipment, money — as typed
// (strings), from a saved incident back into the form, and into the API's input on save.
import type { ChemicalForm, ChemicalUnit, EquipmentType, Incident, ItemInput, Species, WildlifeUnit } from './types';
import { CHEMICAL_FORMS, CHEMICAL_UNITS, EQUIPMENT_TYPES, oneOf, WILDLIFE_UNITS } from '../codes';

/** What the wizard shows of a chosen species: its names and appendix (from a look-up, or from the saved incident). */
export type SpeciesPick = Pick<Species, 'scientificName' | 'en' | 'zh' | 'appendix'> & { unconfirmed?: string[] };

type Keyed = { /** Tells items apart while they are added and removed; never sent. */ key: string };
export type ChemicalDraft = Keyed & { type: 'chemical'; declaredName: string; cas: string; smiles: string; quantity: string; unit: ChemicalUnit; purity: string; form: ChemicalForm | '' };
export type WildlifeDraft = Keyed & { type: 'wildlife'; species: SpeciesPick | null; tradeTerm: string; quantity: string; unit: WildlifeUnit; live: 'live' | 'dead' | '' };
export type EquipmentDraft = Keyed & { type: 'equipment'; equipment: EquipmentType; count: string; description: string };
export type MoneyDraft = Keyed & { type: 'money'; amount: string; currency: string; description: string };
export type ItemDraft = ChemicalDraft | WildlifeDraft | EquipmentDraft | MoneyDraft;

export const MAX_ITEMS = 100;

let counter = 0;
export const nextKey = (prefix: string) => `${prefix}-${++counter}`;

export function emptyItem(type: ItemDraft['type']): ItemDraft {
  const key = nextKey('item');
  switch (type) {
    case 'chemical':
      return { key, type, declaredName: '', cas: '', smiles: '', quantity: '', unit: 'kg', purity: '', form: '' };
    case 'wildlife':
      return { key, type, species: null, tradeTerm: '', quantity: '', unit: 'number', live: '' };
    case 'equipment':
      return { key, type, equipment: 'pill-press', count: '1', description: '' };
    case 'money':
      return { key, type, amount: '', currency: '', description: '' };
  }
}

const str = (value: unknown): string => (typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '');
const isChemicalUnit = oneOf(CHEMICAL_UNITS);
const isChemicalForm = oneOf(CHEMICAL_FORMS);
const isWildlifeUnit = oneOf(WILDLIFE_UNITS);
const isEquipment = oneOf(EQUIPMENT_TYPES);
const isAppendix = oneOf<Species['appendix']>(['I', 'II', 'III', 'I/II']);

/** A saved item (`details` as filed) back into the form. */
export function itemFromView(item: Incident['items'][number]): ItemDraft {
  const d = item.details;
  const key = nextKey('item');
  const unit = str(d.unit);
  switch (item.type) {
    case 'chemical': {
      const form = str(d.form);
      return { key, type: 'chemical', declaredName: str(d.declaredName), cas: str(d.cas), smiles: str(d.smiles), quantity: str(d.quantity), unit: isChemicalUnit(unit) ? unit : 'kg', purity: str(d.purity), form: isChemicalForm(form) ? form : '' };
    }
    case 'wildlife': {
      const taxon = item.taxon ?? { scientificName: str(d.taxon), en: null, zh: null, appendix: null };
      const species: SpeciesPick = { ...taxon, appendix: isAppendix(taxon.appendix) ? taxon.appendix : 'I' };
      return { key, type: 'wildlife', species, tradeTerm: str(d.tradeTerm), quantity: str(d.quantity), unit: isWildlifeUnit(unit) ? unit : 'number', live: d.live === true ? 'live' : d.live === false ? 'dead' : '' };
    }
    case 'equipment': {
      const equipment = str(d.equipment);
      return { key, type: 'equipment', equipment: isEquipment(equipment) ? equipment : 'other', count: str(d.count), description: str(d.description) };
    }
    case 'money':
      return { key, type: 'money', amount: str(d.amount), currency: str(d.currency), description: str(d.description) };
  }
}

export const orNull = (value: string): string | null => (value.trim() === '' ? null : value.trim());
/** A decimal as typed ("12,5" too), as the API writes it ("12.5"). */
export const decimal = (value: string): string => value.trim().replace(',', '.');
export const numberOrNull = (value: string): number | null => (value.trim() === '' ? null : Number(decimal(value)));

export function itemToInput(item: ItemDraft): ItemInput {
  switch (item.type) {
    case 'chemical':
      return { type: 'chemical', declaredName: item.declaredName.trim(), cas: orNull(item.cas), smiles: orNull(item.smiles), quantity: decimal(item.quantity), unit: item.unit, purity: numberOrNull(item.purity), form: item.form || null };
    case 'wildlife':
      return { type: 'wildlife', taxon: item.species?.scientificName ?? '', tradeTerm: item.tradeTerm, quantity: decimal(item.quantity), unit: item.unit, live: item.live === '' ? null : item.live === 'live' };
    case 'equipment':
      return { type: 'equipment', equipment: item.equipment, count: Number(item.count.trim()), description: orNull(item.description) };
    case 'money':
      return { type: 'money', amount: decimal(item.amount), currency: item.currency.trim().toUpperCase(), description: orNull(item.description) };
  }
}
