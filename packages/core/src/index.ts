// The public surface of @kith/core. What is not exported here is private.

export type { Result } from "./result";
export { ok, fail } from "./result";

export type { Day, CalendarDate } from "./day";
export {
  parseDay,
  formatDay,
  formatDayShort,
  dayFromCalendar,
  calendarOfDay,
  addDays,
  addMonths,
  addYears,
  daysInMonth,
  isLeapYear,
  weekdayOf,
  dayToUtcDate,
  dayFromUtcDate,
} from "./day";

export type { Diagnostic, Severity } from "./diagnostic";
export { formatDiagnostic, compareDiagnostics } from "./diagnostic";

export type { KithConfig, KithConfigInput, ConfigReading, InteractionKind, Relationship } from "./config";
export { KithConfigSchema, defaultConfig, parseConfig, headingWords, INTERACTION_KINDS, RELATIONSHIPS } from "./config";

export type { Cadence } from "./cadence";
export { parseCadence, formatCadence, nextDue, cadenceDays } from "./cadence";

export type { Field, KeyMap, FieldValues } from "./frontmatter";
export { FIELD_KEYS, normalizeKey, keyMapFor, readFields, existingKey } from "./frontmatter";

export type { WikiLink, NoteNames, Resolution } from "./links";
export { parseWikiLink, linkDisplay, basename, NameIndex } from "./links";

export type { NoteInput, ParsedNote } from "./note";
export { parseNote } from "./note";
export type { FrontmatterSplit } from "./frontmatterBlock";
export { splitFrontmatter, UNCLOSED_FRONTMATTER, unclosedFrontmatter } from "./frontmatterBlock";

export type { NoteRef, Birthday } from "./values";
export type { Contact } from "./contact";
export type { Interaction, Direction, LogLines } from "./interaction";
export { DIRECTIONS, readLogLines } from "./interaction";
export type { Ask, AskKind, AskStatus } from "./ask";
export { ASK_KINDS, ASK_STATUSES } from "./ask";
export type { Give } from "./give";
export type { Goal, GoalStatus } from "./goal";
export { GOAL_STATUSES } from "./goal";
export type { Update } from "./update";
export type { KithEvent, EventKind } from "./event";
export { EVENT_KINDS } from "./event";
export type { Org } from "./org";
export type { NoteKind } from "./kinds";
export { NOTE_KINDS } from "./kinds";

export type {
  Network,
  NetworkBuild,
  ContactActivity,
  NoteRecord,
  ReadContext,
  Linker,
  CadenceInForce,
  LastContact,
} from "./network";
export {
  buildNetwork,
  readNote,
  readContextFor,
  linkRecord,
  linkNetwork,
  activityOf,
  cadenceOf,
  lastContactOf,
  CONFIG_PATH,
} from "./network";

export { datesAhead } from "./datesAhead";

export type { FollowUp, FollowUpReason, FollowUpLevel, FollowUpOptions } from "./followUps";
export { dueFollowUps, followUpsOf, compareFollowUps, FOLLOW_UP_REASONS, InvalidDayError } from "./followUps";

export type { AskDay, AskMove, AskNudge } from "./asks";
export { moveAsk, canMoveAsk, nextAskStatuses, askDiagnostics, askNeeds, askNudge, ASK_OUTCOMES } from "./asks";

export type { SearchField, SearchHit, SearchMatch, SearchOptions } from "./search";
export { search, SearchIndex } from "./search";

export { NetworkIndex } from "./networkIndex";

export type { NoteEdit, EditValue, LogEntry } from "./edits";
export { applyEdit } from "./applyEdit";
export {
  appendUnderHeading,
  logLine,
  logInteractionEdit,
  snoozeEdit,
  snoozeUntil,
  applyToFrontmatter,
} from "./edits";

export type { GoingCold, GoingColdOptions } from "./warmth";
export { warmth, goingCold, describeWarmth } from "./warmth";

export type { GiveAskBalance, AskAdvice } from "./balance";
export { giveAskBalance, askAdvice, askPhrase } from "./balance";

export type { WhoToAsk, WhoToAskOptions, AskCandidate, Insider, Connection } from "./whoToAsk";
export { whoToAsk } from "./whoToAsk";

export type { WhoToTell, WhoToTellOptions, TellSubject, TellRelevance, PersonToTell } from "./whoToTell";
export { whoToTell } from "./whoToTell";

export type { ShowName } from "./namesakes";
export { sameNameKey, tellNamesakesApart } from "./namesakes";

export type { WeeklyDigest, DigestOptions, AskWaiting, UpdateToTell } from "./digest";
export { weeklyDigest, renderDigestMarkdown } from "./digest";

export { doneEdits } from "./done";
