// Types of the Massline HTTP API (same-origin, under /api). One place, shared by every feature.
// The domain's code names come from the server's own model files, so the two cannot drift.
import { ROLES } from '../../../src/modules/authz/roles';
import { LEVELS, ORG_TYPES } from '../../../src/modules/organizations/model';
import { PHASES } from '../../../src/modules/campaigns/plan-template';
import { AUDIENCES, CATEGORIES, CHANNELS, OFFLINE_CHANNELS, STATUSES as OPINION_STATUSES, TARGET_KINDS, TRANSITIONS as OPINION_TRANSITIONS } from '../../../src/modules/opinions/model';

export { AUDIENCES, CATEGORIES, CHANNELS, LEVELS, OFFLINE_CHANNELS, OPINION_STATUSES, OPINION_TRANSITIONS, ORG_TYPES, PHASES, ROLES, TARGET_KINDS };

export type Id = string;

export type Role = (typeof ROLES)[number];

export type OrgType = (typeof ORG_TYPES)[number];

export type Level = (typeof LEVELS)[number];

export type Phase = (typeof PHASES)[number];

export const ITEM_STATUSES = ['not_started', 'in_progress', 'done'] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];

/** Body of every 4xx/5xx answer. `message` is already in the caller's language. */
export interface ApiErrorBody {
  code: string;
  message: string;
  details?: unknown;
}

export interface IdName {
  id: Id;
  name: string;
}

// ---------- auth ----------
export interface RoleGrant {
  id: Id;
  role: Role;
  orgId: Id;
  orgName: string;
}

export interface MeCan {
  manageOrgs: boolean;
  manageUsers: boolean;
  readAudit: boolean;
  createCampaign: boolean;
}

export interface Me {
  id: Id;
  username: string;
  name: string;
  orgId: Id;
  orgName: string;
  locale: string;
  roles: RoleGrant[];
  can: MeCan;
}

export interface MeResponse {
  user: Me;
}

export interface LoginRequest {
  login: string;
  password: string;
}

export interface ChangePasswordRequest {
  current: string;
  next: string;
}

// ---------- organizations ----------
export interface OrgNode {
  id: Id;
  code: string;
  name: string;
  type: OrgType;
  level: Level;
  active: boolean;
  childCount: number;
  aliases: string[];
  sortOrder: number;
  can: { manage: boolean };
}

export interface OrgDetail extends OrgNode {
  parentId: Id | null;
  path: string;
  createdAt: string;
  updatedAt: string;
  deactivatedAt: string | null;
}

export interface OrgListResponse {
  items: OrgNode[];
}

export interface OrgDetailResponse {
  org: OrgDetail;
  ancestors: IdName[];
  subtreeCount: number;
}

export interface OrgSearchItem extends OrgNode {
  pathNames: string[];
}

export interface OrgSearchResponse {
  items: OrgSearchItem[];
}

export interface CreateOrgRequest {
  parentId: Id;
  code: string;
  name: string;
  type: OrgType;
  aliases?: string[];
  sortOrder?: number;
}

export interface UpdateOrgRequest {
  name?: string;
  code?: string;
  type?: OrgType;
  aliases?: string[];
  sortOrder?: number;
}

export interface OrgResponse {
  org: OrgDetail;
}

export interface MoveOrgResponse {
  org: OrgDetail;
  moved: number;
}

export interface OrgStateChangeResponse {
  org: OrgDetail;
  changed: number;
}

export type ImportStatus = 'validating' | 'writing' | 'done' | 'failed';

export interface ImportRowError {
  row: number;
  field: string;
  message: string;
}

export interface ImportJob {
  status: ImportStatus;
  total: number;
  done: number;
  created: number;
  errors: ImportRowError[];
  message?: string;
}

export interface ImportStartResponse {
  jobId: string;
}

// ---------- campaigns ----------
export interface CampaignSummary {
  id: Id;
  name: string;
  batch: number | string;
  startsOn: string;
  endsOn: string;
  org: IdName;
  currentPhase: Phase | null;
  can: { manage: boolean };
}

export interface CampaignListResponse {
  items: CampaignSummary[];
}

export interface CampaignAction {
  id: Id;
  title: string;
  required: boolean;
  dueOn: string | null;
  position: number;
}

export interface CampaignPhase {
  phase: Phase;
  startsOn: string;
  endsOn: string;
  actions: CampaignAction[];
}

export interface Campaign {
  id: Id;
  name: string;
  batch: number | string;
  startsOn: string;
  endsOn: string;
  org: IdName;
  currentPhase: Phase | null;
  participatingCount: number;
  exclusions: IdName[];
  phases: CampaignPhase[];
  can: { manage: boolean; updateItems: boolean; enterOpinions: boolean; manageSolicitations: boolean };
}

export interface CampaignResponse {
  campaign: Campaign;
}

/** Dates of one phase, as sent when creating or editing a campaign. */
export interface PhaseDates {
  phase: Phase;
  startsOn: string;
  endsOn: string;
}

export interface CreateCampaignRequest {
  orgId: Id;
  name: string;
  batch: number;
  startsOn: string;
  endsOn: string;
  /** Exactly three (one per phase) when given; left out, the server splits the period. */
  phases?: PhaseDates[];
  excludedOrgIds?: Id[];
  useTemplate?: boolean;
}

export interface UpdateCampaignRequest {
  name?: string;
  batch?: number;
  startsOn?: string;
  endsOn?: string;
  phases?: PhaseDates[];
}

/** Answer of POST /api/campaigns (201) and PATCH /api/campaigns/:id. */
export interface CampaignSummaryResponse {
  campaign: CampaignSummary;
}

export interface SetExclusionsRequest {
  orgIds: Id[];
}

export interface OkResponse {
  ok: boolean;
}

export interface CreateActionRequest {
  phase: Phase;
  title: string;
  required: boolean;
  dueOn?: string | null;
}

export interface UpdateActionRequest {
  title?: string;
  required?: boolean;
  dueOn?: string | null;
}

export interface MatrixCell {
  actionId: Id;
  done: number;
  inProgress: number;
  total: number;
  percent: number;
}

export interface MatrixAction {
  id: Id;
  title: string;
  phase: Phase;
  required: boolean;
}

export interface MatrixRow {
  org: { id: Id; name: string; type: OrgType; childCount: number };
  units: number;
  cells: MatrixCell[];
}

export interface MatrixResponse {
  org: IdName;
  ancestors: IdName[];
  actions: MatrixAction[];
  rows: MatrixRow[];
  totals: MatrixCell[];
}

export interface UnitItem {
  actionId: Id;
  status: ItemStatus;
  note: string | null;
  attachmentName: string | null;
  updatedAt: string | null;
  updatedBy: string | null;
}

export interface UnitItemsResponse {
  items: UnitItem[];
  can: { update: boolean };
}

export interface UpdateItemRequest {
  status: ItemStatus;
  note: string;
}

// ---------- supervision ----------
export interface SupervisionGroup {
  id: Id;
  name: string;
  /** The sending organization. */
  org: IdName;
  units: IdName[];
  members: number;
  can: { manage: boolean };
}

export interface SupervisionGroupListResponse {
  items: SupervisionGroup[];
}

export interface CreateSupervisionGroupRequest {
  name: string;
  orgId: Id;
  unitIds: Id[];
}

export interface CreateSupervisionGroupResponse {
  id: Id;
}

export interface SetGroupUnitsRequest {
  unitIds: Id[];
}

// ---------- users ----------
export interface UserRole {
  id: Id;
  role: Role;
  orgId: Id;
  orgName: string;
  supervisionGroupId: Id | null;
}

export interface User {
  id: Id;
  username: string;
  name: string;
  mobile: string | null;
  org: IdName;
  position: string | null;
  active: boolean;
  roles: UserRole[];
  can: { manage: boolean };
}

export interface UserListResponse {
  items: User[];
}

export interface CreateUserRequest {
  username: string;
  name: string;
  mobile?: string;
  orgId: Id;
  position?: string;
  password: string;
}

export interface UpdateUserRequest {
  name?: string;
  mobile?: string;
  position?: string;
  active?: boolean;
}

export interface AddRoleRequest {
  role: Role;
  orgId: Id;
  supervisionGroupId?: Id;
}

// ---------- audit ----------
export interface AuditEntry {
  regionId: string;
  seq: number;
  at: string;
  actorName: string | null;
  action: string;
  targetType: string;
  targetId: string;
  before: unknown;
  after: unknown;
}

/** Opaque cursor for the next page (passed back as `before`). */
export type AuditCursor = string | number;

export interface AuditResponse {
  items: AuditEntry[];
  next: AuditCursor | null;
}

// ---------- opinions (意见建议) ----------
export type Channel = (typeof CHANNELS)[number];

export type OfflineChannel = (typeof OFFLINE_CHANNELS)[number];

export type OpinionStatus = (typeof OPINION_STATUSES)[number];

export type Category = (typeof CATEGORIES)[number];

export type TargetKind = (typeof TARGET_KINDS)[number];

export interface OpinionContact {
  name: string | null;
  phone: string | null;
  email: string | null;
}

export interface Opinion {
  id: Id;
  campaignId: Id;
  org: IdName;
  solicitationId: Id | null;
  channel: Channel;
  targetKind: TargetKind;
  targetLabel: string;
  body: string;
  category: Category | null;
  status: OpinionStatus;
  mergedInto: Id | null;
  anonymous: boolean;
  /** Present only for staff who may handle the opinion, and never for anonymous ones. */
  contact: OpinionContact | null;
  receivedOn: string;
  receivedAt: string | null;
  enteredBy: string | null;
  disclosed: boolean;
  disclosureText: string | null;
  disclosureAction: string | null;
  can: { handle: boolean };
}

export interface OpinionListResponse {
  items: Opinion[];
  total: number;
}

export interface OpinionListQuery {
  solicitationId?: Id;
  channel?: Channel;
  status?: OpinionStatus;
  orgId?: Id;
  from?: string;
  to?: string;
  q?: string;
  anonymous?: boolean;
  limit?: number;
  offset?: number;
}

export interface OpinionEvent {
  seq: number;
  day: string;
  at: string | null;
  actorName: string;
  kind: 'status' | 'reply' | 'info' | string;
  fromStatus: OpinionStatus | null;
  toStatus: OpinionStatus | null;
  text: string;
}

export interface OpinionAttachment {
  id: Id;
  name: string;
  type: string;
  size: number;
}

export interface OpinionDetailResponse {
  opinion: Opinion;
  events: OpinionEvent[];
  attachments: OpinionAttachment[];
}

export interface OpinionResponse {
  opinion: Opinion;
}

export interface CreateOpinionRequest {
  orgId: Id;
  channel: OfflineChannel;
  body: string;
  targetKind: TargetKind;
  targetLabel?: string;
  solicitationId?: Id | null;
  anonymous: boolean;
  receivedOn?: string;
  contact?: { name: string; phone?: string | null; email?: string | null } | null;
}

export interface TransitionOpinionRequest {
  to: OpinionStatus;
  reply?: string;
  mergedInto?: Id;
  category?: Category | null;
}

export interface DisclosureRequest {
  disclosed: boolean;
  text?: string;
  action?: string;
  category?: Category | null;
}

export interface OpinionImportResponse {
  created: number;
}

export interface OpinionCountsResponse {
  byChannel: Partial<Record<Channel, number>>;
  byStatus: Partial<Record<OpinionStatus, number>>;
  total: number;
  units: { org: IdName; count: number }[];
}

export interface Solicitation {
  id: Id;
  campaignId: Id;
  org: IdName;
  title: string;
  description: string;
  startsOn: string;
  endsOn: string;
  audiences: string[];
  channels: Channel[];
  targetKind: TargetKind;
  targetLabel: string;
  can: { manage: boolean };
}

export interface SolicitationListResponse {
  items: Solicitation[];
}

// ---------- solicitations (征求意见), letters (征求意见函), symposiums (座谈会) ----------
export type Audience = (typeof AUDIENCES)[number];

export interface SolicitationFields {
  title: string;
  description?: string;
  startsOn: string;
  endsOn: string;
  audiences: Audience[];
  channels: Channel[];
  targetKind: TargetKind;
  targetLabel: string;
}

export interface CreateSolicitationRequest extends SolicitationFields {
  orgId: Id;
}

/** PATCH /api/solicitations/:id: any of the fields (the unit cannot change). */
export type UpdateSolicitationRequest = Partial<SolicitationFields>;

export interface SolicitationResponse {
  solicitation: Solicitation;
}

export interface LettersRequest {
  recipients: { name: string; unit?: string }[];
}

/** A letter just created; `link` (relative, e.g. /portal.html#/letter/…) is returned only this once. */
export interface LetterCreated {
  id: Id;
  name: string;
  unit: string;
  link: string;
}

export interface LettersCreatedResponse {
  letters: LetterCreated[];
}

export interface Letter {
  id: Id;
  name: string;
  unit: string;
  respondedAt: string | null;
}

export interface LetterListResponse {
  items: Letter[];
}

export interface Symposium {
  id: Id;
  org: IdName;
  heldOn: string;
  host: string;
  attendance: Record<string, number>;
  notes: string;
  opinions: number;
}

export interface SymposiumListResponse {
  items: Symposium[];
}

export interface CreateSymposiumRequest {
  orgId: Id;
  solicitationId?: Id | null;
  heldOn: string;
  host: string;
  attendance: Record<string, number>;
  notes?: string;
  opinions: { body: string; targetKind: TargetKind; targetLabel?: string }[];
}

export interface SymposiumCreatedResponse {
  id: Id;
  opinions: number;
}
