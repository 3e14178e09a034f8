import type { ImplementationContent } from './catalog-entry.js';

export interface ContentProblem {
  /** Path inside the implementation, e.g. "form.2.options". */
  field: string;
  /** A registered message key. */
  code: string;
}

/**
 * Rules an implementation must keep beyond its shape, checked when a draft is saved and when a
 * spreadsheet is imported, so a citizen never meets a broken form.
 */
export function implementationProblems(
  content: Omit<ImplementationContent, 'cityCode' | 'orgId'>,
  { cityCode, knownCityCodes }: { cityCode: string; knownCityCodes: string[] },
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  if (content.promisedDays > content.statutoryDays) {
    problems.push({ field: 'promisedDays', code: 'catalog.promised_exceeds_statutory' });
  }
  if (content.instant && content.promisedDays !== 0) {
    problems.push({ field: 'promisedDays', code: 'catalog.instant_needs_zero_days' });
  }
  if (!Number.isFinite(Number(content.feeYuan)) || Number(content.feeYuan) < 0) {
    problems.push({ field: 'feeYuan', code: 'catalog.fee_invalid' });
  }
  const seenMaterials = new Set<string>();
  content.materials.forEach((m, i) => {
    if (seenMaterials.has(m.key))
      problems.push({ field: `materials.${i}.key`, code: 'catalog.key_duplicate' });
    seenMaterials.add(m.key);
    if (m.requirement === 'conditional' && !m.condition?.trim()) {
      problems.push({ field: `materials.${i}.condition`, code: 'catalog.condition_required' });
    }
  });
  const seenFields = new Set<string>();
  content.form.forEach((f, i) => {
    if (seenFields.has(f.key)) problems.push({ field: `form.${i}.key`, code: 'catalog.key_duplicate' });
    seenFields.add(f.key);
    if (f.type === 'select') {
      const values = (f.options ?? []).map((o) => o.value);
      if (values.length === 0)
        problems.push({ field: `form.${i}.options`, code: 'catalog.options_required' });
      if (new Set(values).size !== values.length) {
        problems.push({ field: `form.${i}.options`, code: 'catalog.key_duplicate' });
      }
    } else if (f.options?.length) {
      problems.push({ field: `form.${i}.options`, code: 'catalog.options_only_for_select' });
    }
  });
  content.offSiteCityCodes.forEach((c, i) => {
    if (c === cityCode || !knownCityCodes.includes(c)) {
      problems.push({ field: `offSiteCityCodes.${i}`, code: 'catalog.off_site_city_invalid' });
    }
  });
  if (content.delivery.length === 0) problems.push({ field: 'delivery', code: 'catalog.delivery_required' });
  return problems;
}
