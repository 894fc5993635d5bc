import type { GeneralAssembly } from '../../src/domain/executive-vice-presidents';
import { reconciledTermEnds, type TermedMandate } from '../../src/domain/term-ends';
import { day } from './dates';

const ga2019: GeneralAssembly = { id: 'ga-2019', opensOn: day('2019-10-01'), hostMemberId: 'ulsan', regular: true, hostDesignatedOn: null, cancelledOn: null };
const ga2021: GeneralAssembly = { id: 'ga-2021', opensOn: day('2021-05-04'), hostMemberId: 'istanbul', regular: true, hostDesignatedOn: null, cancelledOn: null };
const ga2022: GeneralAssembly = { id: 'ga-2022', opensOn: day('2022-10-04'), hostMemberId: 'kazan', regular: true, hostDesignatedOn: null, cancelledOn: null };

const termed = (id: string, startsOn: string, endsOn: string, more: Partial<TermedMandate> = {}): TermedMandate => ({
  id,
  startsOn: day(startsOn),
  endsOn: day(endsOn),
  sourceMeetingId: null,
  besideMandateId: null,
  endedEarlyOn: null,
  ...more,
});
const electedIn2019 = (id: string, endsOn: string, more: Partial<TermedMandate> = {}): TermedMandate =>
  termed(id, '2019-10-01', endsOn, { sourceMeetingId: 'ga-2019', ...more });

describe('G3 term ends derived again from the General Assemblies on record', () => {
  it('shorten an elected mandate to the day before the next General Assembly opens', () => {
    expect(reconciledTermEnds([electedIn2019('seat', '2022-09-30')], [ga2019, ga2022, ga2021])).toEqual([{ id: 'seat', from: '2022-09-30', to: '2021-05-03' }]);
  });

  it('restore the third-anniversary end when that General Assembly is gone', () => {
    expect(reconciledTermEnds([electedIn2019('seat', '2021-05-03')], [ga2019, ga2022])).toEqual([{ id: 'seat', from: '2021-05-03', to: '2022-09-30' }]);
    expect(reconciledTermEnds([electedIn2019('seat', '2021-05-03')], [ga2019])).toEqual([{ id: 'seat', from: '2021-05-03', to: '2022-09-30' }]);
  });

  it('never run past the day a mandate was ended early, whichever Assemblies come and go', () => {
    const resigned = electedIn2019('seat', '2021-05-03', { endedEarlyOn: day('2020-03-15') });
    expect(reconciledTermEnds([resigned], [ga2019])).toEqual([{ id: 'seat', from: '2021-05-03', to: '2020-03-15' }]);
    expect(reconciledTermEnds([{ ...resigned, endsOn: day('2020-03-15') }], [ga2019, ga2021])).toEqual([]);
    // An Assembly opening before the early end shortens it further.
    const lateResignation = electedIn2019('seat', '2022-06-30', { endedEarlyOn: day('2022-06-30') });
    expect(reconciledTermEnds([lateResignation], [ga2019, ga2021])).toEqual([{ id: 'seat', from: '2022-06-30', to: '2021-05-03' }]);
  });

  it('take no later General Assembly into account than the next one, nor an earlier one', () => {
    const ga2016: GeneralAssembly = { id: 'ga-2016', opensOn: day('2016-10-20'), hostMemberId: 'seoul', regular: true, hostDesignatedOn: null, cancelledOn: null };
    expect(reconciledTermEnds([electedIn2019('seat', '2022-09-30')], [ga2016, ga2019, ga2022])).toEqual([]);
  });

  it('report only the mandates whose last day changes', () => {
    const mandates = [electedIn2019('unchanged', '2021-05-03'), electedIn2019('changed', '2022-09-30')];
    expect(reconciledTermEnds(mandates, [ga2019, ga2021])).toEqual([{ id: 'changed', from: '2022-09-30', to: '2021-05-03' }]);
    expect(reconciledTermEnds([], [ga2019, ga2021])).toEqual([]);
  });

  it('leave alone a mandate with neither a source Assembly nor a mandate beside it', () => {
    const unsourced = termed('historic', '2019-10-01', '2025-12-31');
    expect(reconciledTermEnds([unsourced], [ga2019, ga2021])).toEqual([]);
    // A source no longer among the Assemblies on record does not derive the end either.
    expect(reconciledTermEnds([termed('orphan', '2019-10-01', '2025-12-31', { sourceMeetingId: 'gone' })], [ga2019, ga2021])).toEqual([]);
  });
});

describe('G10 a Vice President mandate derived again', () => {
  it('follows the Executive Committee mandate beside it, wherever that one is listed', () => {
    const seat = electedIn2019('seat', '2022-09-30');
    const vicePresident = termed('vp', '2020-01-15', '2022-09-30', { besideMandateId: 'seat' });
    const expected = [
      { id: 'vp', from: '2022-09-30', to: '2021-05-03' },
      { id: 'seat', from: '2022-09-30', to: '2021-05-03' },
    ];
    expect(reconciledTermEnds([vicePresident, seat], [ga2019, ga2021])).toEqual(expected);
    expect(reconciledTermEnds([seat, vicePresident], [ga2019, ga2021])).toEqual([expected[1], expected[0]]);
  });

  it('ends on the day the mandate beside it was ended early', () => {
    const seat = electedIn2019('seat', '2020-06-30', { endedEarlyOn: day('2020-06-30') });
    const vicePresident = termed('vp', '2020-01-15', '2022-09-30', { besideMandateId: 'seat' });
    expect(reconciledTermEnds([seat, vicePresident], [ga2019])).toEqual([{ id: 'vp', from: '2022-09-30', to: '2020-06-30' }]);
  });

  it('keeps its own earlier early end', () => {
    const seat = electedIn2019('seat', '2022-09-30');
    const vicePresident = termed('vp', '2020-01-15', '2020-03-31', { besideMandateId: 'seat', endedEarlyOn: day('2020-03-31') });
    expect(reconciledTermEnds([seat, vicePresident], [ga2019, ga2021])).toEqual([{ id: 'seat', from: '2022-09-30', to: '2021-05-03' }]);
  });

  it('keeps its recorded end when the mandate beside it is not among those given', () => {
    expect(reconciledTermEnds([termed('vp', '2020-01-15', '2022-09-30', { besideMandateId: 'elsewhere' })], [ga2019, ga2021])).toEqual([]);
  });
});
