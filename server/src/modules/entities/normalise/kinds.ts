// What an incident's entities can be and what part they played. Kinds decide how a value is normalised; roles are
// recorded per incident, so the same company can be the shipper in one seizure and the consignee in another.

export const ENTITY_KINDS = [
  'company',
  'person',
  'address',
  'phone',
  'email',
  'website', // websites and online shops (a shop on a shared marketplace keeps its shop path)
  'bank-account',
  'payment-account', // Alipay, WeChat Pay, PayPal… accounts: provider plus identifier
  'crypto-address',
  'vessel',
  'container',
  'tracking-number',
  'licence',
] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

export const ENTITY_ROLES = [
  'shipper',
  'consignee',
  'notify-party',
  'broker',
  'freight-forwarder',
  'buyer',
  'seller',
  'payer',
  'payee',
  'manufacturer',
  'supplier',
  'owner',
  'operator',
  'suspect',
  'witness',
  'other',
] as const;
export type EntityRole = (typeof ENTITY_ROLES)[number];

export function isEntityKind(value: string): value is EntityKind {
  return (ENTITY_KINDS as readonly string[]).includes(value);
}

export function isEntityRole(value: string): value is EntityRole {
  return (ENTITY_ROLES as readonly string[]).includes(value);
}
