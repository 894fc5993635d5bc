import { RULES, isRuleId, ruleById } from '../src';

const EXPECTED_ORDER = [
  ...['M1', 'M2', 'M3', 'M4', 'M5'],
  ...['O1', 'O2', 'O3'],
  ...['G1', 'G2', 'G3', 'G4', 'G5', 'G6', 'G7', 'G8', 'G9', 'G10', 'G11', 'G12', 'G13'],
];

describe('the rulebook', () => {
  it('holds every rule once, M1-M5, O1-O3, G1-G13 in that order', () => {
    expect(RULES.map((rule) => rule.id)).toEqual(EXPECTED_ORDER);
  });

  it('gives every rule a title and a reading, and quotes no empty statute', () => {
    for (const rule of RULES) {
      expect(rule.title.trim()).not.toBe('');
      expect(rule.reading.trim().length).toBeGreaterThan(40);
      if (rule.statute !== null) expect(rule.statute.trim()).not.toBe('');
    }
  });

  it('has no statute only for the rules wholly of the project\'s choice', () => {
    expect(RULES.filter((rule) => rule.statute === null).map((rule) => rule.id)).toEqual(['M3', 'O2', 'O3', 'G6']);
  });

  it('says in each reading the rule it is refused or reported under, when it names one', () => {
    for (const rule of RULES) {
      const named = rule.reading.match(/(?:refused|reports) under ([MOG]\d+)/g) ?? [];
      for (const mention of named) expect(isRuleId(mention.split(' ').pop()!)).toBe(true);
    }
  });

  it('finds a rule by its id and knows which ids are its own', () => {
    expect(ruleById('G8').title).toBe('Executive Committee size');
    expect(isRuleId('G13')).toBe(true);
    expect(isRuleId(`G${EXPECTED_ORDER.length}`)).toBe(false);
    expect(isRuleId('m1')).toBe(false);
  });
});
