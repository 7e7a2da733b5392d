/**
 * Tables as real tools export them to HTML (html5.test.ts): the markup each tool writes — Excel's 「Web ページとして保存」
 * and its clipboard, LibreOffice Calc, Google Sheets' copy, Word's clipboard, pandas, R (gt/gtsummary, kableExtra,
 * flextable, knitr::kable, R Markdown with Bootstrap), Jupyter, SAS ODS, Stata, SPSS — written here by hand in each
 * tool's shape (its attributes, classes and stylesheets as the tool writes them, not copied from any file), each
 * holding one of three ordinary tables with counts of 10 or more and some small counts. Each `tsv` is the same table as
 * a reader sees it; `hide` turns the fixture into one whose file holds a number the page does not show (still refused).
 */

/** Table A: counts by group, with totals. */
export const TABLE_A = [
  ['項目', 'A群', 'B群', '合計'],
  ['男性', '28', '31', '59'],
  ['女性', '26', '20', '46'],
  ['不明', '3', '2', '5'],
  ['合計', '57', '53', '110'],
];
/** Table B: counts and shares of each group's N, in columns of their own (the unrounded shares as a spreadsheet holds them). */
export const TABLE_B = [
  ['項目', 'A群 n', 'A群 %', 'B群 n', 'B群 %'],
  ['男性', '28', '49.1', '31', '58.5'],
  ['女性', '26', '45.6', '20', '37.7'],
  ['不明', '3', '5.3', '2', '3.8'],
  ['合計', '57', '100.0', '53', '100.0'],
];
/** Counts of table B (A群, B群) and their Ns: the shares behind its % cells. */
export const B_COUNTS: [number, number][] = [
  [28, 31],
  [26, 20],
  [3, 2],
  [57, 53],
];
export const B_N: [number, number] = [57, 53];

/** Table C: gtsummary's Table 1 (n (%) cells, a footnote mark on the Ns, the unit in a note below). */
export const TABLE_C = [
  ['Characteristic', 'A, N = 57¹', 'B, N = 53¹'],
  ['Sex', '', ''],
  ['\u00a0\u00a0\u00a0\u00a0Male', '28 (49%)', '31 (58%)'],
  ['\u00a0\u00a0\u00a0\u00a0Female', '26 (46%)', '20 (38%)'],
  ['\u00a0\u00a0\u00a0\u00a0Unknown', '3 (5.3%)', '2 (3.8%)'],
  ['¹ n (%)'],
];

export const tsvOf = (rows: string[][], title?: string) => `${title ? `# ${title}\n` : ''}${rows.map((r) => r.join('\t')).join('\n')}\n`;

export interface Fixture {
  name: string;
  /**
   * The same table with the digits the file holds behind its shares (a spreadsheet's unrounded value): read so. The
   * check's verdict is the shown table's (`tsv`).
   */
  held?: string;
  /** The tool and how the HTML was obtained. */
  tool: string;
  html: string;
  /** The same table as a reader sees it, as TSV. */
  tsv: string;
  /** The same page holding a number it does not show (one cell's value hidden, struck or kept in an attribute). */
  hide: string;
}

const share = (n: number, N: number) => n / N;

/** What Excel writes at the start of every page it saves or copies. */
const EXCEL_HEAD = `<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:x="urn:schemas-microsoft-com:office:excel"
xmlns="http://www.w3.org/TR/REC-html40">

<head>
<meta http-equiv=Content-Type content="text/html; charset=utf-8">
<meta name=ProgId content=Excel.Sheet>
<meta name=Generator content="Microsoft Excel 15">
`;
/** Excel's stylesheet for the sheet (in an HTML comment, as Excel writes it). */
const EXCEL_SHEET_CSS = `<!--table
	{mso-displayed-decimal-separator:"\\.";
	mso-displayed-thousand-separator:"\\,";}
@page
	{margin:.75in .7in .75in .7in;
	mso-header-margin:.3in;
	mso-footer-margin:.3in;}
tr
	{mso-height-source:auto;
	mso-ruby-visibility:none;}
col
	{mso-width-source:auto;}
br
	{mso-data-placement:same-cell;}
`;
/** Excel's stylesheet for phonetic guides: hidden (「rt {display:none}」). */
const EXCEL_RUBY_CSS = `ruby
	{ruby-align:left;}
rt
	{color:windowtext;
	font-size:6.0pt;
	font-weight:400;
	font-style:normal;
	text-decoration:none;
	font-family:游ゴシック, monospace;
	mso-font-charset:128;
	mso-char-type:katakana;
	display:none;}
`;

// --- Excel: 「Web ページとして保存」 (a whole sheet, Japanese Excel: phonetic guides, x:num, x:fmla, the hidden row of
// column widths it writes after every table) ------------------------------------------------------------------------
function excelPage(o: { hiddenCell?: boolean } = {}) {
  const pct = (r: number, c: 0 | 1) => {
    const [n, N] = [B_COUNTS[r]![c], B_N[c]];
    const col = c === 0 ? 'B' : 'D';
    return `<td class=xl67 align=right style='border-top:none;border-left:none' x:num="${share(n, N)}" x:fmla="=${col}${r + 2}/${col}$6">${TABLE_B[r + 1]![c === 0 ? 2 : 4]}%</td>`;
  };
  const count = (r: number, c: 0 | 1) => {
    const col = c === 0 ? 'B' : 'D';
    const v = B_COUNTS[r]![c];
    const formula = r === 3 ? ` x:fmla="=SUM(${col}2:${col}4)"` : '';
    const shown = o.hiddenCell && r === 2 && c === 0 ? `<span style='display:none'>${v}</span>X` : `${v}`;
    return `<td class=xl66 align=right style='border-top:none;border-left:none'${o.hiddenCell && r === 2 && c === 0 ? '' : ` x:num${formula ? `="${v}"` : ''}`}${formula}>${shown}</td>`;
  };
  const label = (r: number) => {
    const ruby: Record<string, string> = { 男性: 'ダンセイ', 女性: 'ジョセイ', 不明: 'フメイ', 合計: 'ゴウケイ' };
    const l = TABLE_B[r + 1]![0]!;
    return `<td height=18 class=xl65 style='height:13.5pt;border-top:none'><ruby>${l}<span style='display:none'><rt class=font6>${ruby[l]}</rt></span></ruby></td>`;
  };
  return `${EXCEL_HEAD}<link rel=File-List href="table1.files/filelist.xml">
<style id="table1_12345_Styles">
${EXCEL_SHEET_CSS}.style0
	{mso-number-format:General;
	text-align:general;
	vertical-align:middle;
	white-space:nowrap;
	mso-rotate:0;
	mso-background-source:auto;
	mso-pattern:auto;
	color:black;
	font-size:11.0pt;
	font-weight:400;
	font-style:normal;
	text-decoration:none;
	font-family:游ゴシック, monospace;
	mso-font-charset:128;
	border:none;
	mso-protection:locked visible;
	mso-style-name:標準;
	mso-style-id:0;}
td
	{mso-style-parent:style0;
	padding-top:1px;
	padding-right:1px;
	padding-left:1px;
	mso-ignore:padding;
	color:black;
	font-size:11.0pt;
	font-family:游ゴシック, monospace;
	mso-number-format:General;
	border:none;
	mso-background-source:auto;
	mso-pattern:auto;
	mso-protection:locked visible;
	white-space:nowrap;
	mso-rotate:0;}
.xl65
	{mso-style-parent:style0;
	border:.5pt solid windowtext;}
.xl66
	{mso-style-parent:style0;
	mso-number-format:"\\#\\,\\#\\#0";
	border:.5pt solid windowtext;}
.xl67
	{mso-style-parent:style0;
	mso-number-format:"0\\.0%";
	border:.5pt solid windowtext;}
${EXCEL_RUBY_CSS}-->
</style>
<!--[if gte mso 9]><xml>
 <x:ExcelWorkbook>
  <x:ExcelWorksheets>
   <x:ExcelWorksheet>
    <x:Name>表1</x:Name>
    <x:WorksheetOptions>
     <x:DefaultRowHeight>360</x:DefaultRowHeight>
     <x:Selected/>
    </x:WorksheetOptions>
   </x:ExcelWorksheet>
  </x:ExcelWorksheets>
  <x:WindowHeight>11020</x:WindowHeight>
  <x:WindowWidth>19200</x:WindowWidth>
 </x:ExcelWorkbook>
</xml><![endif]-->
</head>

<body link="#0563C1" vlink="#954F72">

<div id="table1_12345" align=center x:publishsource="Excel">

<table border=0 cellpadding=0 cellspacing=0 width=360 style='border-collapse:
 collapse;table-layout:fixed;width:270pt'>
 <col width=72 span=5 style='width:54pt'>
 <tr height=18 style='height:13.5pt'>
  <td height=18 class=xl65 width=72 style='height:13.5pt;width:54pt'><ruby>項目<span style='display:none'><rt class=font6>コウモク</rt></span></ruby></td>
  <td class=xl65 width=72 style='border-left:none;width:54pt'>A群 n</td>
  <td class=xl65 width=72 style='border-left:none;width:54pt'>A群 %</td>
  <td class=xl65 width=72 style='border-left:none;width:54pt'>B群 n</td>
  <td class=xl65 width=72 style='border-left:none;width:54pt'>B群 %</td>
 </tr>
${[0, 1, 2, 3].map((r) => ` <tr height=18 style='height:13.5pt'>\n  ${label(r)}\n  ${count(r, 0)}\n  ${pct(r, 0)}\n  ${count(r, 1)}\n  ${pct(r, 1)}\n </tr>`).join('\n')}
 <![if supportMisalignedColumns]>
 <tr height=0 style='display:none'>
  <td width=72 style='width:54pt'></td>
  <td width=72 style='width:54pt'></td>
  <td width=72 style='width:54pt'></td>
  <td width=72 style='width:54pt'></td>
  <td width=72 style='width:54pt'></td>
 </tr>
 <![endif]>
</table>

</div>

</body>

</html>
`;
}
const excelTsv = tsvOf(TABLE_B);
/** Table B as its file holds it: each share to 12 digits (the checker's reading of an unrounded value). */
const heldTsv = tsvOf(
  TABLE_B.map((r, i) =>
    i === 0 || i === 4
      ? r.map((v, j) => (i === 4 && j % 2 === 0 && j > 0 ? `${v}%` : v))
      : r.map((v, j) =>
          j === 2 || j === 4 ? `${Number(((B_COUNTS[i - 1]![j === 2 ? 0 : 1] / B_N[j === 2 ? 0 : 1]) * 100).toPrecision(12))}%` : v,
        ),
  ),
);
const shownPercentTsv = excelTsv.replace(/\t(49\.1|45\.6|5\.3|100\.0|58\.5|37\.7|3\.8)(?=\t|\n)/g, '\t$1%');

// --- Excel: a range copied (the clipboard's HTML: StartFragment, no phonetics shown, ROUND formulas) ------------------
function excelClipboard(o: { hiddenCell?: boolean } = {}) {
  const rows = TABLE_B.slice(1).map((r, i) => {
    const cells = r.slice(1).map((v, j) => {
      const col = 'BCDE'[j]!;
      const isPct = j % 2 === 1;
      const nCol = 'BCDE'[j - 1];
      const formula = isPct ? ` x:fmla="=ROUND(${nCol}${i + 2}/${nCol}$6*100,1)"` : i === 3 ? ` x:fmla="=SUM(${col}2:${col}4)"` : '';
      const shown = isPct && v.endsWith('.0') ? v : v;
      const hide = o.hiddenCell && i === 2 && j === 0;
      return `<td class=${isPct ? 'xl68' : 'xl66'} align=right style='border-top:none;border-left:none'${hide ? '' : ` x:num${isPct && v.endsWith('.0') ? `="${Number(v)}"` : ''}`}${formula}>${hide ? '<font style="font-size:0pt">3</font>X' : shown}</td>`;
    });
    return `<tr height=18 style='height:13.5pt'>\n  <td height=18 class=xl65 style='height:13.5pt;border-top:none'>${r[0]}</td>\n  ${cells.join('\n  ')}\n </tr>`;
  });
  return `${EXCEL_HEAD}<link id=Main-File rel=Main-File
href="file:///C:/Users/user/AppData/Local/Temp/msohtmlclip1/01/clip.htm">
<link rel=File-List
href="file:///C:/Users/user/AppData/Local/Temp/msohtmlclip1/01/clip_filelist.xml">
<style>
${EXCEL_SHEET_CSS}td
	{padding-top:1px;
	padding-right:1px;
	padding-left:1px;
	mso-ignore:padding;
	color:black;
	font-size:11.0pt;
	font-weight:400;
	font-style:normal;
	text-decoration:none;
	font-family:游ゴシック, monospace;
	mso-generic-font-family:auto;
	mso-font-charset:128;
	mso-number-format:General;
	text-align:general;
	vertical-align:middle;
	border:none;
	mso-background-source:auto;
	mso-pattern:auto;
	mso-protection:locked visible;
	white-space:nowrap;
	mso-rotate:0;}
.xl65
	{border:.5pt solid windowtext;}
.xl66
	{mso-number-format:"\\#\\,\\#\\#0";
	border:.5pt solid windowtext;}
.xl68
	{mso-number-format:"0\\.0";
	border:.5pt solid windowtext;}
${EXCEL_RUBY_CSS}-->
</style>
</head>

<body link="#0563C1" vlink="#954F72">

<table border=0 cellpadding=0 cellspacing=0 width=360 style='border-collapse:
 collapse;width:270pt'>
<!--StartFragment-->
 <col width=72 span=5 style='width:54pt'>
 <tr height=18 style='height:13.5pt'>
  <td height=18 class=xl65 width=72 style='height:13.5pt;width:54pt'>項目</td>
  ${TABLE_B[0]!
    .slice(1)
    .map((h) => `<td class=xl65 width=72 style='border-left:none;width:54pt'>${h}</td>`)
    .join('\n  ')}
 </tr>
 ${rows.join('\n ')}
<!--EndFragment-->
</table>

</body>

</html>
`;
}

// --- LibreOffice Calc: File ▸ Export ▸ HTML (sdval/sdnum on each number) -------------------------------------------
function libreOffice(o: { hiddenCell?: boolean } = {}) {
  const body = TABLE_B.slice(1).map((r, i) => {
    const cells = r.slice(1).map((v, j) => {
      const isPct = j % 2 === 1;
      const n = B_COUNTS[i]![Math.floor(j / 2) as 0 | 1];
      const value = isPct ? share(n, B_N[Math.floor(j / 2) as 0 | 1]) : n;
      if (o.hiddenCell && i === 2 && j === 0) return `\t\t<td align="right" sdnum="1041;0;0">X<!-- ${n} --></td>`;
      return `\t\t<td align="right" sdval="${value}" sdnum="1041;0;${isPct ? '0.0%' : '#,##0'}">${isPct ? `${v}%` : v}</td>`;
    });
    return `\t<tr>\n\t\t<td height="17" align="left">${r[0]}</td>\n${cells.join('\n')}\n\t</tr>`;
  });
  return `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.0 Transitional//EN">

<html>
<head>
	
	<meta http-equiv="content-type" content="text/html; charset=utf-8"/>
	<title></title>
	<meta name="generator" content="LibreOffice 7.6.4.1 (Linux)"/>
	<meta name="created" content="2024-03-01T10:15:22.123456789"/>
	<meta name="changed" content="2024-03-01T10:16:40.987654321"/>
	
	<style type="text/css">
		body,div,table,thead,tbody,tfoot,tr,th,td,p { font-family:"Liberation Sans"; font-size:x-small }
		a.comment-indicator:hover + comment { background:#ffd; position:absolute; display:block; border:1px solid black; padding:0.5em;  } 
		a.comment-indicator { background:red; display:inline-block; border:1px solid black; width:0.5em; height:0.5em;  } 
		comment { display:none;  } 
	</style>
	
</head>

<body>
<table cellspacing="0" border="0">
	<colgroup width="85"></colgroup>
	<colgroup span="4" width="72"></colgroup>
	<tr>
${TABLE_B[0]!.map((h) => `\t\t<td height="17" align="left">${h}</td>`).join('\n')}
	</tr>
${body.join('\n')}
</table>
<!-- ************************************************************************** -->
</body>

</html>
`;
}

// --- Google Sheets: a range copied (google-sheets-html-origin, data-sheets-value/-formula/-numberformat) ------------
function googleSheets(o: { hiddenCell?: boolean } = {}) {
  const td = 'overflow:hidden;padding:2px 3px 2px 3px;vertical-align:bottom;';
  const q = (s: unknown) => JSON.stringify(s).replace(/"/g, '&quot;');
  const body = TABLE_B.slice(1).map((r, i) => {
    const cells = r.slice(1).map((v, j) => {
      const isPct = j % 2 === 1;
      const n = B_COUNTS[i]![Math.floor(j / 2) as 0 | 1];
      if (o.hiddenCell && i === 2 && j === 0) return `<td style="${td}text-align:right;" data-sheets-value="${q({ 1: 3, 3: n })}">X</td>`;
      if (isPct)
        return `<td style="${td}text-align:right;" data-sheets-value="${q({ 1: 3, 3: share(n, B_N[Math.floor(j / 2) as 0 | 1]) })}" data-sheets-numberformat="${q({ 1: 4, 2: '0.0%', 3: 1 })}" data-sheets-formula="=R[0]C[-1]/R${5 - i > 0 ? `[${4 - i}]` : ''}C[-1]">${v}%</td>`;
      return `<td style="${td}text-align:right;" data-sheets-value="${q({ 1: 3, 3: n })}"${i === 3 ? ' data-sheets-formula="=SUM(R[-3]C[0]:R[-1]C[0])"' : ''}>${v}</td>`;
    });
    return `<tr style="height:21px;"><td style="${td}" data-sheets-value="${q({ 1: 2, 2: r[0] })}">${r[0]}</td>${cells.join('')}</tr>`;
  });
  return `<meta charset="utf-8"><google-sheets-html-origin><style type="text/css"><!--td {border: 1px solid #cccccc;}br {mso-data-placement:same-cell;}--></style><table xmlns="http://www.w3.org/1999/xhtml" cellspacing="0" cellpadding="0" dir="ltr" border="1" style="table-layout:fixed;font-size:10pt;font-family:Arial;width:0px;border-collapse:collapse;border:none" data-sheets-root="1" data-sheets-baot="1"><colgroup><col width="100"/><col width="100"/><col width="100"/><col width="100"/><col width="100"/></colgroup><tbody><tr style="height:21px;">${TABLE_B[0]!.map((h) => `<td style="${td}" data-sheets-value="${q({ 1: 2, 2: h })}">${h}</td>`).join('')}</tr>${body.join('')}</tbody></table></google-sheets-html-origin>`;
}

// --- Word: a table copied (the clipboard's HTML: mso classes, StartFragment, o:p) -----------------------------------
function word(o: { hiddenCell?: boolean } = {}) {
  const cell = (text: string, first: boolean, w = 113) =>
    `  <td width=${w} valign=top style='width:3.0cm;border:solid windowtext 1.0pt;${first ? '' : 'border-left:none;mso-border-left-alt:solid windowtext .5pt;'}mso-border-alt:solid windowtext .5pt;padding:0mm 5.4pt 0mm 5.4pt'>
  <p class=MsoNormal${first ? '' : " align=right style='text-align:right'"}><span lang=EN-US style='font-family:"游明朝",serif'>${text}<o:p></o:p></span></p>
  </td>`;
  const rows = TABLE_A.map(
    (r, i) =>
      ` <tr style='mso-yfti-irow:${i};${i === 0 ? 'mso-yfti-firstrow:yes;' : ''}${i === TABLE_A.length - 1 ? 'mso-yfti-lastrow:yes;' : ''}height:17.0pt'>\n${r
        .map((t, j) => cell(o.hiddenCell && i === 3 && j === 1 ? `X<span style='display:none;mso-hide:all'>${t}</span>` : t, j === 0))
        .join('\n')}\n </tr>`,
  );
  return `<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word"
xmlns:m="http://schemas.microsoft.com/office/2004/12/omml"
xmlns="http://www.w3.org/TR/REC-html40">

<head>
<meta http-equiv=Content-Type content="text/html; charset=utf-8">
<meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 15">
<meta name=Originator content="Microsoft Word 15">
<link rel=File-List
href="file:///C:/Users/user/AppData/Local/Temp/msohtmlclip1/01/clip_filelist.xml">
<!--[if gte mso 9]><xml>
 <o:OfficeDocumentSettings>
  <o:AllowPNG/>
 </o:OfficeDocumentSettings>
</xml><![endif]-->
<style>
<!--
 /* Font Definitions */
 @font-face
	{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;
	mso-font-charset:0;
	mso-generic-font-family:roman;
	mso-font-pitch:variable;
	mso-font-signature:-536869121 1107305727 33554432 0 415 0;}
@font-face
	{font-family:游明朝;
	panose-1:2 2 4 0 0 0 0 0 0 0;
	mso-font-charset:128;
	mso-generic-font-family:roman;
	mso-font-pitch:variable;
	mso-font-signature:-2147482905 717749503 18 0 131231 0;}
 /* Style Definitions */
 p.MsoNormal, li.MsoNormal, div.MsoNormal
	{mso-style-unhide:no;
	mso-style-qformat:yes;
	mso-style-parent:"";
	margin:0mm;
	text-align:justify;
	text-justify:inter-ideograph;
	mso-pagination:none;
	font-size:10.5pt;
	mso-bidi-font-size:11.0pt;
	font-family:"游明朝",serif;
	mso-ascii-font-family:游明朝;
	mso-fareast-font-family:游明朝;
	mso-hansi-font-family:游明朝;
	mso-font-kerning:1.0pt;}
.MsoChpDefault
	{mso-style-type:export-only;
	mso-default-props:yes;
	font-family:"游明朝",serif;}
 /* Page Definitions */
 @page WordSection1
	{size:595.3pt 841.9pt;
	margin:99.25pt 30.0mm 30.0mm 30.0mm;
	mso-header-margin:42.55pt;
	mso-footer-margin:49.6pt;
	mso-paper-source:0;
	layout-grid:18.0pt;}
div.WordSection1
	{page:WordSection1;}
-->
</style>
<!--[if gte mso 10]>
<style>
 /* Style Definitions */
 table.MsoNormalTable
	{mso-style-name:標準の表;
	mso-tstyle-rowband-size:0;
	mso-tstyle-colband-size:0;
	mso-style-noshow:yes;
	mso-style-priority:99;
	mso-style-parent:"";
	mso-padding-alt:0mm 5.4pt 0mm 5.4pt;
	mso-para-margin:0mm;
	mso-pagination:widow-orphan;
	font-size:10.5pt;
	font-family:"游明朝",serif;}
table.MsoTableGrid
	{mso-style-name:表 (格子);
	mso-tstyle-rowband-size:0;
	mso-tstyle-colband-size:0;
	mso-style-priority:39;
	mso-style-unhide:no;
	border:solid windowtext 1.0pt;
	mso-border-alt:solid windowtext .5pt;
	mso-padding-alt:0mm 5.4pt 0mm 5.4pt;
	mso-border-insideh:.5pt solid windowtext;
	mso-border-insidev:.5pt solid windowtext;
	mso-para-margin:0mm;
	text-align:justify;
	text-justify:inter-ideograph;
	mso-pagination:none;
	font-size:10.5pt;
	font-family:"游明朝",serif;}
</style>
<![endif]-->
</head>

<body lang=JA style='tab-interval:42.0pt;word-wrap:break-word;text-justify-trim:
punctuation'>
<!--StartFragment-->

<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0
 style='border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt;
 mso-yfti-tbllook:1184;mso-padding-alt:0mm 5.4pt 0mm 5.4pt'>
${rows.join('\n')}
</table>

<!--EndFragment-->
</body>

</html>
`;
}

// --- pandas: DataFrame.to_html() in a Jupyter output (its scoped style), columns of two levels ------------------------
function pandas(o: { hiddenCell?: boolean } = {}) {
  const rows = TABLE_B.slice(1).map(
    (r, i) =>
      `    <tr>\n      <th>${r[0]}</th>\n${r
        .slice(1)
        .map((v, j) => `      <td>${o.hiddenCell && i === 2 && j === 0 ? '<span hidden>3</span>X' : v}</td>`)
        .join('\n')}\n    </tr>`,
  );
  return `<div>
<style scoped>
    .dataframe tbody tr th:only-of-type {
        vertical-align: middle;
    }

    .dataframe tbody tr th {
        vertical-align: top;
    }

    .dataframe thead tr th {
        text-align: left;
    }
</style>
<table border="1" class="dataframe">
  <thead>
    <tr>
      <th></th>
      <th colspan="2" halign="left">A群</th>
      <th colspan="2" halign="left">B群</th>
    </tr>
    <tr>
      <th>項目</th>
      <th>n</th>
      <th>%</th>
      <th>n</th>
      <th>%</th>
    </tr>
  </thead>
  <tbody>
${rows.join('\n')}
  </tbody>
</table>
</div>`;
}
const pandasTsv = tsvOf([['', 'A群', '', 'B群', ''], ['項目', 'n', '%', 'n', '%'], ...TABLE_B.slice(1)]);

// --- pandas Styler.to_html() (ids per cell, its own stylesheet by id) --------------------------------------------------
function styler(o: { hiddenCell?: boolean } = {}) {
  const id = 'T_8f3a2';
  const rows = TABLE_A.slice(1).map(
    (r, i) =>
      `    <tr>\n      <th id="${id}_level0_row${i}" class="row_heading level0 row${i}" >${r[0]}</th>\n${r
        .slice(1)
        .map((v, j) => `      <td id="${id}_row${i}_col${j}" class="data row${i} col${j}" >${v}</td>`)
        .join('\n')}\n    </tr>`,
  );
  return `<style type="text/css">
#${id}_row2_col0, #${id}_row2_col1 {
  background-color: #fde0dd;
}
${o.hiddenCell ? `#${id}_row2_col2 {\n  visibility: hidden;\n}\n` : ''}</style>
<table id="${id}">
  <caption>表1 性別</caption>
  <thead>
    <tr>
      <th class="index_name level0" >項目</th>
${TABLE_A[0]!
  .slice(1)
  .map((h, j) => `      <th id="${id}_level0_col${j}" class="col_heading level0 col${j}" >${h}</th>`)
  .join('\n')}
    </tr>
  </thead>
  <tbody>
${rows.join('\n')}
  </tbody>
</table>
`;
}

// --- R: gtsummary::tbl_summary() |> as_gt() (gt's HTML, its stylesheet by the table's id) ----------------------------
function gtsummary(o: { hiddenCell?: boolean } = {}) {
  const id = 'qwkzrtplmn';
  const mark =
    '<span class="gt_footnote_marks" style="white-space:nowrap;font-style:italic;font-weight:normal;line-height:0;"><sup>1</sup></span>';
  const body = TABLE_C.slice(2, 5).map(
    (r, i) =>
      `<tr><td headers="label" class="gt_row gt_left" style="text-align: left; text-indent: 10px;">${r[0]!.trim()}</td>
<td headers="stat_1" class="gt_row gt_center">${o.hiddenCell && i === 2 ? '3 (5.3%)<span class="gt_sr_only">, 3 of 57</span>' : r[1]}</td>
<td headers="stat_2" class="gt_row gt_center">${r[2]}</td></tr>`,
  );
  return `<div id="${id}" style="padding-left:0px;padding-right:0px;padding-top:10px;padding-bottom:10px;overflow-x:auto;overflow-y:auto;width:auto;height:auto;">
  <style>#${id} table {
  font-family: system-ui, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif, 'Apple Color Emoji', 'Segoe UI Emoji', 'Segoe UI Symbol', 'Noto Color Emoji';
  -webkit-font-smoothing: antialiased;
  -moz-osx-font-smoothing: grayscale;
}

#${id} thead, #${id} tbody, #${id} tfoot, #${id} tr, #${id} td, #${id} th {
  border-style: none;
}

#${id} p {
  margin: 0;
  padding: 0;
}

#${id} .gt_table {
  display: table;
  border-collapse: collapse;
  line-height: normal;
  margin-left: auto;
  margin-right: auto;
  color: #333333;
  font-size: 16px;
  font-weight: normal;
  font-style: normal;
  background-color: #FFFFFF;
  width: auto;
  border-top-style: solid;
  border-top-width: 2px;
  border-top-color: #A8A8A8;
}

#${id} .gt_col_heading {
  color: #333333;
  background-color: #FFFFFF;
  font-size: 100%;
  font-weight: normal;
  text-transform: inherit;
  border-left-style: none;
  border-left-width: 1px;
  vertical-align: bottom;
  padding-top: 5px;
  padding-bottom: 6px;
  padding-left: 5px;
  padding-right: 5px;
  overflow-x: hidden;
}

#${id} .gt_column_spanner {
  border-bottom-style: solid;
  border-bottom-width: 2px;
  border-bottom-color: #D3D3D3;
  vertical-align: bottom;
  padding-top: 5px;
  padding-bottom: 5px;
  overflow-x: hidden;
  display: inline-block;
  width: 100%;
}

#${id} .gt_row {
  padding-top: 8px;
  padding-bottom: 8px;
  padding-left: 5px;
  padding-right: 5px;
  margin: 10px;
  border-top-style: solid;
  border-top-width: 1px;
  border-top-color: #D3D3D3;
  vertical-align: middle;
  overflow-x: hidden;
}

#${id} .gt_footnote {
  margin: 0px;
  font-size: 90%;
  padding-top: 4px;
  padding-bottom: 4px;
  padding-left: 5px;
  padding-right: 5px;
}

#${id} .gt_left {
  text-align: left;
}

#${id} .gt_center {
  text-align: center;
}

#${id} .gt_font_normal {
  font-weight: normal;
}

#${id} .gt_footnote_marks {
  font-size: 75%;
  vertical-align: 0.4em;
  position: initial;
}

#${id} .gt_asterisk {
  font-size: 100%;
  vertical-align: 0;
}

#${id} .gt_indent_1 {
  text-indent: 5px;
}

#${id} .gt_sr_only {
  position: absolute;
  width: 1px;
  height: 1px;
  padding: 0;
  margin: -1px;
  overflow: hidden;
  clip: rect(0, 0, 0, 0);
  white-space: nowrap;
  border: 0;
}
</style>
  <table class="gt_table" data-quarto-disable-processing="false" data-quarto-bootstrap="false">
  <thead>
    <tr class="gt_col_headings">
      <th class="gt_col_heading gt_columns_bottom_border gt_left" rowspan="1" colspan="1" scope="col" id="label"><span class='gt_from_md'><strong>Characteristic</strong></span></th>
      <th class="gt_col_heading gt_columns_bottom_border gt_center" rowspan="1" colspan="1" scope="col" id="stat_1"><span class='gt_from_md'><strong>A</strong><br />
N = 57</span>${mark}</th>
      <th class="gt_col_heading gt_columns_bottom_border gt_center" rowspan="1" colspan="1" scope="col" id="stat_2"><span class='gt_from_md'><strong>B</strong><br />
N = 53</span>${mark}</th>
    </tr>
  </thead>
  <tbody class="gt_table_body">
    <tr><td headers="label" class="gt_row gt_left">Sex</td>
<td headers="stat_1" class="gt_row gt_center"><br /></td>
<td headers="stat_2" class="gt_row gt_center"><br /></td></tr>
    ${body.join('\n    ')}
  </tbody>
  <tfoot class="gt_footnotes">
    <tr>
      <td class="gt_footnote" colspan="3">${mark} <span class='gt_from_md'>n (%)</span></td>
    </tr>
  </tfoot>
</table>
</div>`;
}
const gtTsv = tsvOf([
  ['Characteristic', 'A N = 57¹', 'B N = 53¹'],
  ['Sex', '', ''],
  ['Male', '28 (49%)', '31 (58%)'],
  ['Female', '26 (46%)', '20 (38%)'],
  ['Unknown', '3 (5.3%)', '2 (3.8%)'],
  ['¹ n (%)'],
]);

// --- R: knitr::kable(format = "html") |> kableExtra (add_header_above, pack_rows, footnote) ------------------------
function kableExtra(o: { hiddenCell?: boolean } = {}) {
  const rows = TABLE_B.slice(1).map(
    (r, i) => `  <tr>
   <td style="text-align:left;padding-left: 2em;" indentlevel="1"> ${r[0]} </td>
${r
  .slice(1)
  .map(
    (v, j) =>
      `   <td style="text-align:right;"> ${o.hiddenCell && i === 2 && j === 0 ? '<span style="color: transparent !important;">3</span>X' : v} </td>`,
  )
  .join('\n')}
  </tr>`,
  );
  return `<table class="table" style="width: auto !important; margin-left: auto; margin-right: auto;border-bottom: 0;">
<caption>表1 性別</caption>
 <thead>
<tr>
<th style="empty-cells: hide;border-bottom:hidden;" colspan="1"></th>
<th style="border-bottom:hidden;padding-bottom:0; padding-left:3px;padding-right:3px;text-align: center; " colspan="2"><div style="border-bottom: 1px solid #ddd; padding-bottom: 5px; ">A群</div></th>
<th style="border-bottom:hidden;padding-bottom:0; padding-left:3px;padding-right:3px;text-align: center; " colspan="2"><div style="border-bottom: 1px solid #ddd; padding-bottom: 5px; ">B群</div></th>
</tr>
  <tr>
   <th style="text-align:left;"> 項目 </th>
   <th style="text-align:right;"> n </th>
   <th style="text-align:right;"> % </th>
   <th style="text-align:right;"> n </th>
   <th style="text-align:right;"> % </th>
  </tr>
 </thead>
<tbody>
  <tr grouplength="4"><td colspan="5" style="border-bottom: 1px solid;"><strong>性別</strong></td></tr>
${rows.join('\n')}
</tbody>
<tfoot>
<tr><td style="padding: 0; " colspan="100%"><span style="font-style: italic;">Note: </span></td></tr>
<tr><td style="padding: 0; " colspan="100%">
<sup></sup> 割合は各群の人数に対する%</td></tr>
</tfoot>
</table>`;
}
const kableTsv = `# 表1 性別\n${[
  ['', 'A群', '', 'B群', ''],
  ['項目', 'n', '%', 'n', '%'],
  ['性別'],
  ...TABLE_B.slice(1).map((r) => [`\u00a0\u00a0${r[0]}`, ...r.slice(1)]),
  ['Note:'],
  ['割合は各群の人数に対する%'],
]
  .map((r) => r.join('\t'))
  .join('\n')}\n`;

/**
 * Table A's header and body rows as a tool writes them: `th` each header cell, `label` each row's first cell, `td` each
 * value (its row from 0 in the body, its column from 0 among the values), `tr` around each row's cells.
 */
function tableA(
  th: (h: string, j: number) => string,
  label: (l: string) => string,
  td: (v: string, i: number, j: number) => string,
  tr = (cells: string[]) => `<tr>\n${cells.join('\n')}\n</tr>`,
) {
  return `<thead>\n${tr(TABLE_A[0]!.map(th))}\n</thead>\n<tbody>\n${TABLE_A.slice(1)
    .map((r, i) => tr([label(r[0]!), ...r.slice(1).map((v, j) => td(v, i, j))]))
    .join('\n')}\n</tbody>`;
}

/** knitr::kable's table (alone, and in R Markdown); `hidden`, the text of A群・不明's cell where it hides a number. */
const kableTable = (hidden?: string) => `<table class="table" style="width: auto !important; margin-left: auto; margin-right: auto;">
${tableA(
  (h, j) => `   <th style="text-align:${j === 0 ? 'left' : 'right'};"> ${h} </th>`,
  (l) => `   <td style="text-align:left;"> ${l} </td>`,
  (v, i, j) => `   <td style="text-align:right;"> ${hidden !== undefined && i === 2 && j === 0 ? hidden : v} </td>`,
)}
</table>`;

// --- R: knitr::kable(format = "html") alone ------------------------------------------------------------------------
function kable(o: { hiddenCell?: boolean } = {}) {
  return kableTable(o.hiddenCell ? '<del>5</del>3' : undefined);
}

// --- R: flextable (its HTML: classes per cell, p and span in each cell) --------------------------------------------------
function flextable(o: { hiddenCell?: boolean } = {}) {
  const c = (text: string, header: boolean, right: boolean) =>
    `<${header ? 'th' : 'td'} class="cl-7a1c${header ? '40' : '41'}"><p class="cl-7a1c${right ? '2f' : '2e'}"><span class="cl-7a1c1a">${text}</span></p></${header ? 'th' : 'td'}>`;
  return `<div class="tabwid"><style>.cl-7a1c5e{}.cl-7a1b0c{table-layout:auto;}.cl-7a1c1a{font-family:'Arial';font-size:11pt;font-weight:normal;font-style:normal;text-decoration:none;color:rgba(0, 0, 0, 1.00);background-color:transparent;}.cl-7a1c2e{margin:0;text-align:left;border-bottom: 0 solid rgba(0, 0, 0, 1.00);border-top: 0 solid rgba(0, 0, 0, 1.00);border-left: 0 solid rgba(0, 0, 0, 1.00);border-right: 0 solid rgba(0, 0, 0, 1.00);padding-bottom:5pt;padding-top:5pt;padding-left:5pt;padding-right:5pt;line-height: 1;background-color:transparent;}.cl-7a1c2f{margin:0;text-align:right;border-bottom: 0 solid rgba(0, 0, 0, 1.00);border-top: 0 solid rgba(0, 0, 0, 1.00);border-left: 0 solid rgba(0, 0, 0, 1.00);border-right: 0 solid rgba(0, 0, 0, 1.00);padding-bottom:5pt;padding-top:5pt;padding-left:5pt;padding-right:5pt;line-height: 1;background-color:transparent;}.cl-7a1c40{width:0.75in;background-color:transparent;vertical-align: middle;border-bottom: 1.5pt solid rgba(102, 102, 102, 1.00);border-top: 1.5pt solid rgba(102, 102, 102, 1.00);border-left: 0 solid rgba(0, 0, 0, 1.00);border-right: 0 solid rgba(0, 0, 0, 1.00);margin-bottom:0;margin-top:0;margin-left:0;margin-right:0;}.cl-7a1c41{width:0.75in;background-color:transparent;vertical-align: middle;border-bottom: 0 solid rgba(0, 0, 0, 1.00);border-top: 0 solid rgba(0, 0, 0, 1.00);border-left: 0 solid rgba(0, 0, 0, 1.00);border-right: 0 solid rgba(0, 0, 0, 1.00);margin-bottom:0;margin-top:0;margin-left:0;margin-right:0;}${o.hiddenCell ? '.cl-7a1c99{color:rgba(0, 0, 0, 0.00);}' : ''}</style><table data-quarto-disable-processing='true' class='cl-7a1c5e'><thead><tr style="overflow-wrap:break-word;">${TABLE_A[0]!.map((h, j) => c(h, true, j > 0)).join('')}</tr></thead><tbody>${TABLE_A.slice(
    1,
  )
    .map(
      (r, i) =>
        `<tr style="overflow-wrap:break-word;">${r.map((v, j) => c(o.hiddenCell && i === 2 && j === 1 ? `<span class="cl-7a1c99">3</span>X` : v, false, j > 0)).join('')}</tr>`,
    )
    .join('')}</tbody></table></div>`;
}

// --- R Markdown html_document (Bootstrap 3 inline, its print rules), a kable table in it ----------------------------------
function rmarkdown(o: { hiddenCell?: boolean } = {}) {
  return `<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8" />
<meta name="generator" content="pandoc" />
<title>解析結果</title>
<style type="text/css">
/*! normalize.css v3.0.3 | MIT License | github.com/necolas/normalize.css */
html{font-family:sans-serif;-webkit-text-size-adjust:100%;-ms-text-size-adjust:100%}body{margin:0}
audio:not([controls]){display:none;height:0}[hidden],template{display:none}
abbr[title]{border-bottom:1px dotted}sub,sup{font-size:75%;line-height:0;position:relative;vertical-align:baseline}
table{border-collapse:collapse;border-spacing:0}td,th{padding:0}
@media print{*,:after,:before{color:#000!important;text-shadow:none!important;background:0 0!important;-webkit-box-shadow:none!important;box-shadow:none!important}a,a:visited{text-decoration:underline}a[href]:after{content:" (" attr(href) ")"}abbr[title]:after{content:" (" attr(title) ")"}a[href^="javascript:"]:after,a[href^="#"]:after{content:""}thead{display:table-header-group}img,tr{page-break-inside:avoid}.navbar{display:none}.label{border:1px solid #000}.table{border-collapse:collapse!important}.table td,.table th{background-color:#fff!important}}
.sr-only{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);border:0}
.hidden{display:none!important}
.collapse{display:none}.collapse.in{display:block}
.fade{opacity:0;-webkit-transition:opacity .15s linear;transition:opacity .15s linear}.fade.in{opacity:1}
.tooltip{position:absolute;z-index:1070;display:block;font-size:12px;opacity:0}
.tab-content>.tab-pane{display:none}.tab-content>.active{display:block}
@media (max-width:767px){.hidden-xs{display:none!important}}
@media print{.hidden-print{display:none!important}.visible-print{display:block!important}}
.visible-print{display:none!important}
.table>tbody>tr>td,.table>thead>tr>th{padding:8px;line-height:1.42857143;vertical-align:top;border-top:1px solid #ddd}
</style>
<style type="text/css">
code{white-space: pre-wrap;}
span.smallcaps{font-variant: small-caps;}
div.columns{display: flex; gap: min(4vw, 1.5em);}
div.column{flex: auto; overflow-x: auto;}
.tabset-dropdown > .nav-tabs > li { display: none; }
.tabset-dropdown > .nav-tabs.nav-tabs-open > li { display: block; }
@media print { .toc-content { width: 100%; } }
</style>
</head>
<body>
<div class="container-fluid main-container">
<div id="header">
<h1 class="title toc-ignore">解析結果</h1>
</div>
<div id="表1" class="section level2">
<h2>表1</h2>
${kableTable(o.hiddenCell ? 'X<span class="sr-only">3</span>' : undefined)}
</div>
</div>
</body>
</html>
`;
}
const rmarkdownTsv = `解析結果\n\n${tsvOf(TABLE_A, '表1').replace(/^# 表1\n/, '表1\n')}`;

// --- Jupyter (nbconvert HTML: JupyterLab's classes, pandas' scoped style) --------------------------------------------------
function jupyter(o: { hiddenCell?: boolean } = {}) {
  return `<!DOCTYPE html>
<html>
<head><meta charset="utf-8" />
<title>analysis</title>
<style type="text/css">
.jp-OutputPrompt { flex: 0 0 var(--jp-cell-prompt-width); }
.jp-InputArea-editor { overflow: hidden; }
.lm-Widget.lm-mod-hidden { display: none !important; }
.jp-mod-hidden { display: none; }
.jp-RenderedHTMLCommon table { border-collapse: collapse; border-spacing: 0; border: none; font-size: var(--jp-ui-font-size1); table-layout: fixed; margin-left: auto; margin-bottom: 1em; margin-right: auto; }
.jp-RenderedHTMLCommon thead { border-bottom: var(--jp-border-width) solid var(--jp-border-color1); vertical-align: bottom; }
.jp-RenderedHTMLCommon tbody tr:nth-child(odd) { background: var(--jp-layout-color0); }
.jp-RenderedHTMLCommon tbody tr:hover { background: rgba(66, 165, 245, 0.2); }
.jp-RenderedHTMLCommon :not(pre) > code { background-color: var(--jp-layout-color2); padding: 1px 5px; }
.jp-RenderedHTMLCommon h1:hover .jp-InternalAnchorLink, .jp-RenderedHTMLCommon h2:hover .jp-InternalAnchorLink { visibility: visible; }
.jp-InternalAnchorLink { visibility: hidden; margin-left: 8px; }
@media print {
  .jp-Cell-inputWrapper, .jp-Cell-outputWrapper { display: block; }
  .jp-OutputArea-prompt { display: none; }
}
</style>
</head>
<body class="jp-Notebook" data-jp-theme-light="true" data-jp-theme-name="JupyterLab Light">
<main>
<div class="jp-Cell jp-CodeCell jp-Notebook-cell" id="cell-id=3f2a9c1e">
<div class="jp-Cell-outputWrapper">
<div class="jp-OutputArea jp-Cell-outputArea">
<div class="jp-OutputArea-child jp-OutputArea-executeResult">
<div class="jp-OutputPrompt jp-OutputArea-prompt">Out[7]:</div>
<div class="jp-RenderedHTMLCommon jp-RenderedHTML jp-OutputArea-output jp-OutputArea-executeResult" data-mime-type="text/html" tabindex="0">
<div>
<style scoped>
    .dataframe tbody tr th:only-of-type {
        vertical-align: middle;
    }

    .dataframe tbody tr th {
        vertical-align: top;
    }

    .dataframe thead th {
        text-align: right;
    }
</style>
<table border="1" class="dataframe">
${tableA(
  (h) => `      <th>${h}</th>`,
  (l) => `      <th>${l}</th>`,
  (v, i, j) => `      <td${o.hiddenCell && i === 2 && j === 0 ? ' class="jp-mod-hidden"' : ''}>${v}</td>`,
)}
</table>
</div>
</div>
</div>
</div>
</div>
</div>
</main>
</body>
</html>
`;
}
const jupyterTsv = `Out[7]:\n${tsvOf(TABLE_A)}`;

// --- SAS ODS HTML (PROC REPORT, the HTMLBlue style's classes, summary and anchors) ------------------------------------------
function sas(o: { hiddenCell?: boolean } = {}) {
  return `<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01//EN">
<html>
<head>
<meta name="Generator" content="SAS Software Version 9.4, see www.sas.com">
<meta http-equiv="Content-type" content="text/html; charset=utf-8">
<title>SAS 出力</title>
<style type="text/css">
<!--
.body { background-color: #FAFBFE; color: #000000; font-family: Arial, 'Albany AMT', Helvetica, Helv; font-size: x-small; font-style: normal; font-weight: normal; }
.data { background-color: #FFFFFF; border-spacing: 0; color: #000000; font-family: Arial, 'Albany AMT', Helvetica, Helv; font-size: x-small; padding: 3px 6px 3px 6px; }
.header { background-color: #EDF2F9; color: #112277; font-weight: bold; padding: 3px 6px 3px 6px; }
.rowheader { background-color: #EDF2F9; color: #112277; font-weight: bold; }
.table { border-bottom-width: 1px; border-collapse: separate; border-spacing: 0; border-top-width: 1px; }
.systemtitle { color: #112277; font-size: small; font-weight: bold; }
.c { text-align: center; }
.l { text-align: left; }
.r { text-align: right; }
.b { vertical-align: bottom; }
.m { vertical-align: middle; }
.t { vertical-align: top; }
${o.hiddenCell ? '.hid { display: none; }\n' : ''}-->
</style>
</head>
<body onload="if (msie4 == 1)expandAll()" class="body">
<script language="javascript" type="text/javascript">
<!-- 
var _info = navigator.userAgent
var ie = (_info.indexOf("MSIE") > 0
          && _info.indexOf("Win") > 0
          && _info.indexOf("Windows 3.1") < 0);
var msie4 = 0;
//-->
</script>
<div class="branch">
<a name="IDX"></a>
<table class="systitleandfootercontainer" width="100%" cellspacing="1" cellpadding="1" rules="none" frame="void" border="0" summary="Page Layout">
<tr>
<td class="c systemtitle">表1 性別</td>
</tr>
</table><br>
<div>
<div align="center">
<table class="table" cellspacing="0" cellpadding="5" rules="all" frame="box" bordercolor="#C1C1C1" summary="Procedure Report: Detailed and/or summarized report">
<colgroup>
<col>
</colgroup>
<colgroup>
<col>
<col>
<col>
</colgroup>
${tableA(
  (h, j) => `<th class="${j === 0 ? 'l' : 'r'} b header" scope="col">${h}</th>`,
  (l) => `<td class="l data">${l}</td>`,
  (v, i, j) => `<td class="r data">${o.hiddenCell && i === 2 && j === 0 ? `<span class="hid">${v}</span>X` : v}</td>`,
)}
</table>
</div>
</div>
<br>
</div>
</body>
</html>
`;
}
const sasTsv = `表1 性別\n\n${tsvOf(TABLE_A)}`;

// --- Stata: collect export using …, as(html) ----------------------------------------------------------------------------
function stata(o: { hiddenCell?: boolean } = {}) {
  const cls = (r: number, c: number) => `stata-r${r}c${c}`;
  return `<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<style>
table.stata-table { border-collapse: collapse; margin: 0; }
table.stata-table td, table.stata-table th { padding: 2px 6px; }
.${cls(1, 1)}, .${cls(1, 2)}, .${cls(1, 3)} { border-bottom: 1px solid black; text-align: right; }
td.stata-rowhead { text-align: left; white-space: nowrap; }
${o.hiddenCell ? `.${cls(4, 1)} { font-size: 0; }\n` : ''}</style>
</head>
<body>
<table class="stata-table" id="tbl-1">
${tableA(
  (h, j) => `<th class="${j === 0 ? 'stata-rowhead' : cls(1, j)}">${h}</th>`,
  (l) => `<td class="stata-rowhead">${l}</td>`,
  (v, i, j) =>
    `<td class="${cls(i + 2, j + 1)}" data-row="${i + 2}" data-col="${j + 1}">${o.hiddenCell && i === 2 && j === 0 ? `<span class="${cls(4, 1)}">3</span>X` : v}</td>`,
)}
</table>
</body>
</html>
`;
}

// --- SPSS: Output ▸ Export ▸ HTML (pivot table classes, title and caption) ----------------------------------------------
function spss(o: { hiddenCell?: boolean } = {}) {
  return `<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<style type="text/css">
.pvtTable { border-collapse: collapse; }
.pvtTitle { font-weight: bold; text-align: center; }
.pvtColHeader { text-align: center; border-bottom: 1px solid #000; }
.pvtRowHeader { text-align: left; }
.pvtDataCell { text-align: right; }
.pvtFootnote { font-size: 80%; }
</style>
</head>
<body>
<h2 class="pvtTitle">性別 と 群 のクロス表</h2>
<table class="pvtTable" border="1" cellspacing="0" cellpadding="2">
<thead>
<tr><th class="pvtColHeader" rowspan="2">項目</th><th class="pvtColHeader" colspan="2">群</th><th class="pvtColHeader" rowspan="2">合計</th></tr>
<tr><th class="pvtColHeader">A群</th><th class="pvtColHeader">B群</th></tr>
</thead>
<tbody>
${TABLE_A.slice(1)
  .map(
    (r, i) =>
      `<tr><th class="pvtRowHeader">${r[0]}</th>${r
        .slice(1)
        .map((v, j) => `<td class="pvtDataCell">${o.hiddenCell && i === 2 && j === 0 ? `<span style="opacity: 0">3</span>X` : v}</td>`)
        .join('')}</tr>`,
  )
  .join('\n')}
</tbody>
</table>
</body>
</html>
`;
}
const spssTsv = `性別 と 群 のクロス表\n項目\t群\t\t合計\n\tA群\tB群\n${TABLE_A.slice(1)
  .map((r) => r.join('\t'))
  .join('\n')}\n`;

/** A fixture of a tool's page: as written, and with one cell's number hidden (`hiddenCell`). */
const fixture = (name: string, tool: string, page: (o?: { hiddenCell?: boolean }) => string, tsv: string, held?: string): Fixture => ({
  name,
  tool,
  html: page(),
  tsv,
  hide: page({ hiddenCell: true }),
  ...(held === undefined ? {} : { held }),
});

export const FIXTURES: Fixture[] = [
  fixture(
    'excel-web-page',
    'Excel 「Web ページとして保存」 (x:num, x:fmla, phonetic guides, the hidden row of widths)',
    excelPage,
    shownPercentTsv,
    heldTsv,
  ),
  fixture('excel-clipboard', 'Excel, a range copied (ROUND formulas, StartFragment)', excelClipboard, excelTsv),
  fixture('libreoffice', 'LibreOffice Calc, Export ▸ HTML (sdval, sdnum)', libreOffice, shownPercentTsv, heldTsv),
  fixture('google-sheets', 'Google Sheets, a range copied (data-sheets-value, -formula)', googleSheets, shownPercentTsv, heldTsv),
  fixture('word', 'Word, a table copied (MsoTableGrid, o:p, StartFragment)', word, tsvOf(TABLE_A)),
  fixture('pandas', 'pandas DataFrame.to_html (two column levels, in Jupyter)', pandas, pandasTsv),
  fixture('styler', 'pandas Styler.to_html (ids, a caption)', styler, tsvOf(TABLE_A, '表1 性別')),
  fixture('gtsummary', 'R gtsummary tbl_summary |> as_gt (gt HTML)', gtsummary, gtTsv),
  fixture('kableExtra', 'R kableExtra (add_header_above, pack_rows, footnote)', kableExtra, kableTsv),
  fixture('kable', 'R knitr::kable(format = "html")', kable, tsvOf(TABLE_A)),
  fixture('flextable', 'R flextable (htmltools output)', flextable, tsvOf(TABLE_A)),
  fixture('rmarkdown', 'R Markdown html_document (Bootstrap 3 inline, print rules)', rmarkdown, rmarkdownTsv),
  fixture('jupyter', 'Jupyter nbconvert HTML (JupyterLab classes)', jupyter, jupyterTsv),
  fixture('sas', 'SAS ODS HTML (PROC REPORT, HTMLBlue)', sas, sasTsv),
  fixture('stata', 'Stata collect export as(html) (data-row, data-col)', stata, tsvOf(TABLE_A)),
  fixture('spss', 'SPSS Output ▸ Export ▸ HTML (pivot table, two header rows)', spss, spssTsv),
];
