#!/usr/bin/env python3
"""Build Glossary/terms/fallback.tsv: one general Indonesian -> English translation per word or
short phrase, from the open dictionaries in ../shared/glossary-sources/ (offline, build time only;
Warta never runs Python).

Usage (from the project root):
    python3 scripts/build_fallback.py [../shared/glossary-sources] > Glossary/terms/fallback.tsv

Every output row keeps the `source` of the pair it chose (a wordnet synset id `wnb:...`,
`omw-wikt:...`, or `freedict-eng-ind`) and that source's licence, so each CC BY-SA entry stays
traceable. The English for a headword is the candidate with the most weighted votes across the
three files: FreeDict/WikDict 4, Wiktionary-derived OMW 3, Wordnet Bahasa 1 (its automatic
entries are the noisiest); within a synset the first lemma (PWN's most frequent) gets a bonus,;
capitalised English (`Department of Education` for `pembelajaran`) counts a third. FreeDict is a
headword-to-headword dictionary and gives the everyday sense (`keamanan` → *security*, where
Wordnet Bahasa's automatic synsets vote *peace*), hence its weight.
Rows: Indonesian headwords of at most three words, not capitalised names, not definitions.
"""
import csv
import sys
from collections import defaultdict
from pathlib import Path

WEIGHT = {'omw-wikt': 3.0, 'freedict': 4.0, 'wnb': 1.0}
LICENCE = {'omw-wikt': 'CC BY-SA 3.0', 'freedict': 'CC BY-SA 3.0', 'wnb': 'MIT; WordNet 3.0'}
POS = {'n': 'noun', 'noun': 'noun', 'v': 'verb', 'verb': 'verb', 'adj': 'adjective',
       'adv': 'adverb', 'pn': 'properNoun'}


def family(source):
    return 'wnb' if source.startswith('wnb:') else 'omw-wikt' if source.startswith('omw-wikt:') else 'freedict'


def usable(indonesian):
    w = indonesian.strip()
    if not w or len(w.split()) > 3 or any(c in w for c in '()[];,/:"'):
        return False
    return not w[0].isupper() and not any(ch.isdigit() for ch in w)


def main():
    folder = Path(sys.argv[1] if len(sys.argv) > 1 else '../shared/glossary-sources')
    votes = defaultdict(lambda: defaultdict(float))      # id -> english -> score
    first_source = {}                                     # (id, english) -> (source, pos)
    for name in ('omw-wiktionary.id-en.tsv', 'freedict-wikdict.id-en.tsv', 'wordnet-bahasa.id-en.tsv'):
        with open(folder / name, encoding='utf-8') as f:
            for row in csv.DictReader(f, delimiter='\t', quoting=csv.QUOTE_NONE):
                ind = (row['indonesian'] or '').strip()
                if not usable(ind):
                    continue
                ind = ind.lower()
                fam = family(row['source'])
                lemmas = [e.strip() for e in (row['english'] or '').split(';') if e.strip()]
                for rank, en in enumerate(lemmas[:3]):
                    en = en.replace('_', ' ')
                    votes[ind][en] += WEIGHT[fam] * (1.0 if rank == 0 else 0.4)
                    first_source.setdefault((ind, en), (row['source'], POS.get(row['pos'], row['pos'] or '')))
    out = csv.writer(sys.stdout, delimiter='\t', lineterminator='\n', quoting=csv.QUOTE_NONE, escapechar='\\')
    out.writerow(['indonesian', 'english', 'alternatives', 'pos', 'source', 'licence'])
    for ind in sorted(votes):
        ranked = sorted(votes[ind].items(), key=lambda kv: (-(kv[1] * (0.3 if kv[0][:1].isupper() else 1.0)), kv[0]))
        best = ranked[0][0]
        source, pos = first_source[(ind, best)]
        alts = '|'.join(en for en, _ in ranked[1:4])
        out.writerow([ind, best, alts, pos, source, LICENCE[family(source)]])


if __name__ == '__main__':
    main()
