#!/usr/bin/env python3
"""Derive english-words.txt: English words the renderer may keep when an Indonesian text uses them
as loanwords (`superintelligence`, `startup`). Dev-time tool.

The English lemmas of Wordnet Bahasa's file (Princeton WordNet 3.0 lemmas, WordNet licence),
single lower-case alphabetic words of 3+ letters, minus every word that is an Indonesian headword
in any of the glossary sources (so no Indonesian word can pass as English).
Usage: python3 tools/derive-english-words.py SOURCES_DIR > english-words.txt
"""
import sys, os, re
src = sys.argv[1]
english, indonesian = set(), set()
for name in ('wordnet-bahasa.id-en.tsv', 'omw-wiktionary.id-en.tsv', 'freedict-wikdict.id-en.tsv'):
    with open(os.path.join(src, name), encoding='utf-8') as f:
        next(f)
        for line in f:
            c = line.rstrip('\n').split('\t')
            if len(c) < 2:
                continue
            for w in c[0].lower().split():
                indonesian.add(w)
            if name == 'wordnet-bahasa.id-en.tsv':
                for e in c[1].split(';'):
                    e = e.strip()
                    if re.fullmatch(r'[a-z]{3,}', e):
                        english.add(e)
print('# English words (Princeton WordNet 3.0 lemmas via Wordnet Bahasa) that are not Indonesian headwords.')
for w in sorted(english - indonesian):
    print(w)
