/** Tests of the JSON exports: model.json validates against the JSON Schema generated from the Zod schemas, and so do content files. */
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { DOCUMENT_KINDS, type DocumentKind } from '../../schemas/index.ts';
import { EXPORT_FORMAT, exportModel, jsonSchemaOf, ModelExport, SCHEMA_NAMES } from '../../src/model/export.ts';
import { loadModel } from '../../src/model/load.ts';
import { COLLECTION } from '../../src/model/model.ts';
import { parseFile } from '../../src/model/parse-file.ts';

const site = 'https://midnet-guideline.example.jp/';
const { model } = loadModel('test/fixtures/compare/content');
// Formats (uri, email) are checked by Zod already; the JSON Schema check is about structure.
const ajv = new Ajv2020({ allErrors: true, strict: false, validateFormats: false });
const validateModel = ajv.compile(jsonSchemaOf('model', site));

describe('exportModel', () => {
  const exported = JSON.parse(JSON.stringify(exportModel(model, site)));

  it('points to its schema and says its format version', () => {
    expect(exported.$schema).toBe('https://midnet-guideline.example.jp/api/schema/model.json');
    expect(exported.format).toBe(EXPORT_FORMAT);
    expect(exported.chain).toEqual(['r2021-02', 'r2023-05', 'r2026']);
  });

  it('validates against the generated JSON Schema of model.json', () => {
    expect(validateModel(exported), JSON.stringify(validateModel.errors?.slice(0, 3))).toBe(true);
  });

  it('has a list for every kind of document (the format names them one by one; a new kind must be added to it)', () => {
    expect(Object.keys(ModelExport.shape)).toEqual(expect.arrayContaining(Object.values(COLLECTION)));
  });

  it('validates against its own Zod schema (nothing lost in JSON)', () => {
    expect(ModelExport.safeParse(exported).success).toBe(true);
  });

  it('exports clause bodies as plain text with references resolved for their version', () => {
    const clause = (version: string, id: string) =>
      exported.clauses.find((c: { version: string; id: string }) => c.version === version && c.id === id);
    expect(clause('r2023-05', 'publication.small-counts').text).toBe('患者等の数が不明未満となる集計値は公表しない。');
    expect(clause('r2026', 'publication.small-counts').text).toContain('患者等の数が10未満');
    expect(clause('r2026', 'publication.small-counts').refs).toEqual([{ kind: 'rule-value', rule: 'small-counts', param: 'threshold' }]);
    expect(clause('r2021-02', 'definitions').text).toBe('利活用とは、MID-NETのデータを解析することをいう。');
  });

  it('leaves out where the maintainers keep their local copy of the minutes (source.file is not a public document)', () => {
    const real = exportModel(loadModel('content').model, site);
    expect(real.meetings.length).toBeGreaterThan(0);
    for (const m of real.meetings) expect(m.source).not.toHaveProperty('file');
    expect(JSON.stringify(real)).not.toMatch(/shared\/seeds/u);
  });

  it('lists clauses by version in chain order, each in reading order', () => {
    const ids = exported.clauses.filter((c: { version: string }) => c.version === 'r2023-05').map((c: { id: string }) => c.id);
    expect(ids).toEqual([
      'purpose',
      'definitions',
      'publication',
      'publication.review',
      'publication.small-counts',
      'data-handling',
      'statistics-moved-out',
    ]);
  });

  it('rejects a document that breaks the schema (the check is real)', () => {
    expect(validateModel({ ...exported, versions: [{ ...exported.versions[0], status: 'repealed' }] })).toBe(false);
  });
});

describe('jsonSchemaOf', () => {
  it('names every schema by its URL and offers one per document kind plus model', () => {
    expect(SCHEMA_NAMES).toEqual([...Object.keys(DOCUMENT_KINDS), 'model']);
    expect(jsonSchemaOf('term', site)).toMatchObject({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      $id: 'https://midnet-guideline.example.jp/api/schema/term.json',
    });
  });

  it('accepts the fixture documents as authors wrote them (defaults still optional)', () => {
    // A meeting's or a term's frontmatter as the file has it (the model adds the texts of the body).
    const authored = (kind: DocumentKind, d: { file: string }) => parseFile(kind, d.file, readFileSync(d.file, 'utf8')).data;
    const raw: Record<Exclude<DocumentKind, 'clause'>, unknown[]> = {
      version: [...model.versions.values()].map((d) => d.data),
      term: [...model.terms.values()].map((d) => authored('term', d)),
      member: [],
      meeting: [...model.meetings.values()].map((d) => authored('meeting', d)),
      amendment: [...model.amendments.values()].map((d) => d.data),
      rule: [...model.rules.values()].map((d) => d.data),
    };
    for (const [kind, docs] of Object.entries(raw)) {
      const validate = ajv.compile(jsonSchemaOf(kind as DocumentKind, site));
      for (const doc of docs) expect(validate(doc), `${kind}: ${JSON.stringify(validate.errors?.slice(0, 2))}`).toBe(true);
      // A meeting's and a term's texts live in the body: the model's data, with them, is not a frontmatter.
      if (kind === 'term') expect(validate([...model.terms.values()][0]!.data)).toBe(false);
    }
    const clause = ajv.compile(jsonSchemaOf('clause', site));
    const { refs: _refs, text: _text, version: _version, file: _file, ...frontmatter } = exportModel(model, site).clauses[0]!;
    expect(clause(frontmatter)).toBe(true);
    expect(clause({ ...frontmatter, number: 5 })).toBe(false);
  });
});
