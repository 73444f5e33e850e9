import { describe, expect, it } from 'vitest';
import { failureKind, isFinished, manifestMediaType, progressPercent, resultsUrl } from './screening-jobs';
import type { ScreeningJob } from './types';

describe('manifestMediaType', () => {
  it('goes by the extension, whatever its case', () => {
    expect(manifestMediaType('march.csv')).toBe('text/csv');
    expect(manifestMediaType('March.XLSX')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(manifestMediaType('lines.jsonl')).toBe('application/x-ndjson');
  });

  it('leaves an unknown extension for the node to refuse', () => {
    expect(manifestMediaType('manifest.xls')).toBe('application/octet-stream');
    expect(manifestMediaType('manifest')).toBe('application/octet-stream');
  });
});

describe('resultsUrl', () => {
  it('asks for CSV in the UI language and JSON without one', () => {
    expect(resultsUrl('a1', 'csv', 'zh-CN')).toBe('/api/v1/screenings/a1/results?format=csv&lang=zh');
    expect(resultsUrl('a1', 'csv', 'en')).toBe('/api/v1/screenings/a1/results?format=csv&lang=en');
    expect(resultsUrl('a1', 'json', 'zh-CN')).toBe('/api/v1/screenings/a1/results?format=json');
  });
});

describe('progressPercent', () => {
  it('is the share of lines done, never past 100', () => {
    expect(progressPercent({ status: 'running', doneLines: 1, totalLines: 4 })).toBe(25);
    expect(progressPercent({ status: 'running', doneLines: 9, totalLines: 4 })).toBe(100);
    expect(progressPercent({ status: 'done', doneLines: 3, totalLines: 4 })).toBe(100);
  });

  it('is unknown while a workbook is read, whose lines are counted only at the end', () => {
    expect(progressPercent({ status: 'running', doneLines: 2000, totalLines: null })).toBeNull();
    expect(progressPercent({ status: 'queued', doneLines: 0, totalLines: null })).toBe(0);
  });
});

describe('failureKind', () => {
  it('recognises the node’s messages for a manifest refused as a whole', () => {
    expect(failureKind('the manifest has no column for the chemical: name its columns name, cas, smiles or hs (or 名称, CAS号, 结构, HS编码)')).toBe('manifest-columns');
    expect(failureKind('the file is neither UTF-8 nor GBK text: save it as CSV UTF-8')).toBe('manifest-encoding');
    expect(failureKind('the manifest is empty: it needs a header line and one line per chemical')).toBe('manifest-empty');
    expect(failureKind('the file is not a readable XLSX workbook')).toBe('manifest-unreadable');
    expect(failureKind('the screening stopped on an internal error; the node log has the details')).toBe('internal');
  });

  it('calls anything else another failure', () => {
    expect(failureKind('something new')).toBe('other');
    expect(failureKind(null)).toBe('other');
    expect(failureKind('whatever the wording', 'manifest-columns')).toBe('manifest-columns');
    expect(failureKind('whatever the wording', 'something-new')).toBe('other');
  });
});

describe('isFinished', () => {
  it('is true once done or failed', () => {
    const statuses: ScreeningJob['status'][] = ['queued', 'running', 'done', 'failed'];
    expect(statuses.map((status) => isFinished({ status }))).toEqual([false, false, true, true]);
  });
});
