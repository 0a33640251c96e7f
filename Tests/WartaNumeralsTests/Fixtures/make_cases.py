#!/usr/bin/env python3
"""Turn news-cases.txt (bracket markup) into news-cases.jsonl, the numerals scorer's document format.

Run from this folder: python3 make_cases.py  (stdlib only; development tool, not used at run time)."""
import json
import re

TOKEN = re.compile(r'\[\[(.+?)\]\]|\{\{(.+?)\}\}|\(\((.+?)\)\)')


def parse(line, n, tags):
    text, spans, must_not, optional = '', [], [], []
    pos = 0
    for m in TOKEN.finditer(line):
        text += line[pos:m.start()]
        pos = m.end()
        if m.group(1):
            parts = m.group(1).split('|')
            surface, kind, value = parts[0], parts[1], parts[2]
            s = {'start': len(text), 'end': len(text) + len(surface), 'text': surface, 'kind': kind}
            if '..' in value:
                s['min'], s['max'] = value.split('..')
            else:
                s['value'] = value
            for kv in parts[3:]:
                k, v = kv.split('=', 1)
                s[{'cur': 'currency', 'en': 'english'}.get(k, k)] = v
            spans.append(s)
        elif m.group(2):
            surface = m.group(2)
            must_not.append({'start': len(text), 'end': len(text) + len(surface), 'text': surface})
        else:
            surface = m.group(3)
            optional.append({'start': len(text), 'end': len(text) + len(surface), 'text': surface})
        text += surface
    text += line[pos:]
    return {'id': f'warta-num-{n:03d}', 'text': text, 'spans': spans, 'optional': optional,
            'must_not': must_not, 'tags': tags}


def main():
    out = []
    for line in open('news-cases.txt', encoding='utf-8'):
        line = line.rstrip('\n')
        if not line.strip() or line.startswith('#'):
            continue
        tags = []
        if line.startswith('@'):
            tag, line = line.split(' ', 1)
            tags = [tag[1:]]
        out.append(parse(line, len(out) + 1, tags))
    with open('news-cases.jsonl', 'w', encoding='utf-8') as f:
        for d in out:
            assert all(d['text'][s['start']:s['end']] == s['text'] for s in d['spans'] + d['must_not'])
            f.write(json.dumps(d, ensure_ascii=False) + '\n')
    print(f'{len(out)} documents, {sum(len(d["spans"]) for d in out)} spans, '
          f'{sum(len(d["must_not"]) for d in out)} must_not regions')


if __name__ == '__main__':
    main()
