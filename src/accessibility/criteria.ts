/**
 * The success criteria of JIS X 8341-3:2016 (identical to WCAG 2.0) at levels A and AA, with their Japanese
 * names, in the order of the standard. The accessibility page lists each with the result of the site's test run.
 */
export interface Criterion {
  /** WCAG number, e.g. "1.4.3". */
  id: string;
  name: string;
  level: 'A' | 'AA';
}

export const JIS_CRITERIA: readonly Criterion[] = [
  { id: '1.1.1', name: '非テキストコンテンツ', level: 'A' },
  { id: '1.2.1', name: '音声のみ及び映像のみ（収録済み）', level: 'A' },
  { id: '1.2.2', name: 'キャプション（収録済み）', level: 'A' },
  { id: '1.2.3', name: '音声解説、又はメディアに対する代替（収録済み）', level: 'A' },
  { id: '1.2.4', name: 'キャプション（ライブ）', level: 'AA' },
  { id: '1.2.5', name: '音声解説（収録済み）', level: 'AA' },
  { id: '1.3.1', name: '情報及び関係性', level: 'A' },
  { id: '1.3.2', name: '意味のある順序', level: 'A' },
  { id: '1.3.3', name: '感覚的な特徴', level: 'A' },
  { id: '1.4.1', name: '色の使用', level: 'A' },
  { id: '1.4.2', name: '音声の制御', level: 'A' },
  { id: '1.4.3', name: 'コントラスト（最低限レベル）', level: 'AA' },
  { id: '1.4.4', name: 'テキストのサイズ変更', level: 'AA' },
  { id: '1.4.5', name: '文字画像', level: 'AA' },
  { id: '2.1.1', name: 'キーボード', level: 'A' },
  { id: '2.1.2', name: 'キーボードトラップなし', level: 'A' },
  { id: '2.2.1', name: 'タイミング調整可能', level: 'A' },
  { id: '2.2.2', name: '一時停止、停止及び非表示', level: 'A' },
  { id: '2.3.1', name: '3回の閃光、又は閾値以下', level: 'A' },
  { id: '2.4.1', name: 'ブロックスキップ', level: 'A' },
  { id: '2.4.2', name: 'ページタイトル', level: 'A' },
  { id: '2.4.3', name: 'フォーカス順序', level: 'A' },
  { id: '2.4.4', name: 'リンクの目的（コンテキスト内）', level: 'A' },
  { id: '2.4.5', name: '複数の手段', level: 'AA' },
  { id: '2.4.6', name: '見出し及びラベル', level: 'AA' },
  { id: '2.4.7', name: 'フォーカスの可視化', level: 'AA' },
  { id: '3.1.1', name: 'ページの言語', level: 'A' },
  { id: '3.1.2', name: '一部分の言語', level: 'AA' },
  { id: '3.2.1', name: 'フォーカス時', level: 'A' },
  { id: '3.2.2', name: '入力時', level: 'A' },
  { id: '3.2.3', name: '一貫したナビゲーション', level: 'AA' },
  { id: '3.2.4', name: '一貫した識別性', level: 'AA' },
  { id: '3.3.1', name: 'エラーの特定', level: 'A' },
  { id: '3.3.2', name: 'ラベル又は説明', level: 'A' },
  { id: '3.3.3', name: 'エラー修正の提案', level: 'AA' },
  { id: '3.3.4', name: 'エラー回避（法的、金融及びデータ）', level: 'AA' },
  { id: '4.1.1', name: '構文解析', level: 'A' },
  { id: '4.1.2', name: '名前（name）・役割（role）及び値（value）', level: 'A' },
];

/** The WCAG number an axe tag names ("wcag143" → "1.4.3", "wcag2411" → "2.4.11"), or undefined. */
export function criterionOfTag(tag: string): string | undefined {
  const m = /^wcag(\d)(\d)(\d{1,2})$/.exec(tag);
  return m ? `${m[1]}.${m[2]}.${m[3]}` : undefined;
}
