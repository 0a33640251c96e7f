#!/usr/bin/env python3
"""Build Glossary/terms/general-frequencies.tsv: Zipf frequencies of Indonesian words in general
text (news, Wikipedia, subtitles, web), the background against which `warta glossary build`
ranks candidate terms (a word or phrase much more frequent in the user's corpus than in general
Indonesian is a better term candidate).

Source: the `wordfreq` package's Indonesian list (wordfreq 3.1.1, `small_id`; data CC BY-SA 4.0,
Robyn Speer et al., built from Wikipedia, OpenSubtitles, NewsCrawl/GlobalVoices, web text).
Offline, build time only: `pip install wordfreq==3.1.1`, then from the project root:
    python3 scripts/build_general_frequencies.py > Glossary/terms/general-frequencies.tsv
"""
import wordfreq

print('# Zipf frequency (log10 of occurrences per billion words) of Indonesian words;'
      ' source wordfreq 3.1.1 small_id, CC BY-SA 4.0')
print('word\tzipf')
for w in wordfreq.top_n_list('id', 40000):
    z = wordfreq.zipf_frequency(w, 'id')
    if z < 1.5 or not any(c.isalpha() for c in w):
        continue
    print(f'{w}\t{z:.2f}')
