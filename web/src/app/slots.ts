// Slots in a translated sentence: the sentence is translated with a marker around each slot's name (`slot('name')`
// as the interpolated value), then cut into text and slots, so that a component can put an element — a person's
// name with its parts in their languages, an identifier not for translation — where the catalog's word order wants.

/** A private-use character around a slot's name. */
const MARK = '\uE000';
const SLOT = /\uE000([A-Za-z]+)\uE000/;

export const slot = (name: string): string => `${MARK}${name}${MARK}`;

export type Piece = string | { slot: string };

/** The sentence as text and the slots `known` names; a marked name it does not know stays text, as written. */
export function splitSlots(text: string, known: ReadonlySet<string>): Piece[] {
  // split with one capture group: text, name, text, name, …
  return text.split(SLOT).map((piece, i) => (i % 2 === 1 ? (known.has(piece) ? { slot: piece } : slot(piece)) : piece));
}
