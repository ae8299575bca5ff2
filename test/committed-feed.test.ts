import { CommittedFeed, CommittedSource } from '../src/events/committed-feed';
import { createLogger } from '../src/logger';

interface Event {
  seq: number;
}

/** The committed table, as the feed reads it, counting its reads. */
class Table implements CommittedSource<Event> {
  readonly rows: Event[] = [];
  reads = 0;
  async maxSeq() {
    return this.rows.length ? this.rows[this.rows.length - 1].seq : 0;
  }
  async after(seq: number, limit: number) {
    this.reads++;
    return this.rows.filter((e) => e.seq > seq).slice(0, limit);
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the committed-event feed', () => {
  let table: Table;
  let publish: (event: Event) => void;
  let feed: CommittedFeed<Event>;
  const delivered: number[] = [];

  beforeEach(async () => {
    table = new Table();
    delivered.length = 0;
    feed = new CommittedFeed<Event>(table, (listener) => ((publish = listener), () => undefined), createLogger('silent'), 0);
    await feed.start();
    feed.subscribe((event) => delivered.push(event.seq));
    await sleep(5);
    table.reads = 0;
  });
  afterEach(() => feed.stop());

  const commit = (...seqs: number[]) => seqs.forEach((seq) => table.rows.push({ seq }));

  it('delivers in seq order events announced out of order a moment apart, without reading the table', async () => {
    commit(1, 2, 3);
    publish({ seq: 1 });
    publish({ seq: 3 });
    publish({ seq: 2 });
    expect(delivered).toEqual([1, 2, 3]);
    await sleep(80);
    expect(table.reads).toBe(0);
  });

  it('reads the table for an event whose announcement never comes, and delivers what waited behind it once, in order', async () => {
    commit(1, 2, 3);
    publish({ seq: 1 });
    publish({ seq: 3 }); // 2's message was lost
    expect(delivered).toEqual([1]);
    await sleep(80);
    expect(delivered).toEqual([1, 2, 3]);
    expect(table.reads).toBe(1);
    publish({ seq: 3 });
    expect(delivered).toEqual([1, 2, 3]);
  });
});
