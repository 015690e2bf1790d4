"""Reads the WordNet 3.0 database files of Debian's wordnet-base package (/usr/share/wordnet)."""
import os

WORDNET = os.environ.get("WORDNET_DIR", "/usr/share/wordnet")
POS_FILES = {"n": "noun", "v": "verb", "a": "adj", "r": "adv"}


class Synset:
    __slots__ = ("offset", "pos", "words", "pointers", "gloss")

    def __init__(self, offset, pos, words, pointers, gloss):
        self.offset, self.pos, self.words, self.pointers, self.gloss = offset, pos, words, pointers, gloss


class WordNet:
    def __init__(self, directory=WORDNET):
        self.synsets = {}  # (pos, offset) -> Synset
        self.index = {}    # (lemma, pos) -> [offset, ...] in sense order
        self.exceptions = {}  # (base, pos) -> set of irregular inflections
        for pos, name in POS_FILES.items():
            with open(os.path.join(directory, "data." + name), encoding="latin-1") as data:
                for line in data:
                    if line.startswith("  "):
                        continue  # licence header
                    head, _, gloss = line.partition(" | ")
                    f = head.split()
                    offset, ss_type, count = f[0], f[2], int(f[3], 16)
                    words = [f[4 + 2 * k].split("(")[0].replace("_", " ").lower() for k in range(count)]
                    at = 4 + 2 * count
                    npointers = int(f[at])
                    pointers = []
                    for k in range(npointers):
                        sym, target, tpos, st = f[at + 1 + 4 * k: at + 5 + 4 * k]
                        tpos = "a" if tpos == "s" else tpos
                        pointers.append((sym, target, tpos, int(st[:2], 16), int(st[2:], 16)))
                    self.synsets[(pos, offset)] = Synset(offset, pos, words, pointers, gloss.strip())
            with open(os.path.join(directory, "index." + name), encoding="latin-1") as index:
                for line in index:
                    if line.startswith("  "):
                        continue
                    f = line.split()
                    lemma = f[0].replace("_", " ")
                    nsyn, nptr = int(f[2]), int(f[3])
                    self.index[(lemma, pos)] = f[4 + nptr + 2:4 + nptr + 2 + nsyn]
            exc = os.path.join(directory, name + ".exc")
            with open(exc, encoding="latin-1") as lines:
                for line in lines:
                    f = line.split()
                    for base in f[1:]:
                        self.exceptions.setdefault((base.replace("_", " "), pos), set()).add(f[0].replace("_", " "))

    def sense(self, name):
        """'condemn.v.02' -> the synset of the second verb sense of 'condemn'."""
        lemma, pos, number = name.rsplit(".", 2)
        offsets = self.index[(lemma.replace("_", " "), pos)]
        return self.synsets[(pos, offsets[int(number) - 1])]

    def senses(self, lemma, pos):
        return [self.synsets[(pos, o)] for o in self.index.get((lemma, pos), [])]

    def related(self, synset, symbols):
        """Synsets reached by any pointer in `symbols` ('@' hypernym, '~' hyponym, '+' derivation ...)."""
        return [(sym, self.synsets[(tpos, target)], src, dst)
                for sym, target, tpos, src, dst in synset.pointers if sym in symbols]
