#!/usr/bin/env python3
"""Score the scrubber on the Indonesian news-site fixtures (Tests/WartaHTMLTests/Fixtures/id-sites).

usage: python3 scripts/score_id_fixtures.py [--bin .build/release/warta] [--fixtures DIR] [--score PATH]

Runs `warta annotate --stages scrub DIR/*.html`, writes the output as score.py's PRED format and the
`<name>.txt` gold files as its GOLD format (one paragraph per line), runs the shared scorer
(`../shared/eval/html/score.py`, per-page table) and compares title / author / published with
each page's `<name>.meta.json`. Prints one line per page and the scorer's last line.
Run from the package root after `swift build -c release`. Standard library only.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=os.path.join(ROOT, ".build/release/warta"))
    ap.add_argument("--fixtures", default=os.path.join(ROOT, "Tests/WartaHTMLTests/Fixtures/id-sites"))
    ap.add_argument("--score", default=os.path.join(os.path.dirname(ROOT), "shared/eval/html/score.py"))
    args = ap.parse_args()

    # The pages only: the folder's .txt gold files would be read as plain-text records.
    names = sorted(f[:-5] for f in os.listdir(args.fixtures) if f.endswith(".html"))
    pages = [os.path.join(args.fixtures, n + ".html") for n in names]
    out = subprocess.run([args.bin, "annotate", "--stages", "scrub"] + pages,
                         check=True, capture_output=True, text=True).stdout
    docs = {}
    for line in out.splitlines():
        if line.strip():
            r = json.loads(line)
            docs[os.path.splitext(os.path.basename(r["id"]))[0]] = r
    with tempfile.TemporaryDirectory() as tmp:
        gold_path, pred_path, per_page = (os.path.join(tmp, n) for n in ("gold.jsonl", "pred.jsonl", "pages.tsv"))
        with open(gold_path, "w", encoding="utf-8") as g, open(pred_path, "w", encoding="utf-8") as p:
            for n in names:
                with open(os.path.join(args.fixtures, n + ".txt"), encoding="utf-8") as f:
                    g.write(json.dumps({"id": n, "text": f.read(), "dataset": "id-sites", "lang": "id"}) + "\n")
                p.write(json.dumps({"id": n, "text": docs.get(n, {}).get("text", "")}) + "\n")
        res = subprocess.run([sys.executable, args.score, gold_path, pred_path, "--per-page", per_page],
                             check=True, capture_output=True, text=True).stdout
        f1 = {}
        with open(per_page, encoding="utf-8") as f:
            rows = [l.rstrip("\n").split("\t") for l in f]
        head = rows[0]
        for r in rows[1:]:
            rec = dict(zip(head, r))
            f1[rec.get("id")] = rec
    ok = {"title": 0, "author": 0, "published": 0}
    for n in names:
        with open(os.path.join(args.fixtures, n + ".meta.json"), encoding="utf-8") as f:
            want = json.load(f)
        meta = docs.get(n, {}).get("meta", {})
        marks = []
        for k in ok:
            good = meta.get(k) == want.get(k)
            ok[k] += good
            if not good:
                marks.append(f"{k}={meta.get(k)!r}")
        rec = f1.get(n, {})
        print(f"{n:14s} F1={float(rec.get('F1', 0)):.4f} P={float(rec.get('P', 0)):.4f} R={float(rec.get('R', 0)):.4f}"
              + ("  meta ok" if not marks else "  MISS " + "; ".join(marks)))
    print(" ".join(f"{k} {v}/{len(names)}" for k, v in ok.items()))
    print(res.strip().splitlines()[-1])


if __name__ == "__main__":
    main()
