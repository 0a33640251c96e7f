#!/usr/bin/env python3
"""Derive lexicon-wordnet.tsv (the renderer's fallback lexicon) from Wordnet Bahasa.

Dev-time tool, not used at run time. Input: ../shared/glossary-sources/wordnet-bahasa.id-en.tsv
(MIT, Wordnet Bahasa; English lemmas from Princeton WordNet 3.0, WordNet licence).
For each single-word Indonesian lemma, the English lemma that occurs in the most of its synsets
(ties: first seen; single words preferred over phrases); pos from the synset's pos.
Usage: python3 tools/derive-wordnet-lexicon.py SRC.tsv > lexicon-wordnet.tsv
"""
import sys, collections, re

POS = {'noun': 'n', 'verb': 'v', 'adjective': 'adj', 'adj': 'adj', 'adverb': 'adv', 'adv': 'adv', 'satellite': 'adj'}
votes = collections.defaultdict(collections.Counter)
order = collections.defaultdict(dict)
posv = collections.defaultdict(collections.Counter)
with open(sys.argv[1], encoding='utf-8') as f:
    next(f)
    for line in f:
        c = line.rstrip('\n').split('\t')
        if len(c) < 3:
            continue
        ind, eng, pos = c[0].strip().lower(), c[1], c[2]
        if not re.fullmatch(r'[a-z]+(-[a-z]+)?', ind):
            continue
        lemmas = [e.strip() for e in eng.split(';') if e.strip()]
        for rank, e in enumerate(lemmas[:3]):
            if not re.fullmatch(r"[a-z][a-z' -]*", e) or len(e.split()) > 2:
                continue
            votes[ind][e] += 3 - rank
            order[ind].setdefault(e, len(order[ind]))
        posv[ind][POS.get(pos, 'x')] += 1
print('# Derived from Wordnet Bahasa (MIT) + Princeton WordNet 3.0 English lemmas (WordNet licence)')
print('# by tools/derive-wordnet-lexicon.py; fallback after lexicon.tsv.')
print('indonesian\tenglish\tpos')
for ind in sorted(votes):
    if not votes[ind]:
        continue
    best = max(votes[ind].items(), key=lambda kv: (kv[1] - 0.5 * (' ' in kv[0]), -order[ind][kv[0]]))[0]
    pos = posv[ind].most_common(1)[0][0]
    print(f'{ind}\t{best}\t{pos}')
