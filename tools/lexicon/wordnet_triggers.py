#!/usr/bin/python3
"""Derives candidate relation triggers from WordNet 3.0 (Debian: wordnet-base) and checks the hand review.

  tools/lexicon/wordnet_triggers.py candidates   # every candidate with the sense it came from
  tools/lexicon/wordnet_triggers.py unreviewed   # candidates with no line in wordnet_review.tsv yet
  tools/lexicon/wordnet_triggers.py entries      # triggers.tsv lines for the kept candidates

Seeds are listed in wordnet_seeds.tsv; wordnet_review.tsv holds one decision per candidate (keep, or drop with
the reason; a kept word may name its trigger forms, "; "-separated, such as a phrasal verb with its preposition);
resources/lexicon/triggers.tsv is written by hand from `entries` (docs/lexicon.md says how). Prepositional
adjectives ("critical of") are entered with the transitive frame: they read like verbs.
Only the package's database files are read; nothing is fetched.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from wordnet import WordNet  # noqa: E402

WORD_POS = {"v": "verb", "n": "noun", "a": "adj"}
DERIVED_FRAME = {"n": "nominal", "a": "predicative"}


def read_tsv(name):
    rows = []
    with open(os.path.join(HERE, name), encoding="utf-8") as lines:
        for line in lines:
            line = line.rstrip("\n")
            if line and not line.startswith("#"):
                rows.append(line.split("\t"))
    return rows


def candidates(wn):
    """(word, pos, type, frame) -> list of sources, in seed order."""
    found = {}

    def add(word, pos, kind, frame, source):
        if " " in word and pos != "v":
            pass  # multi-word nouns ("summit meeting") are kept like any other
        found.setdefault((word, pos, kind, frame), []).append(source)

    for kind, frame, sense, expand in read_tsv("wordnet_seeds.tsv"):
        synset = wn.sense(sense)
        expand = expand.split(",")
        for word in synset.words:
            add(word, synset.pos, kind, frame, f"{sense} {'seed' if word == sense.rsplit('.', 2)[0].replace('_', ' ') else 'synonym'}")
        if "troponyms" in expand:
            for _, hyponym, _, _ in wn.related(synset, {"~"}):
                for word in hyponym.words:
                    add(word, hyponym.pos, kind, frame, f"{sense} troponym")
        if "similar" in expand:
            for _, similar, _, _ in wn.related(synset, {"&"}):
                for word in similar.words:
                    add(word, similar.pos, kind, frame, f"{sense} similar")
        if "derivations" in expand:
            for _, other, src, dst in wn.related(synset, {"+"}):
                if other.pos not in ("n", "a", "v") or other.pos == synset.pos:
                    continue
                word = other.words[dst - 1] if dst else other.words[0]
                derived_frame = frame if frame == "evaluative" else DERIVED_FRAME.get(other.pos, "transitive")
                if other.pos == "v":
                    derived_frame = "transitive"
                add(word, other.pos, kind, derived_frame,
                    f"{sense} derivation of {synset.words[src - 1] if src else synset.words[0]}")
    return found


def review():
    decisions = {}
    for row in read_tsv("wordnet_review.tsv"):
        word, pos, kind, frame, decision = row[:5]
        decisions[(word, pos, kind, frame)] = (decision, row[5] if len(row) > 5 else "", row[6] if len(row) > 6 else "")
    return decisions


def is_vowel(c):
    return c in "aeiou"


def regular_verb_forms(lemma):
    """The forms the lexicon loader generates for a verb with no forms listed (lexicon_parse.cpp verbForms)."""
    n = len(lemma)
    forms = [lemma]
    ends_e = lemma.endswith("e")
    consonant_y = n > 1 and lemma.endswith("y") and not is_vowel(lemma[-2])
    sibilant = lemma.endswith(("s", "x", "z", "ch", "sh"))
    stem = lemma[:-1] if consonant_y else lemma
    forms.append(stem + "ies" if consonant_y else lemma + "es" if sibilant else lemma + "s")
    doubles = 3 <= n <= 4 and not is_vowel(lemma[-1]) and lemma[-1] not in "wxy" and is_vowel(lemma[-2]) and not is_vowel(lemma[-3])
    if doubles:
        forms += [lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"]
    else:
        forms.append(lemma + "d" if ends_e else stem + "ied" if consonant_y else lemma + "ed")
        forms.append(lemma[:-1] + "ing" if ends_e and not lemma.endswith("ee") else lemma + "ing")
    if lemma.endswith("ize"):
        forms += regular_verb_forms(lemma[:-3] + "ise")
    return forms


def explicit_forms(wn, entry_lemma, pos):
    """The forms column: empty when the loader's inflection is right, else every form (irregular verbs)."""
    if pos != "v":
        return ""
    head, _, rest = entry_lemma.partition(" ")
    irregular = wn.exceptions.get((head, "v"), set())
    if not irregular:
        return ""
    regular = regular_verb_forms(head)
    forms = [head, regular[1]] + sorted(irregular)
    if not any(f.endswith("ing") for f in irregular):
        forms.append(regular[3] if len(regular) > 3 else head + "ing")
    tail = (" " + rest) if rest else ""
    return "|".join(dict.fromkeys(f + tail for f in forms))


def main():
    command = sys.argv[1] if len(sys.argv) > 1 else "candidates"
    wn = WordNet()
    found = candidates(wn)
    decisions = review()
    if command == "candidates":
        for (word, pos, kind, frame), sources in found.items():
            print("\t".join([word, pos, kind, frame, "; ".join(dict.fromkeys(sources))]))
    elif command == "unreviewed":
        for key, sources in found.items():
            if key not in decisions:
                print("\t".join(list(key) + ["; ".join(dict.fromkeys(sources))]))
        for key in decisions:
            if key not in found:
                print("# reviewed but no longer a candidate:", "\t".join(key))
    elif command == "entries":
        for key, sources in found.items():
            decision, lemma, confidence = decisions.get(key, ("", "", ""))
            if decision != "keep":
                continue
            word, pos, kind, frame = key
            # A kept word may stand for several triggers: "disappointed by; disappointed with".
            for entry in (lemma or word).split("; "):
                if frame == "predicative":
                    forms = entry  # "critical of" does not inflect
                else:
                    forms = explicit_forms(wn, entry, pos) if entry.split(" ")[0] == word.split(" ")[0] else ""
                print("\t".join([entry, kind, "transitive" if frame == "predicative" else frame, confidence or "0.8", forms]))
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()
