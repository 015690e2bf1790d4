#pragma once

#include "diplograph/syntax.h"
#include "syntax/weights.h"

#include <string>
#include <unordered_map>
#include <vector>

namespace diplograph::core {

namespace syntax {

// A word's tags when the treebank shows it with one tag pair almost always ("the", "of", ",").
struct DictionaryTags {
    Upos upos = Upos::Invalid;
    std::uint8_t xpos = 0;
};

// Lemmas seen in the treebank, and suffix rules for unseen words.
struct LemmaRule {
    std::uint8_t strip = 0;  // bytes removed from the end of the lower-case form
    std::string append;      // then appended
};

struct Lemmatizer {
    std::unordered_map<std::string, std::string> known;  // key: lower-case form + '\t' + UPOS number
    std::unordered_map<std::string, LemmaRule> suffixes; // key: UPOS number + '\t' + lower-case suffix
    int longestSuffix = 0;
};

// Arc-hybrid transitions; labels are chosen separately for the arc a transition makes.
enum Move : int { kShift = 0, kLeft = 1, kRight = 2, kMoveCount = 3 };

} // namespace syntax

class SyntaxModel {
public:
    std::string licence;
    std::vector<std::string> xposNames;  // index = class of the XPOS table
    std::vector<std::string> labelNames; // index = class of the label tables
    std::unordered_map<std::string, int> xposIndex; // name -> class, built when loaded
    std::unordered_map<std::string, syntax::DictionaryTags> tagDictionary; // key: form as written
    std::vector<syntax::DictionaryTags> tagPairs; // the (UPOS, XPOS) pairs the treebank uses
    syntax::FrozenWeights uposWeights;
    syntax::FrozenWeights xposWeights;
    syntax::FrozenWeights taggerWeights; // UPOS then XPOS classes in one table, built when loaded (not stored)
    syntax::Lemmatizer lemmatizer;
    syntax::FrozenWeights parserWeights; // moves, then left-arc labels, then right-arc labels
    int rootLabel = 0;                       // labelNames index of "root"
};

namespace syntax {

// The word forms a model reads, precomputed once per sentence.
struct WordHashes {
    std::uint64_t lower = 0;
    std::uint64_t form = 0;
    std::uint64_t shape = 0;
    std::uint64_t prefix[3] = {};
    std::uint64_t suffix[4] = {};
    std::uint64_t cluster = 0; // lower-case form with digits folded, for rare-word sharing
};

[[nodiscard]] WordHashes hashWord(std::string_view form);

// hashWord of every token's form.
[[nodiscard]] std::vector<WordHashes> hashWords(const std::vector<SyntaxToken>& tokens);
// tagTokens and parseTokens with the tokens' hashes already computed (`words[i]` is token i's).
void tagWords(const SyntaxModel& model, std::vector<SyntaxToken>& tokens, const std::vector<WordHashes>& words);
void parseWords(const SyntaxModel& model, std::vector<SyntaxToken>& tokens, const std::vector<WordHashes>& words);

// Tagger features for position `i`, given the XPOS classes already chosen left of it.
std::size_t taggerFeatures(const std::vector<WordHashes>& words, const std::vector<int>& xposSoFar, std::size_t i,
                           std::uint64_t* out);

// The best (UPOS, XPOS) pair of `pairs` by the sum of both tables' scores, each divided by its scale.
template <typename Score>
DictionaryTags bestTagPair(const std::vector<DictionaryTags>& pairs, const Score* upos, float uposScale,
                           const Score* xpos, float xposScale)
{
    DictionaryTags best = pairs.front();
    double bestScore = -1e300;
    for (const DictionaryTags& pair : pairs) {
        const double score = double(upos[static_cast<int>(pair.upos)]) / uposScale + double(xpos[pair.xpos]) / xposScale;
        if (score > bestScore) {
            bestScore = score;
            best = pair;
        }
    }
    return best;
}

// The class in [from, to) with the highest score (the first on ties).
[[nodiscard]] int argmax(const std::int32_t* scores, int from, int to);

// Lemma of `form` with tag `upos`.
[[nodiscard]] std::string lemmatize(const Lemmatizer& lemmatizer, std::string_view form, Upos upos);

// Lower-case (ASCII folding; other bytes kept).
[[nodiscard]] std::string lowerAscii(std::string_view text);

} // namespace syntax
} // namespace diplograph::core
