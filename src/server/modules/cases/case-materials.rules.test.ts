import { describe, expect, it } from 'vitest';
import { checkMaterialCodes, slotsOfImplementation, slotsOfSupplement } from './case-materials.rules.js';

const slots = slotsOfImplementation([
  { key: 'id_card', name: '申请人居民身份证', requirement: 'required', replaceableBy: 'resident_id_card' },
  { key: 'labour_contract', name: '劳动合同', requirement: 'required' },
  { key: 'power_of_attorney', name: '授权委托书', requirement: 'conditional' },
  { key: 'other', name: '其他材料', requirement: 'optional' },
]);
const upload = '0193a000-0000-7000-8000-000000000001';

describe('checking supplied materials against the list', () => {
  it('asks for every required material, and only those', () => {
    expect(checkMaterialCodes(slots, [])).toEqual([
      { field: 'materials.id_card', code: 'cases.material_required' },
      { field: 'materials.labour_contract', code: 'cases.material_required' },
    ]);
  });

  it('takes a certificate for a replaceable material and refuses it for any other', () => {
    expect(
      checkMaterialCodes(slots, [
        { code: 'id_card', certificateRef: 'DZZZ-1' },
        { code: 'labour_contract', certificateRef: 'DZZZ-2' },
      ]),
    ).toEqual([{ field: 'materials.labour_contract', code: 'cases.material_not_replaceable' }]);
  });

  it('names each unknown code once', () => {
    expect(
      checkMaterialCodes(slots, [
        { code: 'id_card', uploadId: upload },
        { code: 'labour_contract', uploadId: upload },
        { code: 'marriage_certificate', uploadId: upload },
        { code: 'marriage_certificate', uploadId: upload },
      ]),
    ).toEqual([{ field: 'materials.marriage_certificate', code: 'cases.material_unknown' }]);
  });

  it('numbers the items of a 补正 list from 1 and requires none of them', () => {
    const items = slotsOfSupplement([{ name: '居民身份证' }, { name: '封存证明' }]);
    expect(items.map((s) => [s.code, s.name, s.required])).toEqual([
      ['item-1', '居民身份证', false],
      ['item-2', '封存证明', false],
    ]);
    expect(checkMaterialCodes(items, [])).toEqual([]);
  });
});
