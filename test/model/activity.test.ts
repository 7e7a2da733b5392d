// What changed recently, for the home page.
import { describe, expect, it } from 'vitest';
import { recentActivity } from '../../src/model/activity.ts';
import { loadModel } from '../../src/model/load.ts';

const fixture = () => loadModel('test/fixtures/site/content').model;

describe('recent activity', () => {
  it('lists meetings, decisions and dated versions newest first, an unknown date after the day it cannot be later than', () => {
    const events = recentActivity(fixture(), 20).map((e) => `${e.kind}:${e.id}${e.item ? `/${e.item}` : ''}`);
    expect(events).toEqual([
      'meeting:m31',
      'decision:a-small-counts/d1-2',
      'decision:a-statistics-management/d1-3',
      'decision:a-utilization-definition/d3',
      'meeting:m30',
      'version:r2023-05',
      'version:r2021-10',
      'version:r2021-02',
    ]);
  });
});
