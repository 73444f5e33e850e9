import { describe, expect, it } from 'vitest';
import { emptyLinks, linksToInput, matchesSuggestion, MAX_LINKS, normaliseReferences } from './links';

describe('linked records', () => {
  it('writes references as the node does: upper case, no spaces, each once, empty ones dropped', () => {
    expect(normaliseReferences([' us-inc-2026-000042 ', 'US-INC-2026-000042', '', 'cn-pen-2026-000007'])).toEqual(['US-INC-2026-000042', 'CN-PEN-2026-000007']);
  });

  it('keeps at most the number of links the node takes', () => {
    const many = Array.from({ length: MAX_LINKS + 5 }, (_, i) => `US-INC-2026-${String(i).padStart(6, '0')}`);
    expect(normaliseReferences(many)).toHaveLength(MAX_LINKS);
  });

  it('offers a record by any part of its reference or description, in any case', () => {
    const s = { reference: 'CN-PEN-2026-000007', description: 'Shanghai Huaxin · 4-Piperidone' };
    expect(matchesSuggestion(s, '')).toBe(true);
    expect(matchesSuggestion(s, 'pen-2026')).toBe(true);
    expect(matchesSuggestion(s, ' piperidone ')).toBe(true);
    expect(matchesSuggestion(s, 'US-INC')).toBe(false);
  });

  it('sends the links as copies, the contacts an edited draft kept among them', () => {
    const links = { ...emptyLinks(), incidents: ['US-INC-2026-000042'], contacts: ['c1'] };
    const input = linksToInput(links);
    expect(input).toEqual({ incidents: ['US-INC-2026-000042'], notifications: [], contacts: ['c1'] });
    links.incidents.push('US-INC-2026-000043');
    expect(input.incidents).toEqual(['US-INC-2026-000042']);
  });
});
