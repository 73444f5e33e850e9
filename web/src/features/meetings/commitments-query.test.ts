import { describe, expect, it } from 'vitest';
import { commitmentParams, EMPTY_COMMITMENT_FILTERS, readCommitmentParams, toCommitmentQuery, toRollUpQuery, type CommitmentFilters } from './commitments-query';

const MEETING = '0190f5c2-7c1e-7a00-8000-000000000001';

describe('the commitments board address', () => {
  it('reads every filter and the page back from the parameters it wrote', () => {
    const filters: CommitmentFilters = { party: 'CN', agency: 'MPS', topic: 'precursors', status: 'overdue', meetingId: MEETING, dueFrom: '2024-01-01', dueTo: '2024-12-31', q: 'fentanyl' };
    const params = commitmentParams(filters, 3);
    expect(params.toString()).toBe(`party=CN&agency=MPS&topic=precursors&status=overdue&meetingId=${MEETING}&dueFrom=2024-01-01&dueTo=2024-12-31&q=fentanyl&page=3`);
    expect(readCommitmentParams(params)).toEqual({ filters, page: 3 });
  });

  it('leaves out empty filters and page 1, and ignores values the node would refuse', () => {
    expect(commitmentParams(EMPTY_COMMITMENT_FILTERS, 1).toString()).toBe('');
    const read = readCommitmentParams(new URLSearchParams('party=china&status=late&meetingId=42&dueFrom=Jan&page=-2'));
    expect(read).toEqual({ filters: EMPTY_COMMITMENT_FILTERS, page: 1 });
  });

  it('asks the node for the filters by its names, and the roll-up for the same due period', () => {
    const f: CommitmentFilters = { ...EMPTY_COMMITMENT_FILTERS, agency: 'DEA', status: 'done', dueFrom: '2024-01-01', q: '  ' };
    expect(toCommitmentQuery(f, 2)).toEqual({ page: 2, pageSize: 50, agencyAcronym: 'DEA', status: 'done', dueFrom: '2024-01-01' });
    expect(toRollUpQuery(f)).toEqual({ since: '2024-01-01' });
    expect(toRollUpQuery({ ...f, dueFrom: '', dueTo: '2024-06-30' })).toEqual({ until: '2024-06-30' });
  });
});
