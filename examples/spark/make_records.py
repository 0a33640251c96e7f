#!/usr/bin/env python3
"""Turn a folder of HTML pages into JSON Lines records {"id", "html"} (id = the file path as given).

Pages are decoded the way a crawler would: the bytes as UTF-8, falling back to windows-1252.
"""
import json
import os
import sys


def main():
    folder, out = sys.argv[1], sys.argv[2]
    names = sorted(n for n in os.listdir(folder) if n.endswith(('.html', '.htm')))
    with open(out, 'w', encoding='utf-8') as f:
        for n in names:
            raw = open(os.path.join(folder, n), 'rb').read()
            try:
                html = raw.decode('utf-8')
            except UnicodeDecodeError:
                html = raw.decode('cp1252', errors='replace')
            f.write(json.dumps({'id': os.path.join(folder, n), 'html': html}, ensure_ascii=False) + '\n')
    print(f'{len(names)} records -> {out}')


if __name__ == '__main__':
    main()
