/** Words the pages use for model values: meeting and item titles, labels of states. Presentation only. */
import {
  AMENDMENT_KIND_LABEL,
  AMENDMENT_STATE_LABEL,
  ATTENDEE_ROLE_LABEL,
  OUTCOME_LABEL,
  type GuidelineVersion,
  type Meeting,
  type PublicationRule,
} from '../../schemas/index.ts';
import { SOURCE_BASIS_LABEL } from '../model/component-text.ts';
import { formatDate, shortDate } from '../model/dates.ts';
import { findItem, meetingName, type MeetingItem } from '../model/meetings.ts';
import type { Model } from '../model/model.ts';
import { VERSION_STATUS_LABEL } from '../model/stages.ts';
import { documentedStep, standingLabel, versionLabel, versionStanding, type CurrentVersion, type Step } from '../model/versions.ts';

export {
  SOURCE_BASIS_LABEL,
  AMENDMENT_KIND_LABEL,
  AMENDMENT_STATE_LABEL,
  ATTENDEE_ROLE_LABEL,
  meetingName,
  OUTCOME_LABEL,
  VERSION_STATUS_LABEL,
};

export const MEETING_STATUS_LABEL: Record<Meeting['status'], string> = {
  draft: '案',
  final: '確定',
  'record-only': '記録のみ',
};

export const RULE_KIND_LABEL: Record<PublicationRule['kind'], string> = {
  'small-cell': '小さい数の取扱い',
  'review-route': '審査の経路',
};

export const GUIDELINE_TITLE = 'MID-NETの利活用に関するガイドライン';
export const COMMITTEE = 'MID-NETの利活用に関する有識者会議';

/** 第31回（2026年2月17日） or 第30回（日付不明（2026年2月17日以前）） */
export function meetingNameDated(meeting: Meeting): string {
  return `${meetingName(meeting)}（${shortDate(meeting.date)}）`;
}

/** 審議事項(1)① / 報告事項(2) as the minutes number an item; 審議事項「title」 where the number is not known. */
function itemLabel(model: Model, item: MeetingItem): string {
  const kind = item.kind === 'report' ? '報告事項' : '審議事項';
  if (item.number === null) return `${kind}「${item.title}」`;
  const parent = item.parent ? findItem(model, item.meeting, item.parent) : undefined;
  return `${kind}${parent?.number ?? ''}${item.number}`;
}

/** 審議事項(1)②「title」: the label with the title, said once. */
export function itemLabelTitled(model: Model, item: MeetingItem): string {
  return item.number === null ? itemLabel(model, item) : `${itemLabel(model, item)}「${item.title}」`;
}

/** 第31回 審議事項(1)② for a meeting + item reference, or 第31回 alone. */
export function meetingRefLabel(model: Model, meetingId: string, itemId?: string): string {
  const meeting = model.meetings.get(meetingId)?.data;
  if (!meeting) return meetingId;
  const item = itemId ? findItem(model, meetingId, itemId) : undefined;
  return `${meetingName(meeting)}${item ? ` ${itemLabel(model, item)}` : itemId ? ` ${itemId}` : ''}`;
}

export const PROVENANCE_LABEL = { summary: '要約', official: '公式', pending: '未公表' } as const;
export const PROVENANCE_NOTE = {
  summary: '公開資料をもとに当サイトが書いた要約です',
  official: 'ガイドラインの公式の文言です',
  pending: '改定後の本文はまだ公表されていません',
} as const;

/** A documented stage with its date, as banners and lists say it: 意見募集：2021年10月1日, 通知：2021年2月1日, 施行：2018年4月（推定）. */
export function stepLabel(step: Step): string {
  return step.date ? `${VERSION_STATUS_LABEL[step.stage]}：${formatDate(step.date)}` : VERSION_STATUS_LABEL[step.stage];
}

/** The same inside a sentence: 意見募集（2023年5月8日）. */
export function stepPhrase(step: Step): string {
  return step.date ? `${VERSION_STATUS_LABEL[step.stage]}（${formatDate(step.date)}）` : VERSION_STATUS_LABEL[step.stage];
}

/**
 * How a page refers readers to the current version: 「施行中の本文」 only where a source gives its 施行日; otherwise
 * 「公開資料で確認できる最新の版」, with what is (not) known of its taking effect.
 */
export function currentPhrase(current: CurrentVersion): { lead: string; note: string } {
  if (current.effect === 'known') return { lead: '施行中の本文', note: '' };
  return { lead: '公開資料で確認できる最新の版', note: current.effect === 'inferred' ? '（施行は推定）' : '（施行日不明）' };
}

/** A version's documented stage in words, 推定 when its evidence is our reading: 意見募集, 通知, 施行（推定）. */
export function stageLabel(v: GuidelineVersion): string {
  const date = documentedStep(v).date;
  return `${VERSION_STATUS_LABEL[v.status]}${date && 'date' in date && date.basis === 'inferred' ? '（推定）' : ''}`;
}

/** A version's standing in a few words, for lists: 公開資料で確認できる最新の版（施行日不明）, 旧版, 以前の版, 改定方針了承. */
export function standingChip(model: Model, versionId: string): string {
  const standing = versionStanding(model, versionId);
  return standing ? standingLabel(standing) : versionId;
}

/**
 * A version's name with its standing in brackets, where a reader picks or names a version in running text
 * (「令和3年2月改定（以前の版）」). A name that already says its standing is not told it twice: 「次期改定（2026年2月
 * 改定方針了承）」, not 「…改定方針了承）（改定方針了承）」.
 */
export function labelWithStanding(model: Model, versionId: string): string {
  const label = versionLabel(model, versionId);
  const chip = standingChip(model, versionId);
  return label.includes(chip) ? label : `${label}（${chip}）`;
}

/**
 * A term's reading where it helps: for a 表記 with kanji. A katakana or Latin 表記 reads as written, and its
 * reading in hiragana (データセンター → でーたせんたー) would only be noise.
 */
export function readingShown(term: { label: string; reading: string }): string | undefined {
  return /\p{Script=Han}/u.test(term.label) ? term.reading : undefined;
}
