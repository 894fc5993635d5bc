import path from 'node:path';
import type { CharterRule } from './charter-rule';
import { PASSAGE_SEPARATOR } from './charter-rule';
import { RULES } from './rules';

/** Where the rules document lives in the repository; `pnpm rules` writes it. */
export const RULES_DOCUMENT_PATH = path.resolve(__dirname, '../../../docs/rules.md');

const PARTS: readonly { prefix: string; heading: string; owner: string }[] = [
  { prefix: 'M', heading: 'Membership', owner: 'subgraph `membership`' },
  { prefix: 'O', heading: 'Offices', owner: 'subgraph `regional-offices`' },
  { prefix: 'G', heading: 'Governance', owner: 'subgraph `governance`' },
];

function statuteOf(rule: CharterRule): string {
  if (rule.statute === null) return '*Statute:* none; the rule is wholly the project\'s choice.';
  const passages = rule.statute.split(PASSAGE_SEPARATOR).map((passage) => `> “${passage}”`);
  return `*Statute:*\n\n${passages.join('\n>\n')}`;
}

function section(rule: CharterRule): string {
  return `### ${rule.id} ${rule.title}\n\n${statuteOf(rule)}\n\n*Reading:* ${rule.reading}\n`;
}

/** The rules document, written from the catalogue alone. */
export function rulesDocument(rules: readonly CharterRule[] = RULES): string {
  const intro =
    '# The rules of the WeGO graph\n\n' +
    'Written by `pnpm rules` from the rulebook (`packages/rulebook`); do not edit by hand. The graph answers the same catalogue at ' +
    '`charter { rules { id title statute reading } }`, and every `rule` an error (`CHARTER_VIOLATION`) or a charter issue carries is one of ' +
    'these ids. *Statute* quotes the organisation\'s own overview; *Reading* says how the graph applies it.\n';
  const parts = PARTS.map(({ prefix, heading, owner }) => {
    const sections = rules.filter((rule) => rule.id.startsWith(prefix)).map(section);
    return `## ${heading} (${owner})\n\n${sections.join('\n')}`;
  });
  return [intro, ...parts].join('\n');
}
