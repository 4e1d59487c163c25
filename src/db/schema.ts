// Row types of every table. Timestamps are ISO-8601 UTC text and dates are YYYY-MM-DD text
// on both databases, booleans are 0/1 integers: one representation, one query code
// (docs/decisions/0002-one-schema-two-databases.md).
//
// Tables that grow with a region carry region_id (the top organization of the hierarchy the
// row belongs to) and lead their primary key with it, so that on Citus they can be
// distributed by region and co-located (docs/decisions/0004-citus-region-key.md).

export interface OrganizationTable {
  region_id: string;
  id: string;
  parent_id: string | null;
  path: string; // "/rootid/childid/.../id/" — fixed-width segments
  depth: number; // 0 for the region root
  level: string; // province | city | county | township | village | unit
  type: string;
  code: string;
  name: string;
  aliases: string; // JSON array of strings
  search_text: string; // lower-cased name, aliases and code joined, for search
  sort_order: number;
  active: number;
  created_at: string;
  updated_at: string;
  deactivated_at: string | null;
}

export interface CampaignTable {
  region_id: string;
  id: string;
  org_id: string; // the campaign's top organization
  name: string;
  batch: number;
  starts_on: string;
  ends_on: string;
  created_at: string;
  updated_at: string;
}

export interface CampaignExclusionTable {
  region_id: string;
  campaign_id: string;
  org_id: string;
}

export interface CampaignPhaseTable {
  region_id: string;
  campaign_id: string;
  phase: string; // listen | examine | rectify
  position: number;
  starts_on: string;
  ends_on: string;
}

export interface CampaignActionTable {
  region_id: string;
  id: string;
  campaign_id: string;
  phase: string;
  template_key: string | null;
  title: string;
  required: number;
  position: number;
  due_on: string | null;
  created_at: string;
}

export interface UnitItemTable {
  region_id: string;
  campaign_id: string;
  action_id: string;
  org_id: string;
  org_path: string; // copy of the unit's path so roll-ups need no join; kept in step on move
  status: string; // not_started | in_progress | done
  note: string;
  attachment_name: string | null;
  attachment_type: string | null;
  attachment_data: Uint8Array | null;
  updated_at: string;
  updated_by: string;
}

export interface UserTable {
  id: string;
  username: string;
  mobile: string | null;
  name: string;
  org_id: string;
  region_id: string;
  position: string;
  password_hash: string;
  active: number;
  failed_logins: number;
  locked_until: string | null;
  locale: string;
  created_at: string;
  updated_at: string;
}

export interface RoleAssignmentTable {
  id: string;
  user_id: string;
  role: string;
  org_id: string;
  org_path: string;
  region_id: string;
  supervision_group_id: string | null;
  created_at: string;
}

export interface SupervisionGroupTable {
  region_id: string;
  id: string;
  campaign_id: string;
  org_id: string; // the level that sends the group
  name: string;
  created_at: string;
}

export interface SupervisionAssignmentTable {
  region_id: string;
  group_id: string;
  org_id: string;
  org_path: string;
}

export interface SessionTable {
  token_hash: string;
  user_id: string;
  created_at: string;
  expires_at: string;
  last_seen_at: string;
}

export interface AuditLogTable {
  region_id: string;
  seq: number;
  at: string;
  actor_id: string | null;
  actor_name: string;
  action: string;
  target_type: string;
  target_id: string;
  org_path: string | null;
  before_json: string | null;
  after_json: string | null;
  prev_hash: string;
  hash: string;
}

export interface AuditChainHeadTable {
  region_id: string;
  seq: number;
  hash: string;
}

export interface SettingTable {
  key: string;
  value: string;
}

export interface SolicitationTable {
  region_id: string;
  id: string;
  campaign_id: string;
  org_id: string;
  org_path: string;
  title: string;
  description: string;
  starts_on: string;
  ends_on: string;
  audiences: string; // JSON array
  channels: string; // JSON array
  target_kind: string; // leadership | leader | unit
  target_label: string;
  created_at: string;
  updated_at: string;
}

export interface SolicitationLetterTable {
  region_id: string;
  id: string;
  solicitation_id: string;
  recipient_name: string;
  recipient_unit: string;
  position: number;
  token_hash: string;
  created_at: string;
  responded_at: string | null;
}

export interface SymposiumTable {
  region_id: string;
  id: string;
  campaign_id: string;
  solicitation_id: string | null;
  org_id: string;
  org_path: string;
  held_on: string;
  host: string;
  attendance: string; // JSON {category: count}
  notes: string;
  created_at: string;
}

export interface OpinionTable {
  region_id: string;
  id: string;
  campaign_id: string;
  org_id: string;
  org_path: string;
  solicitation_id: string | null;
  symposium_id: string | null;
  channel: string;
  target_kind: string;
  target_label: string;
  body: string;
  body_redacted: string;
  category: string | null;
  suggested_category: string | null;
  suggestion_confidence: number | null;
  suggestion_terms: string | null;
  cluster_id: string | null;
  status: string;
  merged_into: string | null;
  anonymous: number;
  contact_name: string | null;
  contact_phone: string | null;
  contact_email: string | null;
  receipt_hash: string | null;
  external_source: string | null;
  external_key: string | null;
  received_on: string;
  received_at: string | null;
  entered_by: string | null;
  disclosed: number;
  disclosure_text: string | null;
  disclosure_action: string | null;
  updated_at_day: string;
  suggested_org_id: string | null; // routing suggestion: the unit the text names, else the chosen one
  routed_at: string | null; // when staff last routed it: a suggestion never moves it back (migration 0013)
  org_category_id: string | null; // the organization's own category, when it has a list
  triaged_by: string | null;
  triaged_at: string | null;
  signature: Uint8Array | null; // near-duplicate signature (src/modules/triage/duplicates.ts)
}

export interface OpinionCategoryTable {
  region_id: string;
  id: string;
  org_id: string;
  org_path: string;
  name: string;
  wind: string | null;
  position: number;
  active: number;
  created_at: string;
}

export interface TriageLabelTable {
  region_id: string;
  id: string;
  campaign_id: string;
  opinion_id: string;
  wind: string | null;
  org_category_id: string | null;
  suggested: string | null;
  actor_id: string;
  at: string;
}

export interface TriageRunTable {
  region_id: string;
  id: string;
  campaign_id: string;
  status: string;
  total: number;
  done: number;
  failed: number;
  errors: string | null;
  started_by: string;
  started_at: string;
  finished_at: string | null;
  /** The unit whose subtree the run covered (null: a run recorded before it was kept, with no audit entry to say). */
  org_id: string | null;
  /**
   * The executing process's last sign of life (runs.ts RUN_HEARTBEAT_MS); a running run whose heartbeat is older than
   * RUN_STALE_AFTER_MS is a stopped process's. Null: written by a version without heartbeats (migration 0011).
   */
  heartbeat_at: string | null;
}

/** A merge's members as they were before it (migration 0012): what its undo gives back; deleted with the undo. */
export interface TriageMergeMemberTable {
  region_id: string;
  /** The merge's id, named by its audit entry (before.mergeId). */
  merge_id: string;
  opinion_id: string;
  /** The opinion's cluster before the merge. */
  cluster_id: string;
}

export interface OpinionEventTable {
  region_id: string;
  id: string;
  opinion_id: string;
  seq: number;
  on_day: string;
  at: string | null;
  actor_id: string | null;
  actor_name: string;
  kind: string;
  from_status: string | null;
  to_status: string | null;
  text: string;
}

export interface OpinionAttachmentTable {
  region_id: string;
  id: string;
  opinion_id: string;
  name: string;
  type: string;
  size: number;
  data: Uint8Array;
}

export interface NotificationTable {
  region_id: string;
  id: string;
  opinion_id: string;
  channel: string;
  recipient: string;
  body: string;
  status: string;
  attempts: number;
  last_error: string | null;
  created_at: string;
  sent_at: string | null;
}

export interface GatewayKeyTable {
  id: string;
  kind: string;
  name: string;
  secret: string;
  campaign_id: string;
  region_id: string;
  active: number;
  created_at: string;
}

// Rectification (src/modules/rectify; migration 20261202-0005-rectify).
export interface RectifySettingTable {
  region_id: string;
  campaign_id: string;
  reopen_below_percent: number;
  reopen_min_ratings: number;
  updated_at: string;
}

export interface RectifyPlanTable {
  region_id: string;
  id: string;
  campaign_id: string;
  org_id: string;
  org_path: string;
  kind: string; // leadership | member
  member_name: string | null;
  member_user_id: string | null;
  title: string;
  created_at: string;
  updated_at: string;
}

export interface RectifyProblemTable {
  region_id: string;
  id: string;
  campaign_id: string;
  org_id: string;
  org_path: string;
  plan_id: string | null;
  source: string;
  wind: string;
  org_category_id: string | null;
  description: string;
  target_kind: string;
  target_label: string;
  target_user_id: string | null;
  severity: number;
  immediate: number;
  status: string;
  disclosed_version: number;
  created_by: string;
  created_at: string;
  updated_at: string;
}

export interface RectifyProblemOpinionTable {
  region_id: string;
  problem_id: string;
  opinion_id: string;
}

export interface RectifyMeasureTable {
  region_id: string;
  id: string;
  campaign_id: string;
  problem_id: string;
  org_id: string;
  org_path: string;
  text: string;
  owner_org_id: string;
  owner_org_path: string;
  owner_user_id: string;
  owner_name: string;
  starts_on: string;
  due_on: string;
  status: string;
  last_progress: string;
  last_progress_on: string | null;
  verified_on: string | null;
  verified_by: string | null;
  reminded_for: string | null;
  escalated_on: string | null;
  rating_round: number;
  position: number;
  created_at: string;
  updated_at: string;
}

export interface RectifyMilestoneTable {
  region_id: string;
  id: string;
  measure_id: string;
  title: string;
  due_on: string;
  done: number;
  done_on: string | null;
  position: number;
}

export interface RectifyMeasureEventTable {
  region_id: string;
  id: string;
  measure_id: string;
  seq: number;
  at: string;
  actor_id: string | null;
  actor_name: string;
  kind: string;
  from_status: string | null;
  to_status: string | null;
  text: string;
}

export interface RectifyEvidenceTable {
  region_id: string;
  id: string;
  measure_id: string;
  event_id: string;
  name: string;
  type: string;
  size: number;
  data: Uint8Array;
}

export interface RectifyDisclosureTable {
  region_id: string;
  problem_id: string;
  version: number;
  campaign_id: string;
  org_id: string;
  org_path: string;
  published_at: string;
  content: string;
  prev_hash: string;
  hash: string;
  is_latest: number;
}

export interface RectifyRatingTallyTable {
  region_id: string;
  measure_id: string;
  round: number;
  satisfied: number;
  basically: number;
  dissatisfied: number;
}

export interface RectifyRatingGuardTable {
  region_id: string;
  measure_id: string;
  round: number;
  guard: string;
}

export interface RectifyDriveTable {
  region_id: string;
  id: string;
  campaign_id: string;
  org_id: string;
  org_path: string;
  name: string;
  description: string;
  created_at: string;
}

export interface RectifyDriveCounterTable {
  region_id: string;
  id: string;
  drive_id: string;
  kind: string;
  label: string;
  unit: string;
  position: number;
}

export interface RectifyDriveEntryTable {
  region_id: string;
  id: string;
  drive_id: string;
  counter_id: string;
  org_id: string;
  org_path: string;
  kind: string; // value | baseline
  value: number;
  on_day: string;
  note: string;
  entered_by: string;
  created_at: string;
}

export interface RectifyRuleTable {
  region_id: string;
  id: string;
  campaign_id: string;
  org_id: string;
  org_path: string;
  title: string;
  decision: string;
  owner: string;
  owner_user_id: string | null;
  due_on: string | null;
  status: string;
  note: string;
  created_at: string;
  updated_at: string;
}

export interface RectifyRuleProblemTable {
  region_id: string;
  rule_id: string;
  problem_id: string;
}

export interface RectifyCommitmentTable {
  region_id: string;
  id: string;
  campaign_id: string;
  org_id: string;
  org_path: string;
  person_name: string;
  person_user_id: string | null;
  person_title: string;
  text: string;
  published: number;
  status: string;
  created_at: string;
  updated_at: string;
}

export interface UserNotificationTable {
  region_id: string;
  id: string;
  user_id: string;
  kind: string;
  title: string;
  body: string;
  target_type: string;
  target_id: string;
  created_at: string;
  read_at: string | null;
  email_to: string | null;
  email_status: string | null;
  email_attempts: number;
  email_error: string | null;
}

export interface UserEmailTable {
  user_id: string;
  email: string;
  updated_at: string;
}

export interface Database {
  organizations: OrganizationTable;
  campaigns: CampaignTable;
  campaign_exclusions: CampaignExclusionTable;
  campaign_phases: CampaignPhaseTable;
  campaign_actions: CampaignActionTable;
  unit_items: UnitItemTable;
  users: UserTable;
  role_assignments: RoleAssignmentTable;
  supervision_groups: SupervisionGroupTable;
  supervision_assignments: SupervisionAssignmentTable;
  sessions: SessionTable;
  audit_log: AuditLogTable;
  audit_chain_heads: AuditChainHeadTable;
  settings: SettingTable;
  solicitations: SolicitationTable;
  solicitation_letters: SolicitationLetterTable;
  symposiums: SymposiumTable;
  opinions: OpinionTable;
  opinion_events: OpinionEventTable;
  opinion_attachments: OpinionAttachmentTable;
  notifications: NotificationTable;
  gateway_keys: GatewayKeyTable;
  opinion_categories: OpinionCategoryTable;
  triage_labels: TriageLabelTable;
  triage_runs: TriageRunTable;
  triage_merge_members: TriageMergeMemberTable;
  rectify_settings: RectifySettingTable;
  rectify_plans: RectifyPlanTable;
  rectify_problems: RectifyProblemTable;
  rectify_problem_opinions: RectifyProblemOpinionTable;
  rectify_measures: RectifyMeasureTable;
  rectify_milestones: RectifyMilestoneTable;
  rectify_measure_events: RectifyMeasureEventTable;
  rectify_evidence: RectifyEvidenceTable;
  rectify_disclosures: RectifyDisclosureTable;
  rectify_rating_tallies: RectifyRatingTallyTable;
  rectify_rating_guards: RectifyRatingGuardTable;
  rectify_drives: RectifyDriveTable;
  rectify_drive_counters: RectifyDriveCounterTable;
  rectify_drive_entries: RectifyDriveEntryTable;
  rectify_rules: RectifyRuleTable;
  rectify_rule_problems: RectifyRuleProblemTable;
  rectify_commitments: RectifyCommitmentTable;
  user_notifications: UserNotificationTable;
  user_emails: UserEmailTable;
}

