#!/usr/bin/env python3
"""Comparison CRF for Warta's entity tagger (for the closing note only; never used at run time).

A standard linear-chain CRF (sklearn-crfsuite, L-BFGS, c1=0.1, c2=0.1, 100 iterations) with
word-shape and context features, trained on CoNLL files (token<TAB>tag) and scored with the
shared scorer's semantics (entity level, exact span and type).

    pip install sklearn-crfsuite
    python3 scripts/ner-crf-baseline.py --train ../shared/eval/ner/idner-news-2k.train.conll \
        ../shared/eval/ner/nerui.train.conll --eval ../shared/eval/ner/idner-news-2k.dev.conll \
        ../shared/eval/ner/nerui.dev.conll [--types PER,ORG,LOC] [--pred-dir DIR]
"""
import argparse
import os
import time

import sklearn_crfsuite


def read_conll(path):
    sents, cur = [], []
    with open(path, encoding='utf-8') as f:
        for line in f:
            line = line.rstrip('\n')
            if not line.strip():
                if cur:
                    sents.append(cur)
                cur = []
                continue
            parts = line.split('\t')
            cur.append((parts[0], parts[-1]))
    if cur:
        sents.append(cur)
    return [s for s in sents if s[0][0] != '-DOCSTART-']


def shape(w):
    out = []
    for ch in w:
        c = 'X' if ch.isupper() else 'x' if ch.islower() else 'd' if ch.isdigit() else ch
        if not out or out[-1] != c:
            out.append(c)
    return ''.join(out)


def word_features(sent, i):
    w = sent[i][0]
    f = {'bias': 1.0, 'w.lower': w.lower(), 'w.shape': shape(w), 'w[-3:]': w[-3:].lower(),
         'w[-2:]': w[-2:].lower(), 'w[:3]': w[:3].lower(), 'w[:2]': w[:2].lower(),
         'w.istitle': w.istitle(), 'w.isupper': w.isupper(), 'w.isdigit': w.isdigit()}
    for d in (-2, -1, 1, 2):
        j = i + d
        if 0 <= j < len(sent):
            v = sent[j][0]
            f[f'{d}:w.lower'] = v.lower()
            f[f'{d}:w.istitle'] = v.istitle()
            f[f'{d}:w.isupper'] = v.isupper()
            f[f'{d}:w.shape'] = shape(v)
        else:
            f[f'{d}:pad'] = True
    if i == 0:
        f['BOS'] = True
    if i == len(sent) - 1:
        f['EOS'] = True
    return f


def chunks(tags, types):
    out, start, typ = set(), None, None
    for i, t in enumerate(list(tags) + ['O']):
        if t.startswith('I-') and start is not None and t[2:] == typ:
            continue
        if start is not None:
            if types is None or typ in types:
                out.add((start, i, typ))
            start = None
        if t != 'O':
            start, typ = i, t[2:]
    return out


def score(gold, pred, types):
    tp = p = g = 0
    for gs, ps in zip(gold, pred):
        a, b = chunks(gs, types), chunks(ps, types)
        tp += len(a & b); g += len(a); p += len(b)
    pr = tp / p if p else 0.0
    rc = tp / g if g else 0.0
    return 100 * (2 * pr * rc / (pr + rc) if pr + rc else 0.0), 100 * pr, 100 * rc


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--train', nargs='+', required=True)
    ap.add_argument('--eval', nargs='+', required=True)
    ap.add_argument('--types', help='comma-separated types to score (default: all)')
    ap.add_argument('--pred-dir', help='write CoNLL predictions here')
    a = ap.parse_args()
    types = set(a.types.split(',')) if a.types else None
    train = [s for p in a.train for s in read_conll(p)]
    X = [[word_features(s, i) for i in range(len(s))] for s in train]
    y = [[t for _, t in s] for s in train]
    t0 = time.perf_counter()
    crf = sklearn_crfsuite.CRF(algorithm='lbfgs', c1=0.1, c2=0.1, max_iterations=100,
                               all_possible_transitions=True)
    crf.fit(X, y)
    print(f'trained on {len(train)} sentences in {time.perf_counter() - t0:.1f} s')
    for path in a.eval:
        sents = read_conll(path)
        t0 = time.perf_counter()
        Xe = [[word_features(s, i) for i in range(len(s))] for s in sents]
        pred = crf.predict(Xe)
        secs = time.perf_counter() - t0
        ntok = sum(len(s) for s in sents)
        f1, p, r = score([[t for _, t in s] for s in sents], pred, types)
        print(f'{os.path.basename(path)}: F1={f1:.2f} P={p:.2f} R={r:.2f} '
              f'({ntok} tokens, {ntok / secs / 1000:.1f} k tokens/s incl. features)')
        if a.pred_dir:
            os.makedirs(a.pred_dir, exist_ok=True)
            with open(os.path.join(a.pred_dir, os.path.basename(path)), 'w', encoding='utf-8') as f:
                for s, ps in zip(sents, pred):
                    for (tok, _), t in zip(s, ps):
                        f.write(f'{tok}\t{t}\n')
                    f.write('\n')


if __name__ == '__main__':
    main()
