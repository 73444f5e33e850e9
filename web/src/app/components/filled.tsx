// A catalog sentence with record content in its slots as elements (app/slots.ts says how the slots are marked).
import { Fragment, type ReactNode } from 'react';
import { splitSlots } from '../slots';

export { slot } from '../slots';

export function Filled({ text, parts }: { text: string; parts: Record<string, ReactNode> }) {
  const pieces = splitSlots(text, new Set(Object.keys(parts)));
  return <>{pieces.map((piece, i) => (typeof piece === 'string' ? piece : <Fragment key={i}>{parts[piece.slot]}</Fragment>))}</>;
}
