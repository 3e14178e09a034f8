import type { WindowReceipt } from '../../../contracts/cases.contract.js';
import { deliveryMethodSchema } from '../../../contracts/cases.contract.js';

/** 异地代收代办 rules that need no database: where a window may receive, how results return. */

/**
 * A hall may receive an item for the deciding city when that city's implementation lists the
 * hall's city among its off-site receiving cities, or when the hall is in the deciding city.
 */
export function mayReceiveAtWindow(
  hallCityCode: string,
  implementation: { cityCode: string; offSiteCityCodes: string[] },
): boolean {
  return hallCityCode === implementation.cityCode || implementation.offSiteCityCodes.includes(hallCityCode);
}

/**
 * How a window-received result can come back: the implementation's own delivery methods plus
 * collection at the receiving window, which 收受分离 always offers.
 */
export function windowDeliveryOptions(implementationDelivery: string[]): WindowReceipt['deliveryOptions'] {
  const known = deliveryMethodSchema.options;
  return known.filter((m) => m === 'window' || implementationDelivery.includes(m));
}

/** The person at the window must hold a citizen account under the same ID number and name. */
export function matchesAccount(
  person: { kind: string; displayName: string } | null,
  realName: string,
): boolean {
  return person !== null && person.kind === 'citizen' && person.displayName === realName;
}
