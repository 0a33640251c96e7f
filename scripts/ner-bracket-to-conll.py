#!/usr/bin/env python3
"""Convert hand-written entity sentences in inline notation to CoNLL (token<TAB>IOB2 tag).

Input: one sentence per line, entities as `[TYPE words]`, `#` comment lines, `-DOCSTART-` lines
kept as document separators. Tokens follow the AI-industry news conventions of
../shared/eval/ner/README.md: punctuation split off, currency prefixes separate (`US$ 14,3`),
decimals, hyphenated names and `Kata.ai`-style domains kept whole.

    python3 scripts/ner-bracket-to-conll.py IN.txt > OUT.conll
"""
import re
import sys

TOKEN = re.compile(r"US\$|S\$|[\w]+(?:[.,'’\-&][\w]+)*|\S", re.UNICODE)
ENTITY = re.compile(r"\[(PER|ORG|LOC|PRODUCT) ([^\]]+)\]")


def convert(line):
    out, pos = [], 0
    for m in ENTITY.finditer(line):
        out += [(t, 'O') for t in TOKEN.findall(line[pos:m.start()])]
        toks = TOKEN.findall(m.group(2))
        out += [(t, ('B-' if i == 0 else 'I-') + m.group(1)) for i, t in enumerate(toks)]
        pos = m.end()
    out += [(t, 'O') for t in TOKEN.findall(line[pos:])]
    return out


def main():
    for raw in open(sys.argv[1], encoding='utf-8'):
        line = raw.strip()
        if not line or line.startswith('#'):
            continue
        if line == '-DOCSTART-':
            print('-DOCSTART-\tO\n')
            continue
        if '[' in ENTITY.sub('', line) or ']' in ENTITY.sub('', line):
            sys.exit(f'unbalanced brackets: {line}')
        for tok, tag in convert(line):
            print(f'{tok}\t{tag}')
        print()


if __name__ == '__main__':
    main()
