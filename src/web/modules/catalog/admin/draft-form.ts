import type {
  FormField,
  ImplementationDraft,
  ImplementationView,
  Material,
} from '../../../../contracts/catalog.contract.js';
import { ApiError, type FieldProblem } from '../../../shared/api/api-error.js';
import { fieldNamePath } from '../../../shared/forms/server-errors.js';

/** The editor's values: the draft's shape, with what an empty control gives (null, ''). */
export interface DraftValues {
  orgId?: string;
  statutoryDays?: number | null;
  promisedDays?: number | null;
  feeYuan?: string;
  instant?: boolean;
  materials?: Partial<Material>[];
  form?: (Partial<Omit<FormField, 'maxLength'>> & { maxLength?: number | null })[];
  delivery?: ImplementationDraft['delivery'];
  offSiteCityCodes?: string[];
}

/** Where editing starts: the current draft, else the published version, else a blank one. */
export function toDraftValues(source: ImplementationView | undefined, otherCities: string[]): DraftValues {
  if (!source) {
    return {
      statutoryDays: null,
      promisedDays: null,
      feeYuan: '0',
      instant: false,
      materials: [],
      form: [],
      delivery: ['online'],
      offSiteCityCodes: otherCities,
    };
  }
  return {
    orgId: source.orgId,
    statutoryDays: source.statutoryDays,
    promisedDays: source.promisedDays,
    feeYuan: source.feeYuan,
    instant: source.instant,
    materials: source.materials.map((m) => ({ ...m })),
    form: source.form.map((f) => ({ ...f, options: f.options?.map((o) => ({ ...o })) })),
    delivery: source.delivery.filter((d): d is 'online' | 'post' | 'window' =>
      ['online', 'post', 'window'].includes(d),
    ),
    offSiteCityCodes: [...source.offSiteCityCodes],
  };
}

/** Empty optional text as absent, so the server's rules see "not given" rather than "". */
function optionalText(value: string | null | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

/** The body of PUT …/draft from the editor's values (what is missing is left for the server to name). */
export function toDraftBody(values: DraftValues): ImplementationDraft {
  return {
    orgId: values.orgId ?? '',
    statutoryDays: values.statutoryDays ?? Number.NaN,
    promisedDays: values.promisedDays ?? Number.NaN,
    feeYuan: (values.feeYuan ?? '').trim(),
    instant: Boolean(values.instant),
    materials: (values.materials ?? []).map((m) => ({
      key: (m.key ?? '').trim(),
      name: (m.name ?? '').trim(),
      requirement: m.requirement ?? 'required',
      condition: m.requirement === 'conditional' ? optionalText(m.condition) : undefined,
      form: m.form ?? 'original',
      copies: m.copies ?? 1,
      replaceableBy: optionalText(m.replaceableBy),
      note: optionalText(m.note),
    })),
    form: (values.form ?? []).map((f) => ({
      key: (f.key ?? '').trim(),
      label: (f.label ?? '').trim(),
      labelEn: (f.labelEn ?? '').trim(),
      type: f.type ?? 'text',
      required: Boolean(f.required),
      maxLength: f.maxLength ?? undefined,
      // Options belong to choice fields only; a field changed to another type drops them.
      options:
        f.type === 'select'
          ? (f.options ?? []).map((o) => ({
              value: (o.value ?? '').trim(),
              label: (o.label ?? '').trim(),
              labelEn: (o.labelEn ?? '').trim(),
            }))
          : undefined,
      help: optionalText(f.help),
    })),
    delivery: values.delivery ?? [],
    offSiteCityCodes: values.offSiteCityCodes ?? [],
  };
}

export type NamePath = (string | number)[];

const TOP_LEVEL = new Set([
  'orgId',
  'statutoryDays',
  'promisedDays',
  'feeYuan',
  'instant',
  'delivery',
  'offSiteCityCodes',
  'materials',
  'form',
]);
const MATERIAL_FIELDS = new Set([
  'key',
  'name',
  'requirement',
  'condition',
  'form',
  'copies',
  'replaceableBy',
  'note',
]);
const FORM_FIELDS = new Set(['key', 'label', 'labelEn', 'type', 'required', 'maxLength', 'help', 'options']);
const OPTION_FIELDS = new Set(['value', 'label', 'labelEn']);

/**
 * The editor control a server field names ("body.form.4.options" → ['form', 4, 'options']), or
 * null when no control shows it. Lists of plain values (delivery, off-site cities) are one control.
 */
export function editorPath(field: string, values: DraftValues): NamePath | null {
  const parts = fieldNamePath(field);
  const [top, index, sub, optionIndex, optionField] = parts;
  if (!top || !TOP_LEVEL.has(top)) return null;
  if (top === 'delivery' || top === 'offSiteCityCodes') return [top];
  if (index === undefined) return [top];
  if (top !== 'materials' && top !== 'form') return null;
  const i = Number(index);
  if (!Number.isInteger(i) || i < 0 || i >= (values[top]?.length ?? 0)) return [top];
  if (sub === undefined) return [top];
  if (top === 'materials') return MATERIAL_FIELDS.has(sub) ? [top, i, sub] : null;
  if (!FORM_FIELDS.has(sub)) return null;
  if (sub !== 'options' || optionIndex === undefined) return [top, i, sub];
  const j = Number(optionIndex);
  const options = values.form?.[i]?.options ?? [];
  if (!Number.isInteger(j) || j < 0 || j >= options.length) return [top, i, 'options'];
  return optionField && OPTION_FIELDS.has(optionField)
    ? [top, i, 'options', j, optionField]
    : [top, i, 'options'];
}

export interface PlacedProblem extends FieldProblem {
  /** The control that shows it, or null when only the summary does. */
  path: NamePath | null;
}

/** The server's field problems, each with the control that shows it. */
export function placeProblems(error: unknown, values: DraftValues): PlacedProblem[] {
  if (!(error instanceof ApiError)) return [];
  return error.fieldProblems.map((problem) => ({ ...problem, path: editorPath(problem.field, values) }));
}
