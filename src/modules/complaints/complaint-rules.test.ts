import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { holidaySeeds } from '../sites/holidays.data.ts';
import type { WorkingCalendar } from '../sites/sites.public.ts';
import {
  afterPause,
  deadlinesAtReceipt,
  deadlinesOf,
  STATUTORY,
  stageOnEntering,
  stageState,
  withinFilingWindow,
} from './complaint-deadlines.rules.ts';
import {
  ACTIONS,
  type ActorKind,
  type ComplaintAction,
  type ComplaintStatus,
  movesFrom,
  nextStatus,
  STATUSES,
} from './complaint-status.rules.ts';
import { subjectOf } from './complaint-subjects.ts';

/** The legal moves, written out once more by hand: anything not here must be refused. */
const LEGAL: Record<string, ComplaintStatus> = {
  'received verify handler': 'verified',
  'reopened verify handler': 'verified',
  'received postpone handler': 'postponed',
  'verified postpone handler': 'postponed',
  'reopened postpone handler': 'postponed',
  'postponed resume handler': 'verified', // postponedFrom in the test context
  'received archive handler': 'archived',
  'postponed archive handler': 'archived',
  'verified archive handler': 'archived',
  'reopened archive handler': 'archived',
  'received forward handler': 'forwarded',
  'postponed forward handler': 'forwarded',
  'verified forward handler': 'forwarded',
  'reopened forward handler': 'forwarded',
  'verified dispatch handler': 'dispatched',
  'reopened dispatch handler': 'dispatched',
  'dispatched follow_up agency': 'followed_up',
  'dispatched follow_up handler': 'followed_up',
  'followed_up return_follow_up handler': 'dispatched',
  'verified answer handler': 'answered',
  'followed_up answer handler': 'answered',
  'reopened answer handler': 'answered',
  'answered citizen_reply citizen': 'closed', // resolved: true in the test context
  'answered auto_close system': 'closed',
  'closed reopen handler': 'reopened',
  'closed reopen citizen': 'reopened',
};
const ACTORS: ActorKind[] = ['handler', 'agency', 'citizen', 'system'];

describe('the complaint status machine', () => {
  it('allows exactly the legal moves and refuses every other, naming why', () => {
    let refused = 0;
    for (const status of STATUSES)
      for (const action of ACTIONS)
        for (const by of ACTORS) {
          const key = `${status} ${action} ${by}`;
          const r = nextStatus(action, by, {
            status,
            postponedFrom: 'verified',
            reopenCount: 0,
            resolved: true,
          });
          if (LEGAL[key]) assert.deepEqual(r, { to: LEGAL[key] }, key);
          else {
            assert.ok('refused' in r, `${key} must be refused`);
            refused++;
          }
        }
    assert.equal(refused, STATUSES.length * ACTIONS.length * ACTORS.length - Object.keys(LEGAL).length);
  });

  it('a wrong actor hears "not your move" before the status is looked at; a wrong status "illegal move"', () => {
    const ctx = { status: 'dispatched' as const, postponedFrom: null, reopenCount: 0 };
    assert.deepEqual(nextStatus('verify', 'agency', ctx), {
      refused: { code: 'complaint.not_your_move', action: 'verify', by: 'agency' },
    });
    assert.deepEqual(nextStatus('verify', 'handler', ctx), {
      refused: { code: 'complaint.illegal_move', from: 'dispatched', action: 'verify' },
    });
  });

  it('reopens once: a second reopening, by anyone, is refused; a second "not resolved" closes it', () => {
    const closed = { status: 'closed' as const, postponedFrom: null, reopenCount: 1 };
    assert.deepEqual(nextStatus('reopen', 'citizen', closed), {
      refused: { code: 'complaint.reopened_once' },
    });
    assert.deepEqual(nextStatus('reopen', 'handler', closed), {
      refused: { code: 'complaint.reopened_once' },
    });
    const answered = { status: 'answered' as const, postponedFrom: null, reopenCount: 0, resolved: false };
    assert.deepEqual(nextStatus('citizen_reply', 'citizen', answered), { to: 'reopened' });
    assert.deepEqual(nextStatus('citizen_reply', 'citizen', { ...answered, reopenCount: 1 }), {
      to: 'closed',
    });
    assert.deepEqual(movesFrom('closed', 'handler', 1), []);
    assert.deepEqual(movesFrom('closed', 'handler', 0), ['reopen']);
  });

  it('resumes into the status the postponement interrupted', () => {
    for (const from of ['received', 'verified', 'reopened'] as const)
      assert.deepEqual(
        nextStatus('resume', 'handler', { status: 'postponed', postponedFrom: from, reopenCount: 0 }),
        {
          to: from,
        },
      );
  });

  it('lists the moves a screen offers', () => {
    assert.deepEqual(movesFrom('received', 'handler', 0), ['verify', 'postpone', 'archive', 'forward']);
    assert.deepEqual(movesFrom('dispatched', 'agency', 0), ['follow_up'] as ComplaintAction[]);
    assert.deepEqual(movesFrom('dispatched', 'citizen', 0), []);
  });
});

const weekly = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opens: '08:00', closes: '16:00', breaks: [] }));
const calendar = (closures: string[] = []): WorkingCalendar => ({
  timeZone: 'Asia/Jakarta',
  weeklyHours: weekly,
  specialPeriods: [],
  closures: new Set(closures),
  holidays: new Set(holidaySeeds.map((h) => h.date)),
});
/** The last second of a WIB day, as an instant. */
const endOf = (date: string) => new Date(`${date}T23:59:59+07:00`);

describe('complaint deadlines in working days', () => {
  it('verify and dispatch within 3 working days, across a weekend', () => {
    // Thursday 2026-11-26, 10:00 WIB → Fri 27, Mon 30, Tue 1 Dec.
    const d = deadlinesAtReceipt(new Date('2026-11-26T10:00:00+07:00'), STATUTORY, calendar());
    assert.deepEqual(d.stageDueAt, endOf('2026-12-01'));
    // 3 + 5 working days for the answer: Fri 27, Mon 30, 1, 2, 3, 4, Mon 7, Tue 8 Dec.
    assert.deepEqual(d.answerDueAt, endOf('2026-12-08'));
    // The law's bounds in calendar days: 14 and 60 days after the day of receipt.
    assert.deepEqual(d.responseDueAt, endOf('2026-12-10'));
    assert.deepEqual(d.decisionDueAt, endOf('2027-01-25'));
  });

  it('skips national holidays and cuti bersama (Nyepi and Idul Fitri 2026)', () => {
    // Tuesday 2026-03-17: 18 cuti Nyepi, 19 Nyepi, 20 cuti Idul Fitri, 21–22 Idul Fitri (weekend), 23–24 cuti.
    const d = deadlinesAtReceipt(new Date('2026-03-17T09:00:00+07:00'), STATUTORY, calendar());
    assert.deepEqual(d.stageDueAt, endOf('2026-03-27')); // Wed 25, Thu 26, Fri 27
  });

  it('skips the site’s own closures', () => {
    const d = deadlinesAtReceipt(new Date('2026-11-26T10:00:00+07:00'), STATUTORY, calendar(['2026-11-30']));
    assert.deepEqual(d.stageDueAt, endOf('2026-12-02'));
  });

  it('agency follow-up: 5 working days after dispatch; over Christmas (24 cuti, 25 holiday) and New Year', () => {
    const s = stageOnEntering(
      'dispatched',
      new Date('2026-12-22T14:00:00+07:00'),
      { answerDueAt: endOf('2027-01-30') },
      STATUTORY,
      calendar(),
    );
    // Wed 23, (24, 25 off, weekend), Mon 28, 29, 30, 31, (1 Jan off) → Thu 31 Dec is the 5th.
    assert.deepEqual(s.stageDueAt, endOf('2026-12-31'));
    assert.ok(s.stageAtRiskAt && s.stageAtRiskAt < endOf('2026-12-31'));
  });

  it('a postponement stops the clock: the answer moves by the working days it lasted, never past the 14 days', () => {
    const cal = calendar();
    const c = {
      postponedAt: new Date('2026-11-30T10:00:00+07:00'), // Monday
      stageDueAt: null,
      answerDueAt: endOf('2026-12-08'),
      responseDueAt: endOf('2026-12-10'),
    };
    const r = afterPause(c, new Date('2026-12-01T10:00:00+07:00'), cal);
    assert.equal(r.pausedDays, 1);
    assert.deepEqual(r.answerDueAt, endOf('2026-12-09'));
    const long = afterPause(c, new Date('2026-12-04T10:00:00+07:00'), cal);
    assert.equal(long.pausedDays, 4);
    assert.deepEqual(long.answerDueAt, endOf('2026-12-10')); // capped by the law's 14 days
  });

  it('at risk, late, paused; an answered complaint waits without being late', () => {
    const c = {
      status: 'verified' as const,
      stageDueAt: endOf('2026-12-01'),
      stageAtRiskAt: endOf('2026-11-30'),
    };
    assert.equal(stageState(c, new Date('2026-11-30T10:00:00+07:00')), 'on_time');
    assert.equal(stageState(c, new Date('2026-12-01T10:00:00+07:00')), 'at_risk');
    assert.equal(stageState(c, new Date('2026-12-02T00:00:00+07:00')), 'late');
    assert.equal(stageState({ ...c, status: 'postponed' }, new Date('2026-12-09T00:00:00+07:00')), 'paused');
    assert.equal(stageState({ ...c, status: 'answered' }, new Date('2026-12-09T00:00:00+07:00')), 'none');
  });

  it('a site may shorten the working-day stages, not lengthen them past the statute', () => {
    assert.deepEqual(deadlinesOf({ verifyDays: 2, followUpDays: 9, autoCloseDays: 14 }), {
      ...STATUTORY,
      verifyDays: 2,
      autoCloseDays: 14,
    });
    assert.deepEqual(deadlinesOf({ verifyDays: '2', atRiskShare: 1.5 }), STATUTORY);
  });

  it('the 30-day filing window after the service', () => {
    const served = new Date('2026-11-01T10:00:00+07:00');
    assert.equal(withinFilingWindow(served, new Date('2026-12-01T10:00:00+07:00')), true);
    assert.equal(withinFilingWindow(served, new Date('2026-12-01T10:00:01+07:00')), false);
  });
});

describe('complaint subjects', () => {
  it('suggests a category from the description’s words, else other', () => {
    assert.equal(subjectOf('Petugas loket 3 ketus dan membentak saya'), 'behaviour');
    assert.equal(subjectOf('Diminta uang tambahan oleh calo di parkiran'), 'fee');
    assert.equal(subjectOf('Sudah 3 jam menunggu nomor antrean tidak dipanggil'), 'waiting');
    assert.equal(subjectOf('Terima kasih, pelayanan cepat'), 'other');
  });
});
