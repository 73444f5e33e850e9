import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { isValidContainerNumber, isValidIban, isValidImo, isValidS10, isValidUscc, s10CheckDigit, usccCheckChar } from './check-digits.js';
import { emailDomain } from './contact.js';
import { ENTITY_KINDS, type EntityKind } from './kinds.js';
import { normaliseEntity } from './normalise.js';
import type { NormaliseOptions } from './result.js';

const keyOf = (kind: EntityKind, value: string, opts?: NormaliseOptions): string | undefined => {
  const n = normaliseEntity(kind, value, opts);
  return n.ok ? n.key : undefined;
};
const reasonOf = (kind: EntityKind, value: string, opts?: NormaliseOptions): string | undefined => {
  const n = normaliseEntity(kind, value, opts);
  return n.ok ? undefined : n.reason;
};

describe('every kind', () => {
  afterEach(() => vi.restoreAllMocks());

  it('refuses a 10 MB value with a length check only, before any Unicode work', () => {
    const huge = 'a'.repeat(10 * 1024 * 1024);
    const normalize = vi.spyOn(String.prototype, 'normalize');
    for (const kind of ENTITY_KINDS) expect(reasonOf(kind, huge, { country: 'CN' })).toBe('too-long');
    expect(normalize).not.toHaveBeenCalled();
  });

  it('accepts exactly 1,000 characters and refuses 1,001', () => {
    expect(normaliseEntity('person', 'a'.repeat(1000)).ok).toBe(true);
    expect(reasonOf('person', 'a'.repeat(1001))).toBe('too-long');
  });

  it('refuses empty, blank and control-only values', () => {
    for (const kind of ENTITY_KINDS) {
      expect(reasonOf(kind, '')).toBe('empty');
      expect(reasonOf(kind, ' \t\n\u3000 ')).toBe('empty');
      expect(reasonOf(kind, '\u0000\u0007\u200B')).toBe('empty');
    }
  });

  it('strips control and zero-width characters before keying', () => {
    expect(keyOf('email', 'li.wei\u200B@qq.com\u0000')).toBe('li.wei@qq.com');
    expect(keyOf('container', 'CSQU\u00073054383')).toBe('CSQU3054383');
    expect(keyOf('person', 'Zhang\tWei\r\n')).toBe('wei zhang');
  });

  it('refuses a country option that is not ISO 3166-1 alpha-2', () => {
    expect(reasonOf('address', '1 Main St', { country: 'USA' })).toBe('country-invalid');
    expect(reasonOf('phone', '138 0013 8000', { country: 'C1' })).toBe('country-invalid');
  });
});

describe('phone', () => {
  it('keys international and national spellings of one number to the same E.164', () => {
    const key = '+8613800138000';
    expect(keyOf('phone', '+86 138 0013 8000')).toBe(key);
    expect(keyOf('phone', '138-0013-8000', { country: 'CN' })).toBe(key);
    expect(keyOf('phone', '0086 13800138000')).toBe(key);
    expect(keyOf('phone', '＋８６ １３８ ００１３ ８０００')).toBe(key);
    expect(keyOf('phone', '(212) 736-5000', { country: 'us' })).toBe('+12127365000');
    expect(keyOf('phone', '+1 212-736-5000')).toBe('+12127365000');
    expect(keyOf('phone', '010 6552 9988', { country: 'CN' })).toBe('+861065529988');
  });

  it('says what it learned and displays the international format', () => {
    expect(normaliseEntity('phone', '13800138000', { country: 'CN' })).toEqual({
      ok: true,
      key: '+8613800138000',
      display: '+86 138 0013 8000',
      details: { country: 'CN', type: 'mobile' },
    });
  });

  it('needs a country for a number without "+"', () => {
    expect(reasonOf('phone', '13800138000')).toBe('phone-needs-country');
    expect(reasonOf('phone', '(212) 736-5000')).toBe('phone-needs-country');
  });

  it('refuses numbers no operator can have (full metadata, not lengths only)', () => {
    expect(reasonOf('phone', '+86 123 4567 8901')).toBe('phone-invalid');
    expect(reasonOf('phone', '+1 123 456 7890')).toBe('phone-invalid');
    expect(reasonOf('phone', '+1 555 123 4567')).toBe('phone-invalid');
    expect(reasonOf('phone', 'call me')).toBe('phone-needs-country');
    expect(reasonOf('phone', '+86 1')).toBe('phone-invalid');
  });
});

describe('email', () => {
  it('lower-cases the whole address and punycodes the domain', () => {
    expect(keyOf('email', ' Li.Wei@QQ.COM ')).toBe('li.wei@qq.com');
    expect(keyOf('email', 'mailto:li.wei@qq.com')).toBe('li.wei@qq.com');
    expect(keyOf('email', 'ｌｉ．ｗｅｉ＠ｑｑ．ｃｏｍ')).toBe('li.wei@qq.com');
    expect(keyOf('email', 'info@例子.中国')).toBe('info@xn--fsqu00a.xn--fiqs8s');
    expect(keyOf('email', 'Straße@Example.DE')).toBe('strasse@example.de');
  });

  it('keeps provider aliases apart rather than guessing', () => {
    expect(keyOf('email', 'li.wei@gmail.com')).not.toBe(keyOf('email', 'liwei@gmail.com'));
    expect(keyOf('email', 'li+x@gmail.com')).toBe('li+x@gmail.com');
  });

  it('refuses bad syntax', () => {
    for (const bad of ['li.wei', '@qq.com', 'li@', 'li@@qq.com', 'li..wei@qq.com', '.li@qq.com', 'li@qq', 'li wei@qq.com', 'li@-qq.com', `${'a'.repeat(65)}@qq.com`]) {
      expect(reasonOf('email', bad), bad).toBe('email-invalid');
    }
  });

  it('gives the domain of a key', () => {
    expect(emailDomain('li.wei@qq.com')).toBe('qq.com');
    expect(normaliseEntity('email', 'a@Mail.Example.com')).toMatchObject({ details: { domain: 'mail.example.com' } });
  });
});

describe('website', () => {
  it('keys on the host: scheme, www., port, path, query and case do not matter', () => {
    for (const v of ['example.com', 'https://www.Example.com/path?q=1#x', 'http://EXAMPLE.COM:8080/', 'www.example.com.', 'example.com/about']) {
      expect(keyOf('website', v), v).toBe('example.com');
    }
    expect(keyOf('website', 'shop.example.com')).toBe('shop.example.com');
    expect(keyOf('website', '例子.中国')).toBe('xn--fsqu00a.xn--fiqs8s');
    expect(keyOf('website', 'http://xn--fsqu00a.xn--fiqs8s/')).toBe('xn--fsqu00a.xn--fiqs8s');
  });

  it('keeps the shop on a marketplace whose shops are subdomains', () => {
    expect(keyOf('website', 'https://shop123456.taobao.com/index.htm')).toBe('shop123456.taobao.com');
    expect(keyOf('website', 'acme.en.alibaba.com/productlist.html')).toBe('acme.en.alibaba.com');
    expect(keyOf('website', 'https://item.taobao.com/item.htm?id=1')).toBe('taobao.com');
    expect(keyOf('website', 'detail.1688.com/offer/1.html')).toBe('1688.com');
    expect(keyOf('website', 'www.1688.com')).toBe('1688.com');
  });

  it('keeps the shop path on a marketplace whose shops are paths, whatever the regional host', () => {
    expect(keyOf('website', 'https://www.etsy.com/shop/AcmeShop?ref=x')).toBe('etsy.com/shop/acmeshop');
    expect(keyOf('website', 'https://m.aliexpress.com/store/912345')).toBe('aliexpress.com/store/912345');
    expect(keyOf('website', 'es.aliexpress.com/store/912345/pages/all.html')).toBe('aliexpress.com/store/912345');
    expect(keyOf('website', 'https://www.ebay.com/str/acmeparts')).toBe('ebay.com/str/acmeparts');
    expect(keyOf('website', 'https://www.ebay.com/itm/1234')).toBe('ebay.com');
    expect(keyOf('website', 'https://www.amazon.com/dp/B000')).toBe('amazon.com');
  });

  it('refuses what is not a web host', () => {
    for (const bad of ['localhost', 'mailto:a@b.com', 'ftp://example.com', 'javascript:alert(1)', 'user@example.com', 'http://', 'exa mple', 'example.c0m', '-bad.com']) {
      expect(reasonOf('website', bad), bad).toBe('website-invalid');
    }
  });
});

describe('company', () => {
  it('folds case, width, punctuation and English legal suffixes', () => {
    const key = 'name:acmetrading';
    for (const v of ['Acme Trading Co., Ltd.', 'ACME TRADING LIMITED', 'acme trading company', 'Acme Trading, L.L.C.', 'ＡＣＭＥ　ＴＲＡＤＩＮＧ　ＣＯ．，ＬＴＤ．', 'Acme-Trading Inc']) {
      expect(keyOf('company', v), v).toBe(key);
    }
    expect(keyOf('company', 'Smith & Sons GmbH')).toBe(keyOf('company', 'Smith and Sons'));
    expect(keyOf('company', 'Limited')).toBe('name:limited');
  });

  it('removes Chinese legal forms but keeps 集团 (a group is not its subsidiary)', () => {
    expect(keyOf('company', '深圳市腾讯计算机系统有限公司')).toBe('name:深圳市腾讯计算机系统');
    expect(keyOf('company', '深圳市腾讯计算机系统有限责任公司')).toBe('name:深圳市腾讯计算机系统');
    expect(keyOf('company', '华为技术股份有限公司')).toBe('name:华为技术');
    expect(keyOf('company', '（香港）华为集团有限公司')).toBe('name:香港华为集团');
    expect(keyOf('company', '华为集团有限公司')).not.toBe(keyOf('company', '华为有限公司'));
  });

  it('keys on the unified social credit code when one is given, in the value or the option', () => {
    expect(normaliseEntity('company', '深圳市腾讯计算机系统有限公司 9144030071526726XG')).toEqual({
      ok: true,
      key: 'uscc:9144030071526726XG',
      display: '深圳市腾讯计算机系统有限公司 9144030071526726XG',
      details: { nameKey: 'name:深圳市腾讯计算机系统', uscc: '9144030071526726XG' },
    });
    expect(keyOf('company', '华为技术有限公司', { uscc: ' 914403001922038216 ' })).toBe('uscc:914403001922038216');
    expect(keyOf('company', '９１３５０１００Ｍ０００１００Ｙ４３')).toBe('uscc:91350100M000100Y43');
    expect(keyOf('company', 'usc code 91350100m000100y43')).toBe('uscc:91350100M000100Y43');
  });

  it('refuses a code that fails its check rather than keying it as a name', () => {
    expect(reasonOf('company', '91350100M000100Y4Z')).toBe('uscc-invalid');
    expect(reasonOf('company', 'Acme', { uscc: '914403001922038217' })).toBe('uscc-invalid');
    expect(reasonOf('company', 'Acme', { uscc: 'not-a-code' })).toBe('uscc-invalid');
  });

  it('never lets a code key equal a name key', () => {
    expect(keyOf('company', '9144030071526726XG')?.startsWith('uscc:')).toBe(true);
    expect(keyOf('company', 'Acme')?.startsWith('name:')).toBe(true);
  });
});

describe('GB 32100-2015 check character', () => {
  it('accepts published codes and the standard worked example', () => {
    // 91350100M000100Y43: the standard's worked example (sum 1640, 1640 mod 31 = 28, 31 − 28 = 3).
    for (const code of ['91350100M000100Y43', '9144030071526726XG', '914403001922038216', '91512081MA62K0260E']) {
      expect(isValidUscc(code), code).toBe(true);
    }
    expect(usccCheckChar('91350100M000100Y4')).toBe('3');
  });

  it('refuses a changed character, a letter outside the set and a wrong shape', () => {
    expect(isValidUscc('91350100M000100Y4Z')).toBe(false);
    expect(isValidUscc('91350100M000100Y44')).toBe(false);
    expect(isValidUscc('9135010OM000100Y43')).toBe(false); // O is not in the character set
    expect(isValidUscc('91350100M000100Y4')).toBe(false);
    expect(isValidUscc('9A350100M000100Y43')).toBe(false); // position 3–8 must be digits
  });

  it('catches every single-character substitution', () => {
    const chars = '0123456789ABCDEFGHJKLMNPQRTUWXY';
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 17 }), fc.constantFrom(...chars), (i, c) => {
        const code = '9144030071526726XG';
        const changed = code.slice(0, i) + c + code.slice(i + 1);
        return changed === code || !isValidUscc(changed);
      }),
    );
  });
});

describe('person', () => {
  it('keys the same name in any order, case, width or accent alike', () => {
    const key = 'wei zhang';
    for (const v of ['ZHANG Wei', 'Wei Zhang', 'Zhang, Wei', 'zhang  wei', 'ＺＨＡＮＧ　Ｗｅｉ']) expect(keyOf('person', v), v).toBe(key);
    expect(keyOf('person', 'José MÜLLER')).toBe(keyOf('person', 'muller jose'));
    expect(keyOf('person', 'Weiß')).toBe('weiss');
  });

  it('keeps Chinese characters as written, spaces between them ignored', () => {
    expect(keyOf('person', '张伟')).toBe('张伟');
    expect(keyOf('person', '张 伟')).toBe('张伟');
    expect(keyOf('person', '张伟')).not.toBe(keyOf('person', '伟张'));
  });

  it('is independent of word order for any words', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-z]{1,8}$/), { minLength: 1, maxLength: 5 }), (ws) => {
        return keyOf('person', ws.join(' ')) === keyOf('person', [...ws].reverse().join(' '));
      }),
    );
  });
});

describe('address', () => {
  it('prefixes the country and expands the common abbreviations', () => {
    expect(keyOf('address', 'No. 88 Jianguo Rd., Chaoyang', { country: 'cn' })).toBe('CN:number 88 jianguo road chaoyang');
    expect(keyOf('address', '1 Main St, Ste 200', { country: 'US' })).toBe(keyOf('address', '1 MAIN STREET SUITE 200', { country: 'US' }));
    expect(keyOf('address', '5th Ave Bldg 3', { country: 'US' })).toBe('US:5th avenue building 3');
    expect(keyOf('address', '北京市朝阳区建国路８８号', { country: 'CN' })).toBe('CN:北京市朝阳区建国路88号');
  });

  it('keeps the same words in two countries apart', () => {
    expect(keyOf('address', '1 Main St', { country: 'US' })).not.toBe(keyOf('address', '1 Main St', { country: 'CA' }));
  });

  it('needs a country', () => {
    expect(reasonOf('address', '1 Main St')).toBe('address-needs-country');
  });
});

describe('bank-account', () => {
  it('validates IBANs with mod 97 and keys them without spaces', () => {
    expect(normaliseEntity('bank-account', 'gb82 west 1234 5698 7654 32')).toEqual({
      ok: true,
      key: 'iban:GB82WEST12345698765432',
      display: 'GB82 WEST 1234 5698 7654 32',
      details: { format: 'iban' },
    });
    expect(keyOf('bank-account', 'IBAN: DE89-3704-0044-0532-0130-00')).toBe('iban:DE89370400440532013000');
    expect(reasonOf('bank-account', 'GB82 WEST 1234 5698 7654 33')).toBe('iban-invalid');
    expect(reasonOf('bank-account', 'GB28 WEST 1234 5698 7654 32')).toBe('iban-invalid');
    expect(isValidIban('DE89370400440532013000')).toBe(true);
    expect(isValidIban('DE98370400440532013000')).toBe(false);
  });

  it('keys other account numbers compacted, with the bank code when given', () => {
    expect(keyOf('bank-account', '6222 0212-3456 7890 123')).toBe('acct:6222021234567890123');
    expect(keyOf('bank-account', '６２２２０２１２３４５６７８９０１２３')).toBe('acct:6222021234567890123');
    expect(keyOf('bank-account', '6222021234567890123', { bankCode: 'icbk cnbj' })).toBe('acct:ICBKCNBJ:6222021234567890123');
    expect(keyOf('bank-account', '6222021234567890123', { bankCode: 'ICBKCNBJ' })).not.toBe(keyOf('bank-account', '6222021234567890123'));
  });

  it('refuses numbers too short or with stray characters', () => {
    expect(reasonOf('bank-account', '12345')).toBe('account-invalid');
    expect(reasonOf('bank-account', '1234567#')).toBe('account-invalid');
    expect(reasonOf('bank-account', '1234567', { bankCode: '!!' })).toBe('account-invalid');
  });
});

describe('payment-account', () => {
  it('keys provider:identifier with the provider spelled one way', () => {
    expect(keyOf('payment-account', 'Alipay: 138 0013 8000')).toBe('alipay:+8613800138000');
    expect(keyOf('payment-account', '支付宝：13800138000')).toBe('alipay:+8613800138000');
    expect(keyOf('payment-account', 'WeChat: wxid_Abc123')).toBe('wechat-pay:wxid_abc123');
    expect(keyOf('payment-account', '微信支付:wxid_abc123')).toBe('wechat-pay:wxid_abc123');
    expect(keyOf('payment-account', 'PayPal: Li.Wei@QQ.com')).toBe('paypal:li.wei@qq.com');
    expect(keyOf('payment-account', 'Cash App: $AcmeCo')).toBe('cash-app:$acmeco');
    expect(keyOf('payment-account', 'venmo:+1 212 736 5000')).toBe('venmo:+12127365000');
    expect(keyOf('payment-account', 'zelle:2127365000', { country: 'US' })).toBe('zelle:+12127365000');
  });

  it('refuses values without a provider or identifier', () => {
    expect(reasonOf('payment-account', '13800138000')).toBe('payment-invalid');
    expect(reasonOf('payment-account', 'alipay:')).toBe('payment-invalid');
    expect(reasonOf('payment-account', ':abc')).toBe('payment-invalid');
  });
});

describe('crypto-address', () => {
  it('accepts Bitcoin base58check addresses, keeping their case', () => {
    expect(keyOf('crypto-address', '1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa')).toBe('btc:1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa');
    expect(normaliseEntity('crypto-address', '3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy')).toMatchObject({ ok: true, details: { chain: 'btc', format: 'p2sh' } });
    expect(keyOf('crypto-address', '1A1zP1eP5QGef i2DMPTfTL5SLmv7DivfNa')).toBe('btc:1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa');
  });

  it('refuses a base58check address whose checksum fails', () => {
    expect(reasonOf('crypto-address', '1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb')).toBe('crypto-checksum');
    expect(reasonOf('crypto-address', '1A1yP1eP5QGefi2DMPTfTL5SLmv7DivfNa')).toBe('crypto-checksum');
    expect(reasonOf('crypto-address', '1A1zP1eP5QGefi2DMPTfTL5SLmv7Divf0a')).toBe('crypto-invalid'); // 0 is not base58
  });

  it('accepts bech32 (v0) and bech32m (v1+) SegWit addresses, lower-cased', () => {
    // Vectors from BIP-173 and BIP-350.
    expect(keyOf('crypto-address', 'BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4')).toBe('btc:bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4');
    expect(keyOf('crypto-address', 'bc1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3qccfmv3')).toBeDefined();
    expect(keyOf('crypto-address', 'bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0')).toBeDefined();
    expect(keyOf('crypto-address', 'bc1pw508d6qejxtdg4y5r3zarvary0c5xw7kw508d6qejxtdg4y5r3zarvary0c5xw7kt5nd6y')).toBeDefined();
  });

  it('refuses a SegWit address with a wrong checksum, the wrong checksum kind or mixed case', () => {
    expect(reasonOf('crypto-address', 'bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5')).toBe('crypto-checksum');
    // A v1 program with a bech32 (not bech32m) checksum: valid under BIP-173, refused since BIP-350.
    expect(reasonOf('crypto-address', 'bc1pw508d6qejxtdg4y5r3zarvary0c5xw7kw508d6qejxtdg4y5r3zarvary0c5xw7k7grplx')).toBe('crypto-checksum');
    expect(reasonOf('crypto-address', 'bc1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4')).toBe('crypto-invalid');
    expect(reasonOf('crypto-address', 'bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3tb')).toBe('crypto-invalid'); // b is not bech32
  });

  it('lower-cases Ethereum addresses and verifies the EIP-55 checksum when the case is mixed', () => {
    expect(normaliseEntity('crypto-address', '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed')).toEqual({
      ok: true,
      key: 'eth:0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed',
      display: '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed',
      details: { chain: 'eth', format: 'hex' },
    });
    expect(keyOf('crypto-address', '0x5AAEB6053F3E94C9B9A09F33669435E7EF1BEAED')).toBe('eth:0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed');
    expect(normaliseEntity('crypto-address', '0xfb6916095ca1df60bb79ce92ce3ea74c37c5d359')).toMatchObject({ display: '0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359' });
    expect(reasonOf('crypto-address', '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD')).toBe('crypto-checksum');
    expect(reasonOf('crypto-address', '0x5aaeb6053f3e94c9b9a09f33669435e7ef1bea')).toBe('crypto-invalid');
  });

  it('accepts Tron base58check addresses and refuses a bad checksum', () => {
    expect(keyOf('crypto-address', 'TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t')).toBe('trx:TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t');
    expect(reasonOf('crypto-address', 'TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6u')).toBe('crypto-checksum');
  });

  it('refuses unknown formats', () => {
    for (const bad of ['hello', 'LdP8Qox1VAhCzLJNqrr74YovaWYyNBUWvL', 'tb1qw508d6qejxtdg4y5r3zarvary0c5xw7kxpjzsx', '0x123']) {
      expect(reasonOf('crypto-address', bad), bad).toBe('crypto-invalid');
    }
  });
});

describe('vessel', () => {
  it('keys IMO numbers with a right check digit', () => {
    expect(keyOf('vessel', 'IMO 9074729')).toBe('imo:9074729');
    expect(keyOf('vessel', 'imo:9074729')).toBe('imo:9074729');
    expect(keyOf('vessel', '9074729')).toBe('imo:9074729');
    expect(isValidImo('9811000')).toBe(true);
    expect(reasonOf('vessel', 'IMO 9074728')).toBe('imo-invalid');
    expect(reasonOf('vessel', 'IMO 907472')).toBe('imo-invalid');
  });

  it('keys MMSI numbers, else the folded name without a ship-type prefix', () => {
    expect(keyOf('vessel', 'MMSI 412 345 678')).toBe('mmsi:412345678');
    expect(keyOf('vessel', '412345678')).toBe('mmsi:412345678');
    expect(keyOf('vessel', 'M/V Ever Given')).toBe('name:ever given');
    expect(keyOf('vessel', 'MV EVER GIVEN')).toBe('name:ever given');
    expect(keyOf('vessel', '中远海运 宇宙')).toBe('name:中远海运宇宙');
  });
});

describe('container', () => {
  it('accepts ISO 6346 numbers with a right check digit, spelled any way', () => {
    for (const v of ['CSQU3054383', 'csqu 305438 3', 'CSQU-305438-3', 'ＣＳＱＵ３０５４３８３']) expect(keyOf('container', v), v).toBe('CSQU3054383');
    expect(isValidContainerNumber('MSKU9070323')).toBe(true);
    expect(isValidContainerNumber('CBHU3202732')).toBe(true);
  });

  it('refuses a wrong check digit, category or shape', () => {
    expect(reasonOf('container', 'CSQU3054384')).toBe('container-invalid');
    expect(reasonOf('container', 'CSQX3054383')).toBe('container-invalid'); // category must be U, J or Z
    expect(reasonOf('container', 'CSQU305438')).toBe('container-invalid');
    expect(reasonOf('container', 'CSQU3054833')).toBe('container-invalid'); // transposed digits
  });
});

describe('tracking-number', () => {
  it('verifies UPU S10 check digits (weights 8 6 4 2 3 5 9 7, mod 11, 10 → 0, 11 → 5)', () => {
    expect(s10CheckDigit('47312482')).toBe(9); // the standard's worked example
    expect(s10CheckDigit('12345678')).toBe(5);
    expect(s10CheckDigit('00000000')).toBe(5); // 11 − 0 = 11 → 5
    expect(s10CheckDigit('00000001')).toBe(4);
    expect(s10CheckDigit('00300000')).toBe(0); // 3×4 = 12, 12 mod 11 = 1, 11 − 1 = 10 → 0
    expect(isValidS10('RR123456785US')).toBe(true);
    expect(keyOf('tracking-number', 'rr 123 456 785 us')).toBe('RR123456785US');
    expect(keyOf('tracking-number', 'EE473124829CN')).toBe('EE473124829CN');
    expect(reasonOf('tracking-number', 'RR123456786US')).toBe('tracking-invalid');
  });

  it('keys other carriers\' numbers compacted and upper-cased', () => {
    expect(keyOf('tracking-number', '1z 999 aa1 0123 4567 84')).toBe('1Z999AA10123456784');
    expect(keyOf('tracking-number', 'SF-1234-5678-9012')).toBe('SF123456789012');
    expect(reasonOf('tracking-number', '12345')).toBe('tracking-invalid');
    expect(reasonOf('tracking-number', 'AB/123456')).toBe('tracking-invalid');
  });
});

describe('licence', () => {
  it('keys issuer-country:number, upper-cased without spaces', () => {
    expect(keyOf('licence', 'ab 123-4', { country: 'cn' })).toBe('CN:AB123-4');
    expect(keyOf('licence', 'cn: ab 123-4')).toBe('CN:AB123-4');
    expect(keyOf('licence', 'CN:AB123-4', { country: 'CN' })).toBe('CN:AB123-4');
    expect(keyOf('licence', 'AB1234', { country: 'US' })).not.toBe(keyOf('licence', 'AB1234', { country: 'CN' }));
  });

  it('needs an issuing country', () => {
    expect(reasonOf('licence', 'AB1234')).toBe('licence-needs-country');
    expect(reasonOf('licence', 'XYZ:AB1234')).toBe('licence-needs-country');
  });
});
