import { test } from 'node:test';
import { buildTestApp } from './support/app.ts';
import { openAllDay } from './support/floor.ts';

test('probe', async () => {
  const t = await buildTestApp();
  await openAllDay(t.db);
  const res = await t.app.inject({ url: '/api/sites/SBY' });
  console.log(res.statusCode, res.body.slice(0, 300));
  await t.close();
});
