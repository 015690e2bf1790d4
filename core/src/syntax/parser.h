#pragma once

#include "syntax/model.h"
#include "syntax/weights.h"

#include <cstdint>
#include <random>
#include <vector>

// The arc-hybrid transition parser (Kuhlmann et al. 2011) with a virtual root after the last token,
// trained with a dynamic oracle (Goldberg & Nivre 2013).
namespace diplograph::core::syntax {

// What the parser reads of each token: a word hash and a tag class.
struct ParserInput {
    std::vector<std::uint64_t> words;    // hashWord(form).cluster
    std::vector<std::uint64_t> suffixes; // hashWord(form).suffix[2]
    std::vector<std::uint64_t> shapes;   // hashWord(form).shape
    std::vector<int> tags;               // XPOS class
    std::vector<int> upos;               // Upos value
};

// Heads use n (the token count) for the root; labels are label-table classes.
struct ParserOutput {
    std::vector<int> heads;
    std::vector<int> labels;
};

// One table scores the moves and the labels of both directions, so a transition reads each feature's row once:
// classes [0, 3) are moves, then `labels` classes for a left arc, then `labels` for a right arc.
struct ParserTables {
    const FrozenWeights* weights = nullptr;
    int labels = 0;
    int rootLabel = 0;
};

[[nodiscard]] inline int parserClasses(int labels)
{
    return kMoveCount + 2 * labels;
}

// Parses greedily; always a single-rooted projective tree.
[[nodiscard]] ParserOutput parse(const ParserTables& tables, const ParserInput& input);

class ParserTrainer {
public:
    ParserTrainer(int labels, int bucketBits);

    // One pass over a sentence. `goldHeads` use n for the root; with `explore`, the trainer follows its own
    // prediction (when wrong) with probability 0.9, learning to recover from its mistakes.
    void train(const ParserInput& input, const std::vector<int>& goldHeads, const std::vector<int>& goldLabels,
               int rootLabel, bool explore, std::mt19937_64& random);

    [[nodiscard]] FrozenWeights freeze() const { return m_weights.freeze(); }

private:
    int m_labels = 0;
    TrainingWeights m_weights;
};

} // namespace diplograph::core::syntax
