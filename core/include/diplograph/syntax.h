#pragma once

#include "diplograph/result.h"
#include "diplograph/text.h"
#include "diplograph/types.h"

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

// Part-of-speech tags, lemmas and labelled dependency trees (Universal Dependencies) for the sentences of a
// Document, from a statistical model trained on a treebank (docs/syntax.md).
namespace diplograph::core {

// The 17 universal part-of-speech tags.
enum class Upos : std::uint8_t {
    Invalid = 0, Adj, Adp, Adv, Aux, Cconj, Det, Intj, Noun, Num, Part, Pron, Propn, Punct, Sconj, Sym, Verb, X
};
inline constexpr int kUposCount = 18; // including Invalid

// "ADJ", "ADP" ...; "_" for Invalid.
[[nodiscard]] const char* uposName(Upos upos);
// Upos::Invalid if unknown.
[[nodiscard]] Upos uposFromName(std::string_view name);

// A token in the treebank's convention ("do" + "n't", "China" + "'s", hyphens apart), with its analysis.
struct SyntaxToken {
    std::string form;      // the token as it stands in Document::text
    std::string lemma;     // "condemn" for "condemned"; proper nouns keep their case
    Upos upos = Upos::Invalid;
    std::string xpos;      // Penn Treebank tag: "VBD", "NNP" ...
    int head = -1;         // index of the head token in the sentence; -1 for the root
    std::string deprel;    // UD relation with subtype: "nsubj", "nsubj:pass", "obl", "nmod:poss", "root" ...
    ByteRange textRange;   // in Document::text
    ByteRange range;       // in the original input bytes
    bool spaceAfter = true;
};

// One analysed sentence; token indices are positions in `tokens`.
struct ParsedSentence {
    int sentence = 0; // Sentence::id
    std::vector<SyntaxToken> tokens;

    [[nodiscard]] int size() const { return static_cast<int>(tokens.size()); }
    // The index of the root token, or -1 when the sentence is empty.
    [[nodiscard]] int root() const;
    // The dependents of `head` in sentence order.
    [[nodiscard]] std::vector<int> children(int head) const;
    // Dependents whose relation is `relation` or one of its subtypes ("obl" matches "obl:agent").
    [[nodiscard]] std::vector<int> children(int head, std::string_view relation) const;
    // The first such dependent, or -1.
    [[nodiscard]] int child(int head, std::string_view relation) const;
    // True if token's relation is `relation` or one of its subtypes.
    [[nodiscard]] bool is(int token, std::string_view relation) const;
    // The lemma of the adposition or particle marking `token` (its `case` or `mark` child), or "".
    [[nodiscard]] std::string_view caseOf(int token) const;
    // The subject of a predicate: its own nsubj/nsubj:pass/csubj, else through xcomp ("wants to leave"),
    // conj ("met and agreed") and relative clauses (the noun the clause modifies); -1 if none.
    [[nodiscard]] int subjectOf(int predicate) const;
    // True for a passive predicate (an aux:pass or nsubj:pass child, or a participle with obl:agent).
    [[nodiscard]] bool isPassive(int predicate) const;
    // True if `predicate` or the auxiliaries and copula it governs carry not/never/n't/no.
    [[nodiscard]] bool isNegated(int predicate) const;
    // The head of the clause `token` belongs to: the first ancestor (or itself) that is a predicate
    // (root, ccomp, xcomp, advcl, acl, conj of a predicate, parataxis, csubj).
    [[nodiscard]] int clauseOf(int token) const;
    // The tokens of the subtree under `token`, in sentence order (the token included).
    [[nodiscard]] std::vector<int> subtree(int token) const;
};

// A trained tagger, lemmatiser and parser; immutable once loaded, safe to share between threads.
class SyntaxModel;

// Loads a model file. Errors name the file: NotFound, Unreadable, Corrupt (bad magic, truncated,
// checksum mismatch), NewerSchema (written by a newer format version).
[[nodiscard]] Result<std::shared_ptr<const SyntaxModel>> loadSyntaxModel(const std::string& path);

// Where the shipped model is looked for: $DIPLOGRAPH_SYNTAX_MODEL, then share/diplograph/models/ beside the
// executable's folder, then the source tree's resources/models/.
[[nodiscard]] std::string defaultSyntaxModelPath();

// The shipped model, loaded once per process on first use; later calls return the same model or error.
[[nodiscard]] Result<std::shared_ptr<const SyntaxModel>> defaultSyntaxModel();

// The model's attribution and licence line, e.g. "trained on UD English EWT (CC BY-SA 4.0)".
[[nodiscard]] const std::string& syntaxModelLicence(const SyntaxModel& model);

// Splits a sentence of `document` into treebank-convention tokens; offsets map back to the original input.
[[nodiscard]] std::vector<SyntaxToken> syntaxTokens(const Document& document, const Sentence& sentence);

// Fills upos, xpos and lemma of every token from its form.
void tagTokens(const SyntaxModel& model, std::vector<SyntaxToken>& tokens);

// Fills head and deprel of every token (tags must be set): a single-rooted projective tree.
void parseTokens(const SyntaxModel& model, std::vector<SyntaxToken>& tokens);

// syntaxTokens, tagTokens and parseTokens for one sentence.
[[nodiscard]] ParsedSentence parseSentence(const SyntaxModel& model, const Document& document,
                                           const Sentence& sentence);

// CoNLL-U for parsed sentences: "# sent_id", "# text", and TokenRange=start:end (original bytes) in MISC.
[[nodiscard]] std::string toConllu(const Document& document, const std::vector<ParsedSentence>& sentences);

} // namespace diplograph::core
