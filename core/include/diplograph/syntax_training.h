#pragma once

#include "diplograph/result.h"
#include "diplograph/syntax.h"

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

// Treebanks, training and evaluation of the syntax model (docs/syntax.md).
namespace diplograph::core {

// One word of a CoNLL-U treebank (multi-word token ranges and empty nodes are skipped).
struct TreebankToken {
    std::string form;
    std::string lemma;
    Upos upos = Upos::Invalid;
    std::string xpos;
    int head = -1; // 0-based; -1 for the root
    std::string deprel;
};

struct TreebankSentence {
    std::string text; // the "# text" comment, if any
    std::vector<TreebankToken> tokens;
};

// Parses CoNLL-U text; Parse errors give the line number.
[[nodiscard]] Result<std::vector<TreebankSentence>> parseConllu(std::string_view text);
// Reads and parses a CoNLL-U file; errors name the file.
[[nodiscard]] Result<std::vector<TreebankSentence>> readConllu(const std::string& path);

// Accuracy of the model against gold trees, on the gold tokens (punctuation included, as in CoNLL 2018).
struct SyntaxScores {
    std::size_t tokens = 0;
    double upos = 0.0;  // fraction of tokens with the right UPOS
    double xpos = 0.0;
    double lemma = 0.0; // case-insensitive
    double uas = 0.0;   // right head
    double las = 0.0;   // right head and relation (with subtype)
};

// With `predicted`, also returns the model's analyses of the gold tokens (for error analysis).
[[nodiscard]] SyntaxScores evaluateSyntax(const SyntaxModel& model, const std::vector<TreebankSentence>& gold,
                                          std::vector<TreebankSentence>* predicted = nullptr);

// CoNLL-U text of treebank sentences.
[[nodiscard]] std::string treebankToConllu(const std::vector<TreebankSentence>& sentences);

struct SyntaxTrainingOptions {
    std::uint64_t seed = 1;
    int taggerEpochs = 12;   // at most; training stops when dev accuracy has not improved for `patience` epochs
    int parserEpochs = 25;
    int patience = 5;
    int jackknifeFolds = 5;  // the parser trains on tags predicted by taggers that did not see the sentence
    int taggerBucketBits = 22; // 2^bits hash buckets per weight table; fewer for tiny treebanks (tests)
    int parserBucketBits = 24;
    std::string licence = "trained on UD English EWT (CC BY-SA 4.0); this model file is licensed CC BY-SA 4.0";
    std::function<void(const std::string& line)> log; // progress lines (epochs, dev accuracy); may be empty
};

// Trains tagger, lemmatiser and parser on `train`, stopping early on `dev`, and writes the model to `outputPath`.
// The same inputs and seed give a byte-identical file.
[[nodiscard]] Result<void> trainSyntaxModel(const std::vector<TreebankSentence>& train,
                                            const std::vector<TreebankSentence>& dev,
                                            const SyntaxTrainingOptions& options, const std::string& outputPath);

} // namespace diplograph::core
