#!/usr/bin/env python3
"""Share of the gold term lemmas (with their English) that `warta glossary build` recovers.

Usage (from the project root, after building):
    .build/release/warta glossary build Corpus/pages --format tsv > /tmp/glossary.tsv
    python3 scripts/check_glossary_recovery.py Corpus/gold.jsonl /tmp/glossary.tsv
A gold (lemma, english) pair counts as recovered when a glossary row has that term (or lists
the lemma's surface among its forms) with the same English, case-insensitively.
"""
import csv
import json
import sys

gold = {}
for line in open(sys.argv[1], encoding='utf-8'):
    for t in json.loads(line)['terms']:
        gold[t['lemma'].lower()] = t['english'].lower()
rows = list(csv.DictReader(open(sys.argv[2], encoding='utf-8'), delimiter='\t', quoting=csv.QUOTE_NONE))
have = set()
for r in rows:
    for term in [r['term']] + r['forms'].split('|'):
        have.add((term.lower().replace('-', ' '), r['english'].lower()))
missing = [(l, e) for l, e in sorted(gold.items()) if (l.replace('-', ' '), e) not in have]
for l, e in missing:
    print(f'missing: {l} -> {e}')
print(f'recovered {len(gold) - len(missing)}/{len(gold)} = {(len(gold) - len(missing)) / len(gold):.3f}')
