import type { Actor } from '../../platform/actor.js';
import type { Database, Tx } from '../../platform/db/database.js';
import { newId } from '../../platform/ids.js';
import { platformErrors } from '../../platform/http/platform-errors.js';
import { runIdempotent, type IdempotencyClaim } from '../../platform/http/idempotency.js';
import { enqueueEvent } from '../../platform/jobs/index.js';
import {
  caseActionSchema,
  type Application,
  type CaseAction,
  type CaseActionRequest,
  type CaseDetail,
  type CaseList,
  type CaseStatusName,
  type CaseSummary,
  type WindowApplication,
  type WindowCaseAction,
  type Worklist,
  type WorklistQuery,
  officerCaseActionSchema,
  type OfficerCaseAction,
} from '../../../contracts/cases.contract.js';
import { maskIdNumber, maskMobile, maskName } from '../../../contracts/personal-data.js';
import type { CatalogModule } from '../catalog/index.js';
import { buildFormSchema } from '../catalog/index.js';
import type { DirectoryModule } from '../directory/index.js';
import type { ApplicantProfile, IdentityModule } from '../identity/index.js';
import type { CalendarModule } from '../calendar/index.js';
import { recordCaseView } from '../access-records/index.js';
import { supplementPauses } from './case-deadline.js';
import { DEFAULT_WARNING_DAYS, lightDatesOn, lightOf, type LightDates } from './case-lights.js';
import { createWorklist, type WorklistPage } from './case-worklist.js';
import { createItemNameCache } from './item-names.js';
import { toMaterialView, type CaseMaterials } from './case-materials.service.js';
import {
  holderOfCase,
  holderOfProfile,
  slotsOfImplementation,
  slotsOfSupplement,
} from './case-materials.rules.js';
import { actionIsFor, allowedActions, nextStatus, type CaseRelation } from './case-lifecycle.js';
import { businessYear, formatCaseNumber, newQueryCode } from './case-numbers.js';
import { casesErrors } from './cases.errors.js';
import {
  canApply,
  canReceiveAtWindow,
  canUseWorklist,
  fitsDelivery,
  relationTo,
  seesPersonalDataInFull,
} from './cases.policy.js';
import type { CaseEventRow, CaseRow, CasesRepository, ListCursor } from './cases.repository.js';
import type { CaseEventDetails } from './cases.tables.js';
import { matchesAccount, mayReceiveAtWindow, windowDeliveryOptions } from './window-intake.js';

export interface CasesDeps {
  database: Database;
  repository: CasesRepository;
  catalog: Pick<CatalogModule, 'findApplicableImplementation' | 'findItem'>;
  directory: Pick<DirectoryModule, 'findCity' | 'findOrganisation'>;
  identity: Pick<IdentityModule, 'findApplicantProfile' | 'findCitizenByIdNumber'>;
  calendar: Pick<CalendarModule, 'dueDate'>;
  /** 申请材料: checked and recorded with the application and with each 补正. */
  materials: CaseMaterials;
  /** Yellow from this many working days before the due date (default 2). */
  deadlineWarningDays?: number;
  now?: () => Date;
}

/** The newest 补正 request: what is asked for, and the status the case returns to once supplied. */
function lastSupplementRequest(events: CaseEventRow[]): CaseEventRow | undefined {
  return events.findLast((e) => e.type === 'request_supplement');
}

const isWebAction = (a: string): a is CaseAction => (caseActionSchema.options as string[]).includes(a);
const isOfficerAction = (a: string): a is OfficerCaseAction =>
  (officerCaseActionSchema.options as string[]).includes(a);

/** What the actor's relation may do to the case now, refined by how its result was delivered. */
function offeredActions(row: CaseRow, relation: CaseRelation) {
  return allowedActions(row.status, relation).filter((a) => fitsDelivery(row, a));
}

/** The event's actor as the history shows it: who, in which role, for which organisation and channel. */
function eventActor(actor: Actor, relation: CaseRelation, row: CaseRow) {
  if (relation === 'applicant')
    return { actorRole: actor.kind, actorCityCode: actor.cityCode, actorOrgId: null, channel: 'online' };
  if (relation === 'receiving_clerk')
    return {
      actorRole: 'window_clerk',
      actorCityCode: row.receivingCityCode,
      actorOrgId: row.receivingOrgId,
      channel: 'window',
    };
  return {
    actorRole: 'case_officer',
    actorCityCode: actor.cityCode,
    actorOrgId: row.decidingOrgId,
    channel: 'online',
  };
}

function encodeCursor(row: CaseRow): string {
  return Buffer.from(JSON.stringify([row.submittedAt.toISOString(), row.id])).toString('base64url');
}

function decodeCursor(cursor: string | undefined): ListCursor | null {
  if (!cursor) return null;
  try {
    const [at, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [string, string];
    const submittedAt = new Date(at);
    if (Number.isNaN(submittedAt.getTime()) || typeof id !== 'string' || !/^[0-9a-f-]{36}$/.test(id)) {
      throw new Error('bad cursor');
    }
    return { submittedAt, id };
  } catch {
    throw platformErrors.badRequest();
  }
}

/** The case engine of the walking skeleton: apply online, accept, decide, follow. */
export function createCasesService(deps: CasesDeps) {
  const { database, repository, catalog, directory, identity, calendar, materials } = deps;
  const now = deps.now ?? (() => new Date());
  const warningDays = deps.deadlineWarningDays ?? DEFAULT_WARNING_DAYS;
  const worklist = createWorklist({ repository, directory });
  const itemNames = createItemNameCache();

  /** Names for views, looked up once per transaction. */
  function namer(tx: Tx) {
    const cache = new Map<string, Promise<string>>();
    const once = (key: string, load: () => Promise<string>) => {
      let value = cache.get(key);
      if (!value) {
        value = load();
        cache.set(key, value);
      }
      return value;
    };
    let lights: Promise<LightDates> | undefined;
    return {
      /** Today's deadline light dates, read once per transaction. */
      lights: () => (lights ??= lightDatesOn(tx, calendar, now(), warningDays)),
      item: (code: string) =>
        once(`i:${code}`, () =>
          itemNames(code, async () => (await catalog.findItem(tx, code))?.name ?? code),
        ),
      city: (code: string) =>
        once(`c:${code}`, async () => (await directory.findCity(tx, code))?.name ?? code),
      org: (id: string) =>
        once(`o:${id}`, async () => (await directory.findOrganisation(tx, id))?.name ?? ''),
    };
  }

  async function toSummary(
    names: ReturnType<typeof namer>,
    row: CaseRow,
    relation: CaseRelation,
  ): Promise<CaseSummary> {
    return {
      id: row.id,
      caseNumber: row.caseNumber,
      itemCode: row.itemCode,
      itemName: await names.item(row.itemCode),
      cityCode: row.cityCode,
      cityName: await names.city(row.cityCode),
      receivingCityCode: row.receivingCityCode,
      receivingOrgName: row.receivingOrgId ? await names.org(row.receivingOrgId) : null,
      decidingOrgName: await names.org(row.decidingOrgId),
      channel: row.channel,
      status: row.status,
      applicantName: seesPersonalDataInFull(relation) ? row.applicantName : maskName(row.applicantName),
      promisedDays: row.promisedDays,
      dueDate: row.dueDate,
      submittedAt: row.submittedAt.toISOString(),
      decidedAt: row.decidedAt?.toISOString() ?? null,
      light: lightOf(row, await names.lights()),
    };
  }

  /** The promised deadline from acceptance, counting working days and skipping 补正 pauses. */
  async function deadlineOf(tx: Tx, row: CaseRow, events: CaseEventRow[]) {
    if (!row.acceptedAt) return null;
    const { pauses, paused } = supplementPauses(events, now());
    const computation = await calendar.dueDate(tx, { start: row.acceptedAt, days: row.promisedDays, pauses });
    return { computation, paused };
  }

  async function toDetail(tx: Tx, row: CaseRow, relation: CaseRelation): Promise<CaseDetail> {
    const full = seesPersonalDataInFull(relation);
    const events = await repository.listEvents(tx, row.id);
    const pending = lastSupplementRequest(events);
    const clock = await deadlineOf(tx, row, events);
    return {
      ...(await toSummary(namer(tx), row, relation)),
      // The handling officer needs the applicant's name; ID number and mobile stay masked.
      applicantName: row.applicantName,
      queryCode: row.queryCode,
      implementationVersion: row.implementationVersion,
      applicantKind: row.applicantKind,
      applicantIdNumber:
        row.applicantIdNumber && (full ? row.applicantIdNumber : maskIdNumber(row.applicantIdNumber)),
      applicantCreditCode: row.applicantCreditCode,
      applicantMobile: row.applicantMobile && (full ? row.applicantMobile : maskMobile(row.applicantMobile)),
      form: row.form,
      decisionReason: row.decisionReason,
      events: events.map((e) => ({
        seq: e.seq,
        type: e.type,
        fromStatus: e.fromStatus,
        toStatus: e.toStatus,
        actorRole: e.actorRole,
        actorCityCode: e.actorCityCode,
        channel: e.channel,
        note: e.note,
        details: e.details ?? null,
        createdAt: e.createdAt.toISOString(),
      })),
      allowedActions: offeredActions(row, relation).filter(isWebAction),
      ...(relation === 'receiving_clerk'
        ? {
            windowActions: offeredActions(row, relation).filter(
              (a): a is WindowCaseAction => !isWebAction(a) && !isOfficerAction(a),
            ),
          }
        : {}),
      ...(relation === 'deciding_officer'
        ? { officerActions: offeredActions(row, relation).filter(isOfficerAction) }
        : {}),
      pendingSupplement:
        row.status === 'supplement_requested' && pending
          ? {
              items: pending.details?.items ?? [],
              requestedAt: pending.createdAt.toISOString(),
              note: pending.note,
            }
          : null,
      delivery: row.deliveryMethod
        ? { method: row.deliveryMethod, trackingNumber: row.trackingNumber }
        : null,
      deadline: clock?.computation ?? null,
      clockPaused: clock?.paused ?? false,
      materials: await materials.list(tx, row.id),
    };
  }

  async function page(tx: Tx, rows: CaseRow[], actor: Actor): Promise<CaseList> {
    const names = namer(tx);
    const visible = rows.slice(0, repository.pageSize);
    const items = [];
    for (const row of visible) items.push(await toSummary(names, row, relationTo(actor, row) ?? 'observer'));
    const last = visible[visible.length - 1];
    return { items, nextCursor: rows.length > repository.pageSize && last ? encodeCursor(last) : null };
  }

  /** A worklist page as sent: summaries with lights, the next cursor, counts on the first page. */
  async function worklistView(tx: Tx, actor: Actor, result: WorklistPage): Promise<Worklist> {
    const names = namer(tx);
    const items = [];
    for (const row of result.rows)
      items.push(await toSummary(names, row, relationTo(actor, row) ?? 'observer'));
    const { yellowUntil } = await names.lights();
    return { items, nextCursor: result.nextCursor, counts: result.counts, order: result.order, yellowUntil };
  }

  /** The published implementation, and the form checked against it, with every field error located. */
  async function checkApplication(
    tx: Tx,
    application: { itemCode: string; cityCode: string; form: unknown },
  ) {
    const found = await catalog.findApplicableImplementation(tx, application.itemCode, application.cityCode);
    if (!found) throw casesErrors.itemNotAvailable();
    const parse = () => {
      const parsed = buildFormSchema(found.implementation.form).safeParse(application.form);
      if (parsed.success) return parsed.data as Record<string, string | number>;
      throw casesErrors.formInvalid({
        fieldErrors: parsed.error.issues.map((issue) => ({
          field: [
            'form',
            ...issue.path.map(String),
            ...(issue.code === 'unrecognized_keys' ? issue.keys : []),
          ].join('.'),
          code: issue.code === 'unrecognized_keys' ? 'request.unrecognized_key' : issue.message,
        })),
      });
    };
    return { ...found, parseForm: parse };
  }

  type Implementation = NonNullable<Awaited<ReturnType<CatalogModule['findApplicableImplementation']>>>;

  /** Numbers and writes a new case with its first event; both channels end here. */
  async function insertNewCase(
    tx: Tx,
    input: {
      found: Implementation;
      form: Record<string, string | number>;
      applicant: ApplicantProfile;
      mobile: string | null;
      intake: Pick<CaseRow, 'channel' | 'receivingCityCode' | 'receivingOrgId' | 'consentRecordedAt'>;
      event: Pick<
        CaseEventRow,
        'actorId' | 'actorRole' | 'actorCityCode' | 'actorOrgId' | 'channel' | 'note'
      > & {
        details: CaseEventDetails | null;
      };
      at: Date;
    },
  ): Promise<CaseRow> {
    const { item, implementation } = input.found;
    const city = await directory.findCity(tx, implementation.cityCode);
    if (!city || input.applicant.kind === 'staff') throw casesErrors.onlyApplicants();
    const year = businessYear(input.at);
    const sequence = await repository.nextCaseSequence(tx, city.code, year);
    const id = newId();
    await repository.insertCase(tx, {
      id,
      caseNumber: formatCaseNumber(city.casePrefix, year, sequence),
      queryCode: newQueryCode(),
      itemCode: item.code,
      implementationId: implementation.id,
      implementationVersion: implementation.version,
      cityCode: implementation.cityCode,
      decidingOrgId: implementation.orgId,
      ...input.intake,
      applicantId: input.applicant.accountId,
      applicantKind: input.applicant.kind,
      applicantName: input.applicant.displayName,
      applicantIdNumber: input.applicant.idNumber,
      applicantCreditCode: input.applicant.creditCode,
      applicantMobile: input.mobile,
      form: input.form,
      status: 'submitted',
      promisedDays: implementation.promisedDays,
      submittedAt: input.at,
      updatedAt: input.at,
    });
    await repository.insertEvent(tx, {
      caseId: id,
      seq: 1,
      cityCode: implementation.cityCode,
      type: 'submitted',
      fromStatus: null,
      toStatus: 'submitted',
      ...input.event,
      createdAt: input.at,
    });
    await enqueueEvent(tx, { type: 'case.event', payload: { caseId: id, seq: 1, type: 'submitted' } });
    const created = await repository.findCase(tx, id);
    if (!created) throw casesErrors.notFound();
    return created;
  }

  /** Validates and files one online application inside the caller's transaction. */
  async function fileApplication(tx: Tx, actor: Actor, application: Application): Promise<CaseDetail> {
    const found = await checkApplication(tx, application);
    const subjectFits =
      found.item.subject === 'both' || (found.item.subject === 'individual') === (actor.kind === 'citizen');
    if (!subjectFits) throw casesErrors.subjectMismatch();
    const form = found.parseForm();
    const profile = await identity.findApplicantProfile(tx, actor.userId);
    if (!profile || profile.kind === 'staff') throw casesErrors.onlyApplicants();
    const supplied = await materials.check(tx, {
      slots: slotsOfImplementation(found.implementation.materials),
      inputs: application.materials ?? [],
      supplierId: actor.userId,
      holder: holderOfProfile(profile),
    });
    const created = await insertNewCase(tx, {
      found,
      form,
      applicant: profile,
      mobile: profile.mobile,
      intake: {
        channel: 'online',
        receivingCityCode: found.implementation.cityCode,
        receivingOrgId: null,
        consentRecordedAt: null,
      },
      event: {
        actorId: actor.userId,
        actorRole: actor.kind,
        actorCityCode: null,
        actorOrgId: null,
        channel: 'online',
        note: null,
        details: null,
      },
      at: now(),
    });
    await materials.record(tx, supplied, { caseId: created.id, eventSeq: 1 });
    return toDetail(tx, created, 'applicant');
  }

  /** The clerk's service hall; a clerk granted to several halls files for the first. */
  async function hallOf(tx: Tx, actor: Actor) {
    for (const orgId of actor.orgIds) {
      const org = await directory.findOrganisation(tx, orgId);
      if (org?.kind === 'service_hall') return org;
    }
    throw casesErrors.onlyWindowClerks();
  }

  /**
   * 异地代收代办: files for the person at the clerk's window, in that person's account, with the
   * hall recorded as receiver and the clerk's checks as the first event; answers with the receipt.
   */
  async function fileAtWindow(
    tx: Tx,
    actor: Actor,
    application: WindowApplication,
    person: ApplicantProfile | null,
  ): Promise<CaseDetail> {
    const hall = await hallOf(tx, actor);
    const found = await checkApplication(tx, application);
    if (!mayReceiveAtWindow(hall.cityCode, found.implementation)) throw casesErrors.windowNotAllowed();
    if (found.item.subject === 'legal_person') throw casesErrors.subjectMismatch();
    if (!person || !matchesAccount(person, application.applicant.realName.trim()))
      throw casesErrors.applicantAccountNotFound();
    const form = found.parseForm();
    // What the clerk scanned, uploaded under the clerk's own account, for the person present.
    const supplied = await materials.check(tx, {
      slots: slotsOfImplementation(found.implementation.materials),
      inputs: application.materials ?? [],
      supplierId: actor.userId,
      holder: holderOfProfile(person),
    });
    const at = now();
    const created = await insertNewCase(tx, {
      found,
      form,
      applicant: person,
      // The number the person gave at the window is the one to call about this case.
      mobile: application.applicant.mobile.trim(),
      intake: {
        channel: 'window',
        receivingCityCode: hall.cityCode,
        receivingOrgId: hall.id,
        consentRecordedAt: at,
      },
      event: {
        actorId: actor.userId,
        actorRole: 'window_clerk',
        actorCityCode: hall.cityCode,
        actorOrgId: hall.id,
        channel: 'window',
        note: application.precheck.note?.trim() || null,
        details: {
          hallName: hall.name,
          clerkName: actor.displayName,
          precheck: { identityVerified: true, materialsChecked: true },
        },
      },
      at,
    });
    await materials.record(tx, supplied, { caseId: created.id, eventSeq: 1 });
    const detail = await toDetail(tx, created, 'receiving_clerk');
    const names = namer(tx);
    return {
      ...detail,
      receipt: {
        caseNumber: created.caseNumber,
        queryCode: created.queryCode,
        itemCode: created.itemCode,
        itemName: detail.itemName,
        decidingCityCode: created.cityCode,
        decidingCityName: detail.cityName,
        decidingOrgName: detail.decidingOrgName,
        receivingCityCode: hall.cityCode,
        receivingCityName: await names.city(hall.cityCode),
        receivingOrgName: hall.name,
        receivedAt: at.toISOString(),
        promisedDays: created.promisedDays,
        deliveryOptions: windowDeliveryOptions(found.implementation.delivery),
      },
    };
  }

  return {
    /** A citizen or enterprise applies online for an item decided by the chosen city's department. */
    async submitApplication({
      actor,
      application,
      claim,
    }: {
      actor: Actor;
      application: Application;
      claim: IdempotencyClaim;
    }): Promise<{ detail: CaseDetail; replayed: boolean }> {
      if (!canApply(actor)) throw casesErrors.onlyApplicants();
      return database.withActor(actor, async (tx) => {
        const outcome = await runIdempotent(tx, { accountId: actor.userId, claim }, async () => ({
          status: 201,
          body: await fileApplication(tx, actor, application),
        }));
        return { detail: outcome.body, replayed: outcome.replayed };
      });
    },

    /** A window clerk files for the person at the window (异地代收代办); answers with the 收件告知单. */
    async submitWindowApplication({
      actor,
      application,
      claim,
    }: {
      actor: Actor;
      application: WindowApplication;
      claim: IdempotencyClaim;
    }): Promise<{ detail: CaseDetail; replayed: boolean }> {
      if (!canReceiveAtWindow(actor)) throw casesErrors.onlyWindowClerks();
      // Looked up before the clerk's transaction opens: it reads as the owner in a transaction of
      // its own, and PGlite's single connection holds one transaction at a time.
      const person = await identity.findCitizenByIdNumber(application.applicant.idNumber);
      return database.withActor(actor, async (tx) => {
        const outcome = await runIdempotent(tx, { accountId: actor.userId, claim }, async () => ({
          status: 201,
          body: await fileAtWindow(tx, actor, application, person),
        }));
        return { detail: outcome.body, replayed: outcome.replayed };
      });
    },

    /** Cases received at the clerk's hall, to follow them and hand results over. */
    async listWindowWorklist({ actor, query }: { actor: Actor; query: WorklistQuery }): Promise<Worklist> {
      if (!canReceiveAtWindow(actor)) throw platformErrors.forbidden();
      return database.withActor(actor, async (tx) =>
        worklistView(tx, actor, await worklist.window(tx, actor, query, await namer(tx).lights())),
      );
    },

    /** A case the actor may see; anything else is "not found", whether it exists or not. */
    async getCase({ actor, caseId }: { actor: Actor; caseId: string }): Promise<CaseDetail> {
      return database.withActor(actor, async (tx) => {
        const row = await repository.findCase(tx, caseId);
        const relation = row && relationTo(actor, row);
        if (!row || !relation) throw casesErrors.notFound();
        // Staff opening the case in full leave a record the applicant can read (data tracker).
        await recordCaseView(tx, { actor, viewedCase: row, relation, seen: 'case_detail', at: now() });
        return toDetail(tx, row, relation);
      });
    },

    async listMyCases({ actor, cursor }: { actor: Actor; cursor?: string }): Promise<CaseList> {
      if (!canApply(actor)) throw platformErrors.forbidden();
      const after = decodeCursor(cursor);
      return database.withActor(actor, async (tx) =>
        page(tx, await repository.listByApplicant(tx, actor.userId, after), actor),
      );
    },

    /** Cases routed to the officer's departments. */
    async listWorklist({ actor, query }: { actor: Actor; query: WorklistQuery }): Promise<Worklist> {
      if (!canUseWorklist(actor)) throw platformErrors.forbidden();
      return database.withActor(actor, async (tx) =>
        worklistView(tx, actor, await worklist.department(tx, actor, query, await namer(tx).lights())),
      );
    },

    /** Accept, refuse to accept, grant or refuse; each appends one event in the same transaction. */
    async takeAction({
      actor,
      caseId,
      request,
      tx: outer,
    }: {
      actor: Actor;
      caseId: string;
      request: CaseActionRequest;
      /** The caller's transaction (a bulk action's savepoint); a transaction of its own otherwise. */
      tx?: Tx;
    }): Promise<CaseDetail> {
      const run = async (tx: Tx) => {
        const visible = await repository.findCase(tx, caseId);
        const relation = visible && relationTo(actor, visible);
        if (!visible || !relation) throw casesErrors.notFound();
        if (!actionIsFor(request.action, relation)) throw platformErrors.forbidden();
        // Locked only once the actor may act: FOR UPDATE needs the update policy to pass too.
        const row = await repository.findCase(tx, caseId, { forUpdate: true });
        // The window's update policy admits only a result awaiting collection; the clerk sees the
        // case, so a refused lock means the case is not in that state.
        if (!row)
          throw relation === 'receiving_clerk' ? casesErrors.transitionNotAllowed() : casesErrors.notFound();
        const events = await repository.listEvents(tx, row.id);
        const resumeTo = lastSupplementRequest(events)?.fromStatus as CaseStatusName | undefined;
        const to = nextStatus(row.status, request.action, relation, resumeTo);
        if (!to || !fitsDelivery(row, request.action)) throw casesErrors.transitionNotAllowed();
        // A 补正 is answered with files for the items it listed, all checked before anything changes.
        const supplied =
          request.action === 'supplement' && request.materials?.length
            ? await materials.check(tx, {
                slots: slotsOfSupplement(lastSupplementRequest(events)?.details?.items ?? []),
                inputs: request.materials,
                supplierId: actor.userId,
                holder: holderOfCase(row),
                caseId: row.id,
              })
            : null;
        const at = now();
        const reason = request.reason?.trim() || null;
        await repository.updateStatus(tx, row.id, {
          status: to,
          updatedAt: at,
          ...(to === 'accepted' ? { acceptedAt: at } : {}),
          ...(['granted', 'refused', 'not_accepted'].includes(to)
            ? { decidedAt: at, decisionReason: reason }
            : {}),
          ...(request.action === 'deliver'
            ? { deliveryMethod: request.method ?? null, trackingNumber: request.trackingNumber ?? null }
            : {}),
        });
        const details: CaseEventDetails | null =
          request.action === 'request_supplement'
            ? { items: request.items ?? [] }
            : request.action === 'deliver'
              ? {
                  ...(request.method ? { method: request.method } : {}),
                  ...(request.trackingNumber ? { trackingNumber: request.trackingNumber } : {}),
                }
              : request.action === 'hand_over' && row.receivingOrgId
                ? {
                    hallName: await namer(tx).org(row.receivingOrgId),
                    clerkName: actor.displayName,
                  }
                : null;
        await repository.insertEvent(tx, {
          caseId: row.id,
          seq: (events[events.length - 1]?.seq ?? 0) + 1,
          cityCode: row.cityCode,
          type: request.action,
          fromStatus: row.status,
          toStatus: to,
          actorId: actor.userId,
          ...eventActor(actor, relation, row),
          note: reason,
          details,
          createdAt: at,
        });
        await enqueueEvent(tx, {
          type: 'case.event',
          payload: { caseId: row.id, seq: (events[events.length - 1]?.seq ?? 0) + 1, type: request.action },
        });
        if (supplied)
          await materials.record(tx, supplied, {
            caseId: row.id,
            eventSeq: (events[events.length - 1]?.seq ?? 0) + 1,
          });
        const updated = await repository.findCase(tx, row.id);
        if (!updated) throw casesErrors.notFound();
        const clock = await deadlineOf(tx, updated, await repository.listEvents(tx, row.id));
        if (clock && clock.computation.dueDate !== updated.dueDate) {
          await repository.updateStatus(tx, row.id, {
            status: updated.status,
            updatedAt: at,
            dueDate: clock.computation.dueDate,
          });
          updated.dueDate = clock.computation.dueDate;
        }
        return toDetail(tx, updated, relation);
      };
      return outer ? run(outer) : database.withActor(actor, run);
    },

    /** An uploaded material's file, for whoever may read the case (staff preview, the applicant). */
    async openMaterial({ actor, caseId, materialId }: { actor: Actor; caseId: string; materialId: string }) {
      const { row, sha256 } = await database.withActor(actor, async (tx) => {
        const visible = await repository.findCase(tx, caseId);
        const relation = visible && relationTo(actor, visible);
        if (!visible || !relation) throw casesErrors.notFound();
        const opened = await materials.open(tx, caseId, materialId);
        // A preview shows the applicant's document itself: it belongs in their data tracker.
        await recordCaseView(tx, {
          actor,
          viewedCase: visible,
          relation,
          seen: 'material_preview',
          seenRef: materialId,
          at: now(),
        });
        return opened;
      });
      return { material: toMaterialView(row), sha256, content: await materials.openContent(sha256) };
    },
  };
}

export type CasesService = ReturnType<typeof createCasesService>;
