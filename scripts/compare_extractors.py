#!/usr/bin/env python3
"""Run readability-lxml and trafilatura over the HTML dev pages, for comparison with `warta`.

Not a product dependency: install the comparison tools into a venv first, e.g.
  python3 -m venv .venv-compare && .venv-compare/bin/pip install readability-lxml lxml_html_clean trafilatura
  .venv-compare/bin/python scripts/compare_extractors.py ../shared/eval/html /tmp/compare
Writes DIR/readability.jsonl and DIR/trafilatura.jsonl (`{"id", "text"}` lines, the html scorer's
prediction format) and prints each tool's pages/s on one core, so that
`python3 ../shared/eval/html/score.py GOLD DIR/readability.jsonl --by-dataset` scores it and the
speed can be set beside `warta bench --stages scrub --jobs 1`.
"""
import json
import os
import re
import sys
import time


def readability_text(html):
    from readability import Document
    import lxml.html
    summary = Document(html).summary(html_partial=True)
    root = lxml.html.fromstring(summary)
    blocks = []
    for el in root.iter('p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'pre', 'blockquote', 'td', 'div'):
        if el.tag == 'div' and any(c.tag in ('p', 'div') for c in el):
            continue
        t = ' '.join(el.text_content().split())
        if t:
            blocks.append(t)
    return '\n'.join(blocks) if blocks else ' '.join(root.text_content().split())


def trafilatura_text(html):
    import trafilatura
    return trafilatura.extract(html) or ''


def main():
    data, out = sys.argv[1], sys.argv[2]
    os.makedirs(out, exist_ok=True)
    gold = [json.loads(l) for l in open(os.path.join(data, 'gold.jsonl'), encoding='utf-8')]
    pages = [(g['id'], open(os.path.join(data, g['file']), encoding='utf-8', errors='replace').read()) for g in gold]
    for name, fn in (('readability', readability_text), ('trafilatura', trafilatura_text)):
        t0 = time.perf_counter()
        with open(os.path.join(out, name + '.jsonl'), 'w', encoding='utf-8') as f:
            for pid, html in pages:
                try:
                    text = fn(html)
                except Exception as e:  # a failing page is an empty prediction, as run_extractor does
                    text = ''
                f.write(json.dumps({'id': pid, 'text': text}, ensure_ascii=False) + '\n')
        secs = time.perf_counter() - t0
        print(f'{name}: {len(pages)} pages in {secs:.2f} s = {len(pages) / secs:.1f} pages/s (one core)')


if __name__ == '__main__':
    main()
