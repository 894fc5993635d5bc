import { readFileSync } from 'node:fs';
import { RULES, RULES_DOCUMENT_PATH, rulesDocument } from '../src';

describe('the rules document', () => {
  it('is committed as `pnpm rules` writes it from the rulebook (run `pnpm rules` when this fails)', () => {
    expect(readFileSync(RULES_DOCUMENT_PATH, 'utf8')).toBe(rulesDocument());
  });

  it('has a section for every rule, in the rulebook\'s order', () => {
    const headings = [...rulesDocument().matchAll(/^### ([MOG]\d+) /gm)].map((match) => match[1]);
    expect(headings).toEqual(RULES.map((rule) => rule.id));
  });

  it('quotes each passage of a statute on its own', () => {
    const document = rulesDocument();
    expect(document).toContain('> “Members of the Executive Committee are elected by the General Assembly, and meetings are held annually.”');
    expect(document).toContain('### G6 One candidacy per member, position and Assembly\n\n*Statute:* none');
  });
});
