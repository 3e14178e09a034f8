import type { MaterialInput } from '../../../contracts/cases.contract.js';

/** A material that may be supplied now: from the implementation's list, or an item of a 补正. */
export interface MaterialSlot {
  code: string;
  name: string;
  required: boolean;
  /** The electronic certificate type that may stand in for it, if any. */
  replaceableBy: string | null;
}

export interface MaterialProblem {
  field: string;
  code: string;
}

/**
 * The materials of the implementation version an application is filed under. Only 'required'
 * ones must be present: a conditional material depends on facts the system cannot see
 * (委托他人办理的), so whether it was needed is the deciding officer's judgement.
 */
export function slotsOfImplementation(
  materials: { key: string; name: string; requirement: string; replaceableBy?: string }[],
): MaterialSlot[] {
  return materials.map((m) => ({
    code: m.key,
    name: m.name,
    required: m.requirement === 'required',
    replaceableBy: m.replaceableBy ?? null,
  }));
}

/** A 补正 is answered item by item of its list: item-1, item-2, … None is forced to carry a file. */
export function slotsOfSupplement(items: { name: string }[]): MaterialSlot[] {
  return items.map((item, i) => ({
    code: `item-${i + 1}`,
    name: item.name,
    required: false,
    replaceableBy: null,
  }));
}

export const materialField = (code: string) => `materials.${code}`;

/**
 * What is wrong with the supplied list before any file or certificate is looked at: codes the
 * slots do not know, certificates where no certificate may stand in, required materials absent.
 * Each problem is located at materials.<code>.
 */
export function checkMaterialCodes(slots: MaterialSlot[], inputs: MaterialInput[]): MaterialProblem[] {
  const byCode = new Map(slots.map((s) => [s.code, s]));
  const problems: MaterialProblem[] = [];
  const seen = new Set<string>();
  const once = (field: string, code: string) => {
    const key = `${field}|${code}`;
    if (!seen.has(key)) problems.push({ field, code });
    seen.add(key);
  };
  for (const input of inputs) {
    const slot = byCode.get(input.code);
    if (!slot) once(materialField(input.code), 'cases.material_unknown');
    else if (input.certificateRef !== undefined && !slot.replaceableBy)
      once(materialField(input.code), 'cases.material_not_replaceable');
  }
  const supplied = new Set(inputs.map((i) => i.code));
  for (const slot of slots) {
    if (slot.required && !supplied.has(slot.code)) once(materialField(slot.code), 'cases.material_required');
  }
  return problems;
}

type Holder = {
  kind: 'citizen' | 'enterprise';
  name: string;
  idNumber: string | null;
  creditCode: string | null;
};

/** Whose certificates may stand in: the applicant's account (only applicants reach this). */
export function holderOfProfile(profile: {
  kind: 'citizen' | 'enterprise' | 'staff';
  displayName: string;
  idNumber: string | null;
  creditCode: string | null;
}): Holder {
  return {
    kind: profile.kind === 'enterprise' ? 'enterprise' : 'citizen',
    name: profile.displayName,
    idNumber: profile.idNumber,
    creditCode: profile.creditCode,
  };
}

/** Whose certificates may stand in for a case's 补正: the applicant as recorded on the case. */
export function holderOfCase(row: {
  applicantKind: 'citizen' | 'enterprise';
  applicantName: string;
  applicantIdNumber: string | null;
  applicantCreditCode: string | null;
}): Holder {
  return {
    kind: row.applicantKind,
    name: row.applicantName,
    idNumber: row.applicantIdNumber,
    creditCode: row.applicantCreditCode,
  };
}
