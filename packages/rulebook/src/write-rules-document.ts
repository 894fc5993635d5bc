import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { RULES_DOCUMENT_PATH, rulesDocument } from './rules-document';

mkdirSync(path.dirname(RULES_DOCUMENT_PATH), { recursive: true });
writeFileSync(RULES_DOCUMENT_PATH, rulesDocument());
process.stdout.write(`Wrote ${path.relative(process.cwd(), RULES_DOCUMENT_PATH)}\n`);
