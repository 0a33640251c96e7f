#!/usr/bin/env python3
"""Validate Glossary/terms/terms.tsv and the derived-forms fixture (stdlib only, dev-time tool).

Run from the repository root:  python3 scripts/check_termbase.py [--verbose]

Checks
  1. terms.tsv: exact header, 7 columns, ids `ai-NNNN` unique, lemmas unique, every surface
     (lemma or variant) unique across rows (case-folded), pos/domain from the fixed sets, no bare `AI`.
  2. Agreement with Corpus/terms-lemmas.tsv: every gold lemma is a lemma or variant with exactly the
     gold English; a row keeping a gold id (ai-0001..ai-0099) holds that gold lemma.
  3. Gold text: every word-bounded occurrence of a surface in Corpus/gold.jsonl main_text is a gold
     term span, lies inside a longer gold term, or touches an entity/quantity (else: a spurious match).
     Warnings: unannotated gold words that a simple affix stripper reduces to a one-word surface.
  4. Tests/WartaGlossaryTests/Fixtures/derived-forms.tsv: header `form base note`, 3 columns, unique
     forms, every base is a surface in terms.tsv or `-`.
Exit status 1 if any error.
"""
import json
import re
import sys
from collections import Counter, defaultdict

TERMS = 'Glossary/terms/terms.tsv'
GOLD_LEMMAS = 'Corpus/terms-lemmas.tsv'
GOLD = 'Corpus/gold.jsonl'
FORMS = 'Tests/WartaGlossaryTests/Fixtures/derived-forms.tsv'
HEADER = ['entry', 'lemma', 'variants', 'english', 'synonyms', 'pos', 'domain']
POS = {'noun', 'verb', 'adj'}
DOMAINS = {'models', 'hardware', 'data', 'business', 'policy', 'research', 'general'}

errors, warnings = [], []
verbose = '--verbose' in sys.argv


def err(msg):
    errors.append(msg)


def is_acronym(s):
    """An all-caps token (GPU, LLM, R&D) matches case-sensitively; anything else case-insensitively."""
    letters = [c for c in s if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters) and ' ' not in s


def load_terms():
    rows = []
    with open(TERMS, encoding='utf-8') as f:
        lines = f.read().split('\n')
    if lines and lines[-1] == '':
        lines.pop()
    if lines[0].split('\t') != HEADER:
        err(f'header is {lines[0]!r}')
    for n, line in enumerate(lines[1:], 2):
        cols = line.split('\t')
        if len(cols) != 7:
            err(f'line {n}: {len(cols)} columns')
            continue
        if any(c != c.strip() for c in cols):
            err(f'line {n}: stray whitespace')
        row = dict(zip(HEADER, cols))
        row['line'] = n
        row['vars'] = [v for v in row['variants'].split('|') if v] if row['variants'] else []
        rows.append(row)
    return rows


def check_terms(rows):
    ids = Counter(r['entry'] for r in rows)
    lemmas = Counter(r['lemma'] for r in rows)
    for r in rows:
        n = r['line']
        if not re.fullmatch(r'ai-\d{4}', r['entry']):
            err(f'line {n}: bad id {r["entry"]}')
        if ids[r['entry']] > 1:
            err(f'line {n}: duplicate id {r["entry"]}')
        if lemmas[r['lemma']] > 1:
            err(f'line {n}: duplicate lemma {r["lemma"]}')
        if not r['lemma'] or not r['english']:
            err(f'line {n}: empty lemma or english')
        if r['pos'] not in POS:
            err(f'line {n}: pos {r["pos"]}')
        if r['domain'] not in DOMAINS:
            err(f'line {n}: domain {r["domain"]}')
        if r['lemma'] in r['vars']:
            err(f'line {n}: lemma repeated as variant')
        if r['lemma'] != r['lemma'].lower() and not re.search(r'[A-Z]{2}|\b[A-Z]\b', r['lemma']) \
                and r['lemma'] not in ('Internet of Things', 'Big Tech', 'uji Turing'):
            warnings.append(f'line {n}: lemma with capitals {r["lemma"]!r}')
    owner = {}
    for r in rows:
        for s in [r['lemma']] + r['vars']:
            key = s.casefold()
            if s.strip().upper() == 'AI':
                err(f'line {r["line"]}: bare AI as a surface')
            if key in owner and owner[key] != r['entry']:
                err(f'surface {s!r} in {owner[key]} and {r["entry"]}')
            owner[key] = r['entry']
    return owner


def check_gold_lemmas(rows):
    by_surface = {}
    for r in rows:
        for s in [r['lemma']] + r['vars']:
            by_surface[s] = r
    n = 0
    with open(GOLD_LEMMAS, encoding='utf-8') as f:
        next(f)
        for line in f:
            entry, lemma, english, _forms = line.rstrip('\n').split('\t')
            n += 1
            r = by_surface.get(lemma)
            if r is None:
                err(f'gold lemma {lemma!r} ({entry}) missing')
            elif r['english'] != english:
                err(f'gold lemma {lemma!r}: english {r["english"]!r} != gold {english!r}')
            ids = {x['entry']: x for x in rows}
            if entry in ids and lemma not in [ids[entry]['lemma']] + ids[entry]['vars']:
                err(f'{entry} is kept but does not hold gold lemma {lemma!r}')
    return n


def surface_regex(s):
    body = r'\s+'.join(re.escape(w) for w in s.split())
    flags = 0 if is_acronym(s) else re.IGNORECASE
    return re.compile(r'(?<![\w-])' + body + r'(?![\w-])', flags)


PREFIXES = ['meng', 'meny', 'mem', 'men', 'me', 'di', 'ter', 'ber', 'be', 'pem', 'pen', 'peng', 'peny', 'pe', 'per', 'ke']
SUFFIXES = ['nya', 'kan', 'an', 'i']


def rough_bases(w):
    """Candidate bases of a word by naive affix stripping (for warnings only, over-generates)."""
    out = {w}
    if '-' in w:
        a, _, b = w.partition('-')
        if a == b or b == 'nya':
            out.add(a)
    for suf in [''] + SUFFIXES:
        if suf and not w.endswith(suf):
            continue
        stem = w[:len(w) - len(suf)] if suf else w
        for suf2 in ([''] + SUFFIXES) if suf == 'nya' else ['']:
            s2 = stem[:len(stem) - len(suf2)] if suf2 and stem.endswith(suf2) else (stem if not suf2 else None)
            if not s2:
                continue
            out.add(s2)
            for p in PREFIXES:
                if s2.startswith(p) and len(s2) > len(p) + 2:
                    rest = s2[len(p):]
                    out.add(rest)
                    for c in 'ptks':
                        out.add(c + rest)
    return out


def check_gold_text(rows, owner):
    surfaces = [(s, r) for r in rows for s in [r['lemma']] + r['vars']]
    regs = [(s, r, surface_regex(s)) for s, r in surfaces]
    one_word = {s.casefold(): r for s, r in surfaces if ' ' not in s}
    bad = 0
    bare_verb = []
    with open(GOLD, encoding='utf-8') as f:
        for line in f:
            g = json.loads(line)
            text = g['main_text']
            terms = [(t['start'], t['end']) for t in g['terms']]
            other = [(x['start'], x['end']) for x in g['entities'] + g['quantities']]
            for s, r, rx in regs:
                for m in rx.finditer(text):
                    a, b = m.span()
                    if (a, b) in terms:
                        continue
                    if any(ta <= a and b <= tb for ta, tb in terms):
                        continue
                    if any(a < ob and oa < b for oa, ob in other):
                        continue
                    if r['pos'] == 'verb':
                        # verb roots: the gold annotates only affixed forms (memproses, not bare proses)
                        bare_verb.append(f'{g["id"]}: {s!r}')
                        continue
                    bad += 1
                    err(f'{g["id"]}: {s!r} ({r["entry"]}) matches unannotated {text[max(0, a - 30):b + 30]!r}')
            mask = [False] * len(text)
            for a, b in terms + other:
                for i in range(a, b):
                    mask[i] = True
            for m in re.finditer(r'[\w-]+', text):
                if any(mask[m.start():m.end()]):
                    continue
                w = m.group().lower()
                hits = {one_word[c]['lemma'] for c in rough_bases(w) if c in one_word}
                if hits:
                    warnings.append(f'{g["id"]}: unannotated {m.group()!r} may reduce to {sorted(hits)}')
    if bare_verb:
        warnings.append(f'{len(bare_verb)} bare occurrences of verb-root lemmas left unannotated by the gold '
                        f'(the matcher should require an affix for pos=verb): ' + ', '.join(sorted(set(bare_verb))))
    return bad


def check_forms(owner):
    try:
        f = open(FORMS, encoding='utf-8')
    except FileNotFoundError:
        err(f'{FORMS} missing')
        return 0, 0
    lines = f.read().split('\n')
    if lines and lines[-1] == '':
        lines.pop()
    if lines[0].split('\t') != ['form', 'base', 'note']:
        err(f'{FORMS}: header {lines[0]!r}')
    forms = Counter()
    neg = 0
    exact = set()
    with open(TERMS, encoding='utf-8') as t:
        next(t)
        for line in t:
            c = line.rstrip('\n').split('\t')
            exact.add(c[1])
            exact.update(v for v in c[2].split('|') if v)
    for n, line in enumerate(lines[1:], 2):
        cols = line.split('\t')
        if len(cols) != 3:
            err(f'{FORMS} line {n}: {len(cols)} columns')
            continue
        form, base, _note = cols
        forms[form] += 1
        if base == '-':
            neg += 1
        elif base not in exact:
            err(f'{FORMS} line {n}: base {base!r} not a lemma or variant')
    for form, k in forms.items():
        if k > 1:
            err(f'{FORMS}: duplicate form {form!r}')
    return len(lines) - 1, neg


def main():
    rows = load_terms()
    owner = check_terms(rows)
    ngold = check_gold_lemmas(rows)
    check_gold_text(rows, owner)
    nforms, neg = check_forms(owner)
    dom = Counter(r['domain'] for r in rows)
    pos = Counter(r['pos'] for r in rows)
    nsurf = sum(1 + len(r['vars']) for r in rows)
    print(f'terms.tsv: {len(rows)} concepts, {nsurf} surfaces (lemmas+variants)')
    print('  domains: ' + ' '.join(f'{d}={dom[d]}' for d in sorted(dom)))
    print('  pos: ' + ' '.join(f'{p}={pos[p]}' for p in sorted(pos)))
    print(f'  gold lemmas checked: {ngold}')
    print(f'derived-forms.tsv: {nforms} rows, {neg} negative')
    for w in warnings if verbose else warnings[:0]:
        print('warning:', w)
    print(f'warnings={len(warnings)} (--verbose to list)')
    for e in errors:
        print('ERROR:', e)
    print(f'errors={len(errors)}')
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())
