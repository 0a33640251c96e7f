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
import subprocess
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


def warta_bench(data, stages, jobs):
    """pages/s of `warta bench` on the same pages, in the same run."""
    binary = os.environ.get('WARTA', '.build/release/warta')
    proc = subprocess.run([binary, 'bench', '--stages', stages, '--jobs', str(jobs), '--repeat', '3',
                           os.path.join(data, 'pages')], capture_output=True, text=True, check=True)
    return json.loads(proc.stdout.strip().splitlines()[-1])['pages_per_s']


def main():
    data, out = sys.argv[1], sys.argv[2]
    os.makedirs(out, exist_ok=True)
    gold = [json.loads(l) for l in open(os.path.join(data, 'gold.jsonl'), encoding='utf-8')]
    pages = [(g['id'], open(os.path.join(data, g['file']), encoding='utf-8', errors='replace').read()) for g in gold]
    rates = {}
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
        rates[name] = len(pages) / secs
        print(f'{name}: {len(pages)} pages in {secs:.2f} s = {rates[name]:.1f} pages/s (one core)')
    for stages in ('scrub', 'scrub,sentences,numerals,entities,terms'):
        w = warta_bench(data, stages, 1)
        print(f'warta bench --stages {stages} --jobs 1: {w:.1f} pages/s = '
              f'{w / rates["trafilatura"]:.1f}x trafilatura, {w / rates["readability"]:.1f}x readability')


if __name__ == '__main__':
    main()
