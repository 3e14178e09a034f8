/**
 * The shape of the catalogue's seed data: one item (事项) as it is implemented across the four
 * cities, with each city's honest differences written as overrides of a common baseline.
 */

export type CityCode = '510100' | '510600' | '511400' | '512000';

export type ItemType =
  | 'administrative_license' // 行政许可
  | 'administrative_confirmation' // 行政确认
  | 'administrative_payment' // 行政给付
  | 'administrative_filing' // 行政备案
  | 'public_service' // 公共服务
  | 'other'; // 其他行政权力

export type HandlingMode = 'fully_online' | 'off_site_window' | 'multi_site' | 'instant';

/** Life events people browse by (一件事 themes). */
export type LifeEvent =
  | 'birth' // 出生
  | 'education' // 教育
  | 'employment' // 就业创业
  | 'housing' // 住房
  | 'moving' // 迁居
  | 'medical' // 就医
  | 'social_security' // 社会保障
  | 'retirement' // 退休养老
  | 'travel_and_vehicles' // 出行
  | 'marriage_and_family' // 婚育
  | 'starting_a_business' // 开办企业
  | 'running_a_business' // 经营
  | 'property' // 不动产
  | 'identity_documents'; // 证件

export interface SeedMaterial {
  key: string;
  name: string;
  requirement: 'required' | 'conditional' | 'optional';
  /** For conditional materials: when it is needed, e.g. "委托他人办理的". */
  condition?: string;
  form: 'original' | 'copy' | 'original_and_copy' | 'electronic';
  copies: number;
  /** Electronic certificate type that may replace it (once-only), e.g. "resident_id_card". */
  replaceableBy?: string;
  note?: string;
}

export interface SeedFormField {
  key: string;
  label: string;
  labelEn: string;
  type: 'text' | 'textarea' | 'select' | 'date' | 'number' | 'city';
  required: boolean;
  maxLength?: number;
  options?: { value: string; label: string; labelEn: string }[];
  help?: string;
}

export interface SeedImplementationOverride {
  promisedDays?: number;
  feeYuan?: string;
  /** Materials this city asks for on top of the baseline. */
  extraMaterials?: SeedMaterial[];
  /** Baseline material keys this city no longer asks for. */
  removeMaterials?: string[];
  /** Baseline fields whose definition differs here (matched by key), or extra fields. */
  formOverrides?: SeedFormField[];
  delivery?: ('online' | 'post' | 'window')[];
  /** This city decides the item at once (即办 / 马上办). */
  instant?: boolean;
}

export interface SeedItem {
  /** 12-digit basic code in the style of GB/T 39554.1 item codes. */
  code: string;
  name: string;
  nameEn: string;
  type: ItemType;
  subject: 'individual' | 'legal_person' | 'both';
  legalBasis: string;
  modes: HandlingMode[];
  lifeEvents: LifeEvent[];
  /** Words people type for it, beyond its name: "公积金", "医保", "驾照". */
  keywords: string[];
  summary: string;
  summaryEn: string;
  /** 'decision_letter', or the electronic certificate type issued, e.g. 'business_license'. */
  resultType: string;
  guide: {
    conditions: string[];
    steps: string[];
    faq: { q: string; a: string }[];
    consultation: string;
    complaint: string;
  };
  /** Directory key of the competent department in every city (see organisations.seed.ts). */
  orgKey: string;
  statutoryDays: number;
  promisedDays: number;
  feeYuan: string;
  materials: SeedMaterial[];
  form: SeedFormField[];
  delivery: ('online' | 'post' | 'window')[];
  /** Cities whose windows may receive it for another city (异地代收代办); defaults to the other three. */
  offSiteCities?: CityCode[];
  cityOverrides: Partial<Record<CityCode, SeedImplementationOverride>>;
}
