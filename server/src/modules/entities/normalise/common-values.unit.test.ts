import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fromRoot } from '../../../platform/paths.js';
import {
  buildCommonValues,
  COMMON_FREQUENCY_THRESHOLD,
  CommonValuesDataError,
  exceedsFrequency,
  isCommonEmailDomain,
  isCommonValue,
  loadCommonValues,
  type CommonValuesData,
} from './common-values.js';
import { emailDomain } from './contact.js';
import type { EntityKind } from './kinds.js';
import { normaliseEntity } from './normalise.js';

const keyOf = (kind: EntityKind, value: string, country?: string): string => {
  const n = normaliseEntity(kind, value, { country });
  if (!n.ok) throw new Error(`${kind} ${value}: ${n.reason}`);
  return n.key;
};

const shippedFile = (): CommonValuesData =>
  JSON.parse(readFileSync(fromRoot('data', 'common-entity-values.json'), 'utf8')) as CommonValuesData;

describe('the shipped list', () => {
  it('loads, every value normalising', () => {
    const lists = loadCommonValues();
    expect(lists.freeMailDomains.size).toBe(shippedFile().freeMailDomains.values.length);
    expect(lists.places.size).toBe(shippedFile().places.values.length);
  });

  it('cites a public source for every carrier number', () => {
    for (const p of shippedFile().phones.values) expect(p.source, p.value).toMatch(/^https:\/\//);
  });

  it('refuses the whole file when one value does not normalise, naming it', () => {
    const file = shippedFile();
    const bad = { ...file, phones: { ...file.phones, values: [...file.phones.values, { value: '+1 555 000 0000', label: 'x', source: 'https://example.com' }] } };
    expect(() => buildCommonValues(bad)).toThrow(CommonValuesDataError);
    expect(() => buildCommonValues(bad)).toThrow(/phone "\+1 555 000 0000": phone-invalid/);
  });

  it('refuses a file of the wrong shape', () => {
    expect(() => buildCommonValues({ ...shippedFile(), extra: true })).toThrow();
  });
});

describe('free-mail domains', () => {
  it('never correlate on the domain alone', () => {
    for (const d of ['gmail.com', 'qq.com', '163.com', '126.com', 'outlook.com', 'hotmail.com', 'yahoo.com', 'foxmail.com', 'sina.com', 'icloud.com', 'proton.me']) {
      expect(isCommonEmailDomain(d), d).toBe(true);
      expect(isCommonValue('website', keyOf('website', `https://www.${d}/`)), d).toEqual({ common: true, rule: 'free-mail-domain' });
    }
    expect(isCommonEmailDomain(emailDomain(keyOf('email', 'Li.Wei@QQ.com')))).toBe(true);
  });

  it('still correlate on the whole address', () => {
    expect(isCommonValue('email', keyOf('email', 'li.wei@qq.com'))).toEqual({ common: false });
    expect(isCommonValue('email', keyOf('email', 'sales@acme-trading.cn'))).toEqual({ common: false });
  });

  it('leave a company domain usable', () => {
    expect(isCommonEmailDomain('acme-trading.cn')).toBe(false);
    expect(isCommonValue('website', 'acme-trading.cn')).toEqual({ common: false });
  });
});

describe('marketplaces', () => {
  it('are common as bare hosts, whatever page of them was written', () => {
    for (const url of ['https://www.taobao.com', 'item.taobao.com/item.htm?id=1', 'detail.1688.com/offer/1.html', 'https://www.etsy.com/listing/1', 'amazon.com/dp/B000']) {
      expect(isCommonValue('website', keyOf('website', url)), url).toEqual({ common: true, rule: 'marketplace-host' });
    }
  });

  it('are not common once a shop is named', () => {
    for (const url of ['shop123456.taobao.com', 'https://www.etsy.com/shop/AcmeShop', 'aliexpress.com/store/912345']) {
      expect(isCommonValue('website', keyOf('website', url)), url).toEqual({ common: false });
    }
  });
});

describe('carrier phones and places', () => {
  it('flag listed carrier numbers however they are written', () => {
    expect(isCommonValue('phone', keyOf('phone', '1-800-275-8777', 'US'))).toEqual({ common: true, rule: 'carrier-phone' });
    expect(isCommonValue('phone', keyOf('phone', '+1 (800) 275-8777'))).toEqual({ common: true, rule: 'carrier-phone' });
    expect(isCommonValue('phone', keyOf('phone', '+86 138 0013 8000'))).toEqual({ common: false });
  });

  it('flag ports and airports written as addresses, in either language', () => {
    expect(isCommonValue('address', keyOf('address', 'PORT OF LOS ANGELES', 'US'))).toEqual({ common: true, rule: 'port-or-airport' });
    expect(isCommonValue('address', keyOf('address', '上海浦东国际机场', 'CN'))).toEqual({ common: true, rule: 'port-or-airport' });
    expect(isCommonValue('address', keyOf('address', 'Shenzhen Bao’an International Airport', 'CN'))).toEqual({ common: true, rule: 'port-or-airport' });
    expect(isCommonValue('address', keyOf('address', 'Port of Los Angeles', 'CN'))).toEqual({ common: false });
    expect(isCommonValue('address', keyOf('address', '88 Jianguo Rd', 'CN'))).toEqual({ common: false });
  });

  it('apply only to their own kind', () => {
    expect(isCommonValue('email', 'gmail.com')).toEqual({ common: false });
    expect(isCommonValue('person', keyOf('phone', '+1 800 275 8777'))).toEqual({ common: false });
  });
});

describe('frequency rule', () => {
  it('treats a key as common only above the threshold', () => {
    expect(COMMON_FREQUENCY_THRESHOLD).toBe(500);
    expect(exceedsFrequency(500)).toBe(false);
    expect(exceedsFrequency(501)).toBe(true);
    expect(exceedsFrequency(0)).toBe(false);
  });

  it('takes the caller\'s threshold', () => {
    expect(exceedsFrequency(11, 10)).toBe(true);
    expect(exceedsFrequency(10, 10)).toBe(false);
  });
});
