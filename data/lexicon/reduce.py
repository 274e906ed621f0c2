#!/usr/bin/env python3
"""Reduce CC-CEDICT to the bilingual lexicon cvpair compiles in.

    python3 data/lexicon/reduce.py CEDICT_FILE[.gz] > data/lexicon/cedict.tsv

Writes one line per Chinese word, `word<TAB>english words`, sorted by word.
Simplified and traditional forms are both keys. The English side keeps the
content words of the glosses, lower-case and unstemmed (tests/codegen.rs
stems them with the same function the program uses at run time, so the two
can never drift). Dropped: parentheticals, classifiers (`CL:`), surnames,
`variant of` / `see X` references, pinyin, idioms, long proper names, stop
words, and single characters that are only grammatical. The term base
(data/terms/titles.yaml), the gazetteer (data/gazetteer/*.yaml) and
data/lexicon/extra.tsv (résumé words CC-CEDICT glosses differently) are
merged in, so the lexicon knows every pair the rest of cvpair knows.
"""

import gzip
import re
import sys
from collections import OrderedDict
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent

# Longest word kept (characters); longer entries are mostly names and
# set phrases, and segmentation falls back to their parts.
MAX_CHARS = 6
# Proper names (capitalised pinyin) are kept only this short: countries,
# cities and provinces, not people or works.
MAX_PROPER_CHARS = 3
# English words kept per Chinese word: a character with thirty senses
# would otherwise match anything.
MAX_WORDS = 12

# Characters that are only grammar in résumé text.
GRAMMATICAL = set("的了之和与與及在于於对對为為是也而或等其以从從由将將把被着著过過地得个個所并並向至即亦乃则則且就都又这這那些及每各该該")

STOP = set("""
a an the of to and or in on at for with by as from into onto is are be been being
was were it its this that these those not no sth sb etc one one's oneself
someone somebody something used also very kind sort lit fig abbr esp e g i
ie eg up out off over so such do does make have has get let take put give go
come there their they them he she his her him you your we our us my me
who which what when where how than then thus about some any all more most
other another same just only particular certain way thing things person
people bound form see variant old archaic classical literary classifier
""".split())

DROP_GLOSS = re.compile(
    r"^(CL:|surname |(old )?variant of|see |see also |used in |also written |"
    r"also pr\.|classifier for|\(bound form|\(old\)|\(archaic\)|\(classical\)|\(literary\))",
    re.I,
)
HAN = re.compile(r"[\u3400-\u9fff\U00020000-\U0002ffff]+")
LINE = re.compile(r"^(\S+) (\S+) \[([^\]]*)\] /(.*)/\s*$")


def english_words(gloss):
    gloss = re.sub(r"\([^()]*\)", " ", gloss)
    gloss = re.sub(r"\[[^\]]*\]", " ", gloss)
    gloss = re.sub(r"[^\x00-\x7f]+", " ", gloss)
    for word in re.findall(r"[a-z][a-z0-9]*", gloss.lower()):
        if word not in STOP and len(word) > 1:
            yield word


def cedict(path):
    opener = gzip.open if str(path).endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            m = LINE.match(line)
            if not m:
                continue
            trad, simp, pinyin, glosses = m.groups()
            n = len(simp)
            # Only Chinese characters: cvpair looks up runs of them, never
            # mixed words such as AA制.
            if n > MAX_CHARS or not HAN.fullmatch(simp + trad):
                continue
            if pinyin[:1].isupper() and n > MAX_PROPER_CHARS:
                continue
            senses = glosses.split("/")
            if any(s.startswith("(idiom)") for s in senses):
                continue
            if n == 1 and simp in GRAMMATICAL:
                continue
            words = []
            for sense in senses:
                for part in re.split(r"[;,]", sense):
                    part = part.strip()
                    if not part or DROP_GLOSS.match(part):
                        continue
                    words.extend(english_words(part))
            yield [trad, simp], words


def term_pairs():
    """Chinese and English words the term base and gazetteer pair."""
    titles = yaml.safe_load((ROOT / "data/terms/titles.yaml").read_text(encoding="utf-8"))
    for items in titles.values():
        for item in items:
            yield item.get("zh") or [], item.get("en") or []
    for name in ("universities", "companies"):
        for item in yaml.safe_load((ROOT / f"data/gazetteer/{name}.yaml").read_text(encoding="utf-8")):
            yield item.get("zh") or [], item.get("en") or []
    for line in (HERE / "extra.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            zh, en = line.split("\t")
            yield zh.split(), [en]


def main():
    lexicon = {}

    def add(key, words, first=False):
        have = lexicon.setdefault(key, OrderedDict())
        if first:
            # Curated words go before the dictionary's, so the word cap
            # never drops them.
            merged = OrderedDict((w, None) for w in words)
            merged.update(have)
            lexicon[key] = merged
        else:
            for w in words:
                have[w] = None

    # A character's own entries before those of variants that simplify to
    # it (局 before 侷 "narrow"), so the word cap keeps its main senses.
    entries = list(cedict(sys.argv[1]))
    for keys, words in entries:
        if keys[0] == keys[1]:
            add(keys[0], words)
    for keys, words in entries:
        if keys[0] != keys[1]:
            for key in keys:
                add(key, words)
    for zh, en in term_pairs():
        words = [w for e in en for w in english_words(str(e)) if w]
        for key in zh:
            if HAN.fullmatch(str(key)):
                add(str(key), words, first=True)
    out = sys.stdout
    for key in sorted(lexicon):
        words = list(lexicon[key])[:MAX_WORDS]
        if words:
            out.write(f"{key}\t{' '.join(words)}\n")


if __name__ == "__main__":
    main()
