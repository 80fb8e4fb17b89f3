import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createRepeatingJob } from './repeatingJob';

/** A job whose runs the test ends by hand: `started` counts runs begun, `finish()` ends the oldest open one. */
function handJob(everyMs: number) {
  const open: Array<{ resolve(v: number): void; reject(e: Error): void }> = [];
  let started = 0;
  const errors: unknown[] = [];
  const job = createRepeatingJob<number>({
    everyMs,
    onError: (e) => errors.push(e),
    run: () =>
      new Promise<number>((resolve, reject) => {
        started += 1;
        open.push({ resolve, reject });
      }),
  });
  return {
    job,
    errors,
    started: () => started,
    finish: (fail = false) => {
      const r = open.shift();
      assert.ok(r, 'a run is under way');
      if (fail) r.reject(new Error('mailbox gone'));
      else r.resolve(started);
    },
  };
}

/** Wait (on real timers, up to two seconds) until `ok()` holds. */
async function until(ok: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 200 && !ok(); i++) await new Promise((r) => setTimeout(r, 10));
  assert.ok(ok(), what);
}

test('a wake that comes while a run ends is not pushed back to the period', async (t) => {
  const h = handJob(600_000);
  t.after(() => h.job.stop());
  h.job.start();
  await until(() => h.started() === 1, 'the first run begins at start');
  h.job.wake(30); // a change made here while the run is under way
  h.finish(); // the run ends before the wake is due: it must not replace the wake with the ten-minute period
  await until(() => h.started() === 2, 'the woken run happens within the wake, not at the next period');
  h.finish();
});

test('runNow during a run runs once more after it, once for every caller in that time', async (t) => {
  const h = handJob(600_000);
  t.after(() => h.job.stop());
  const first = h.job.runNow();
  const [second, third] = [h.job.runNow(), h.job.runNow()];
  assert.equal(h.started(), 1, 'one run at a time');
  h.finish();
  assert.equal(await first, 1);
  await until(() => h.started() === 2, 'the re-run begins when the first ends');
  h.finish();
  assert.deepEqual([await second, await third], [2, 2], 'both callers get the run begun after their call');
  await new Promise((r) => setTimeout(r, 30));
  assert.equal(h.started(), 2, 'no third run: the callers shared one');
});

test('a failed run still leads to the next, and the timer reports its failure', async (t) => {
  const h = handJob(40);
  t.after(() => h.job.stop());
  h.job.start();
  await until(() => h.started() === 1, 'the first run');
  h.finish(true);
  await until(() => h.started() === 2, 'the period after a failure');
  h.finish();
  assert.deepEqual(
    h.errors.map((e) => String(e)),
    ['Error: mailbox gone'],
  );
});

test('a wake does not push a sooner run later, and a stopped job neither runs nor wakes', async (t) => {
  const h = handJob(600_000);
  t.after(() => h.job.stop());
  h.job.start(); // due at once
  h.job.wake(60_000); // a later wake leaves the sooner run as it is
  await until(() => h.started() === 1, 'the run due at start is not moved to the wake');
  h.finish();
  await h.job.stop();
  h.job.wake(0);
  await new Promise((r) => setTimeout(r, 30));
  assert.equal(h.started(), 1, 'nothing after stop');
});

test('stop waits for the run under way', async () => {
  const h = handJob(600_000);
  h.job.start();
  await until(() => h.started() === 1, 'the first run');
  let stopped = false;
  const stopping = h.job.stop().then(() => (stopped = true));
  await new Promise((r) => setTimeout(r, 20));
  assert.equal(stopped, false, 'still under way');
  h.finish();
  await stopping;
  assert.equal(stopped, true);
});
