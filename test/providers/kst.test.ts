import { formatKstTimestamp, parseKstTimestamp } from '../../src/providers/kst';

describe('KST timestamps', () => {
  it.each([
    ['2024-01-05T00:30:00Z', '20240105093000'],
    ['2023-12-31T15:00:00Z', '20240101000000'], // UTC's New Year's Eve afternoon is already New Year in Seoul
    ['2024-02-29T14:59:59.999Z', '20240229235959'], // milliseconds are dropped, not rounded
    ['2024-07-01T03:04:05Z', '20240701120405'], // no daylight saving in summer either
  ])('%s is %s in Seoul', (iso, stamp) => {
    expect(formatKstTimestamp(new Date(iso))).toBe(stamp);
  });

  it.each([
    ['20240105093000', '2024-01-05T00:30:00.000Z'],
    ['20240101000000', '2023-12-31T15:00:00.000Z'],
  ])('reads %s as %s', (stamp, iso) => {
    expect(parseKstTimestamp(stamp)?.toISOString()).toBe(iso);
  });

  it.each([['20240230120000'], ['20240105240000'], ['20170910132060'], ['2024010509300'], ['2024-01-05 09:30'], ['']])('refuses %p', (stamp) => {
    expect(parseKstTimestamp(stamp)).toBeUndefined();
  });
});
