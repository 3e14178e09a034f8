import { randomUUID } from 'node:crypto';
import type { FormField, ImplementationView } from '../../src/contracts/catalog.contract.js';

export interface Person {
  realName: string;
  idNumber: string;
  mobile: string;
  password: string;
}

/** A submission the server answered 201 to: what the citizen holds as proof it was filed. */
export interface Acknowledgement {
  accountId: string;
  key: string;
  caseId: string;
  caseNumber: string;
  replayed: boolean;
}

/** What happened on the way, counted for the summary. */
export interface ClientTally {
  /** Connections refused: the server was down. */
  refused: number;
  /** Requests cut off under way: the server was killed while handling them. */
  cutOff: number;
  /** First attempts the client itself gave up on, as a browser on a bad connection does. */
  abandoned: number;
  unavailable: number;
  inFlight: number;
  serverErrors: number;
}

/** A new, empty tally. */
export function newTally(): ClientTally {
  return { refused: 0, cutOff: 0, abandoned: 0, unavailable: 0, inFlight: 0, serverErrors: 0 };
}

const causeCode = (error: unknown) => (error as { cause?: { code?: string } }).cause?.code;

const MAX_ATTEMPTS = 1000;

function answer(field: FormField): string | number {
  switch (field.type) {
    case 'number':
      return 1;
    case 'date':
      return '2026-01-15';
    case 'select':
    case 'city':
      return field.options?.[0]?.value ?? '510100';
    default:
      return (
        {
          originCity: '重庆市',
          originCentre: '重庆市住房公积金管理中心',
          employer: '成都天府软件园某科技公司',
        }[field.key] ?? `按实际情况填写的${field.label}`
      ).slice(0, field.maxLength ?? 200);
  }
}

// Longer while the server is down, so twenty clients knocking do not slow its start.
const pause = (down = false) =>
  new Promise((resolve) => setTimeout(resolve, (down ? 250 : 50) + Math.random() * (down ? 250 : 150)));

/**
 * One citizen's browser, reduced to what a careful client does: each application gets a fresh
 * Idempotency-Key, and the same request with the same key is sent again after a dropped
 * connection, a 503 or a 409 (the first attempt still holding the key) until the server answers.
 */
export class SubmittingCitizen {
  accountId = '';
  private headers: Record<string, string> = {};

  constructor(
    private readonly baseUrl: string,
    readonly person: Person,
    private readonly tally: ClientTally,
  ) {}

  /**
   * Sends until the server gives an answer that is not transient; a new attempt each time.
   * `abandonFirstAfterMs` gives up on the first attempt early, leaving the server to finish it
   * unseen, so the retry meets the key's stored answer or its first attempt still at work.
   */
  private async send(
    path: string,
    init: () => RequestInit,
    { keyed = false, abandonFirstAfterMs }: { keyed?: boolean; abandonFirstAfterMs?: number } = {},
  ): Promise<Response> {
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt += 1) {
      let response: Response;
      const giveUp = attempt === 1 && abandonFirstAfterMs !== undefined;
      try {
        response = await fetch(`${this.baseUrl}${path}`, {
          ...init(),
          signal: AbortSignal.timeout(giveUp ? abandonFirstAfterMs : 60_000),
        });
      } catch (error) {
        if (giveUp && (error as Error).name === 'TimeoutError') this.tally.abandoned += 1;
        else if (causeCode(error) === 'ECONNREFUSED') {
          this.tally.refused += 1;
          await pause(true);
          continue;
        } else this.tally.cutOff += 1;
        await pause();
        continue;
      }
      if (response.status === 503 || response.status === 502) this.tally.unavailable += 1;
      // Only a keyed request's 409 means "the first attempt still holds the key".
      else if (keyed && response.status === 409) this.tally.inFlight += 1;
      else if (response.status >= 500) this.tally.serverErrors += 1;
      else return response;
      await response.body?.cancel();
      await pause();
    }
    throw new Error(`${path}: no answer after ${MAX_ATTEMPTS} attempts`);
  }

  async register(): Promise<void> {
    const res = await this.send('/api/v1/identity/citizens', () => ({
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(this.person),
    }));
    if (res.status !== 201) throw new Error(`registration refused: ${res.status} ${await res.text()}`);
    const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const body = (await res.json()) as { csrfToken: string; account: { id: string } };
    this.accountId = body.account.id;
    this.headers = { cookie, 'x-csrf-token': body.csrfToken };
  }

  /**
   * Uploads a scan; after a dropped connection it simply uploads again. An upload whose answer was
   * lost stays unclaimed (its file has its row) until the collector's day has passed.
   */
  async upload(scan: Buffer, name: string): Promise<string> {
    const res = await this.send('/api/v1/uploads', () => {
      const body = new FormData();
      body.append('file', new Blob([new Uint8Array(scan)], { type: 'application/pdf' }), name);
      return { method: 'POST', headers: this.headers, body };
    });
    if (res.status !== 201) throw new Error(`upload refused: ${res.status} ${await res.text()}`);
    return ((await res.json()) as { id: string }).id;
  }

  /** Files one application with its required materials; answers once the server has acknowledged it. */
  async apply(itemCode: string, implementation: ImplementationView, scan: Buffer): Promise<Acknowledgement> {
    const materials = [];
    for (const material of implementation.materials.filter((m) => m.requirement === 'required'))
      materials.push({ code: material.key, uploadId: await this.upload(scan, `${material.name}.pdf`) });
    const form = Object.fromEntries(implementation.form.map((field) => [field.key, answer(field)]));
    const body = JSON.stringify({ itemCode, cityCode: implementation.cityCode, form, materials });
    const key = randomUUID();
    const res = await this.send(
      '/api/v1/cases',
      () => ({
        method: 'POST',
        headers: { ...this.headers, 'content-type': 'application/json', 'idempotency-key': key },
        body,
      }),
      // Now and then the client gives up on its first attempt, as a browser on a bad line does.
      {
        keyed: true,
        ...(Math.random() < 0.3 ? { abandonFirstAfterMs: 1 + Math.floor(Math.random() * 60) } : {}),
      },
    );
    if (res.status !== 201) throw new Error(`application refused: ${res.status} ${await res.text()}`);
    const detail = (await res.json()) as { id: string; caseNumber: string };
    return {
      accountId: this.accountId,
      key,
      caseId: detail.id,
      caseNumber: detail.caseNumber,
      replayed: res.headers.get('idempotent-replayed') === 'true',
    };
  }
}
