import { describe, expect, it } from 'vitest';
import { compareImplementations, type ComparableImplementation } from './conformance.js';

const cities = ['510100', '510600', '511400', '512000'];

function impl(cityCode: string, change: Partial<ComparableImplementation> = {}): ComparableImplementation {
  return {
    cityCode,
    promisedDays: 3,
    statutoryDays: 15,
    feeYuan: '0',
    instant: false,
    materials: [{ name: '居民身份证', requirement: 'required' }],
    form: [
      { key: 'employer', label: '现工作单位', required: true },
      { key: 'account', label: '原账号', required: false },
    ],
    delivery: ['online'],
    offSiteCityCodes: cities.filter((c) => c !== cityCode),
    ...change,
  };
}

describe('conformance of one item across four cities', () => {
  it('scores 100 when the four implementations agree on everything', () => {
    const result = compareImplementations(
      cities.map((c) => impl(c)),
      cities,
    );
    expect(result.score).toBe(100);
    expect(Object.values(result.cityScores)).toEqual([100, 100, 100, 100]);
    expect(result.materials.every((m) => m.uniform)).toBe(true);
  });

  it('marks the dimension where one city differs and docks only that city', () => {
    const result = compareImplementations(
      [impl('510100'), impl('510600', { promisedDays: 5 }), impl('511400'), impl('512000')],
      cities,
    );
    const promised = result.dimensions.find((d) => d.dimension === 'promisedDays');
    expect(promised).toMatchObject({ uniform: false, majorityCities: ['510100', '511400', '512000'] });
    expect(promised?.values['510600']).toBe('5');
    expect(result.score).toBe(88); // 7 of 8 dimensions uniform
    expect(result.cityScores).toEqual({ '510100': 100, '510600': 88, '511400': 100, '512000': 100 });
  });

  it('lists an extra material per city with absent elsewhere', () => {
    const result = compareImplementations(
      [
        impl('510100'),
        impl('510600', {
          materials: [
            { name: '居民身份证', requirement: 'required' },
            { name: '户口簿', requirement: 'conditional' },
          ],
        }),
        impl('511400'),
        impl('512000'),
      ],
      cities,
    );
    const booklet = result.materials.find((m) => m.key === '户口簿');
    expect(booklet).toMatchObject({
      uniform: false,
      byCity: { '510100': 'absent', '510600': 'conditional', '511400': 'absent', '512000': 'absent' },
    });
  });

  it('shows a field required in one city and optional in the others', () => {
    const result = compareImplementations(
      [
        impl('510100'),
        impl('510600', {
          form: [
            { key: 'employer', label: '现工作单位', required: true },
            { key: 'account', label: '原账号', required: true },
          ],
        }),
        impl('511400'),
        impl('512000'),
      ],
      cities,
    );
    expect(result.formFields.find((f) => f.key === 'account')?.byCity).toEqual({
      '510100': 'optional',
      '510600': 'required',
      '511400': 'optional',
      '512000': 'optional',
    });
  });

  it('gives no majority on a two-against-two split', () => {
    const result = compareImplementations(
      [
        impl('510100'),
        impl('510600'),
        impl('511400', { feeYuan: '10' }),
        impl('512000', { feeYuan: '10.00' }),
      ],
      cities,
    );
    const fee = result.dimensions.find((d) => d.dimension === 'fee');
    expect(fee).toMatchObject({ uniform: false, majorityCities: [] });
    expect(result.cityScores['510100']).toBe(88);
  });

  it('treats a city that does not implement the item as missing with score 0', () => {
    const result = compareImplementations([impl('510100'), impl('510600'), impl('511400')], cities);
    expect(result.missingCities).toEqual(['512000']);
    expect(result.cityScores['512000']).toBe(0);
    expect(result.score).toBe(0);
  });

  it('compares fees as amounts, not as text', () => {
    const result = compareImplementations(
      [
        impl('510100', { feeYuan: '20' }),
        impl('510600', { feeYuan: '20.00' }),
        impl('511400', { feeYuan: '20.0' }),
        impl('512000', { feeYuan: '20.00' }),
      ],
      cities,
    );
    expect(result.dimensions.find((d) => d.dimension === 'fee')?.uniform).toBe(true);
  });
});
