/** How a clause is named for readers: 「番号 見出し」, or the heading alone while the official number is not known. */

/** 第4 1. 小さい数の扱い; 小さい数の扱い when `number` is null (we never make a number up). Browser-safe. */
export function clauseTitle(clause: { number: string | null; heading: string }): string {
  return clause.number ? `${clause.number} ${clause.heading}` : clause.heading;
}
