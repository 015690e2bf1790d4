#include "diplograph/syntax.h"

#include <array>

namespace diplograph::core {
namespace {

bool endsWith(std::string_view text, std::string_view suffix)
{
    return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

// Where the treebank splits a word the sentence tokenizer keeps whole: "don't" -> do|n't, "can't" -> ca|n't,
// "cannot" -> can|not, "they're" -> they|'re, "I'd" -> I|'d. Returns the split point, or 0 for none.
std::size_t contractionSplit(std::string_view lower)
{
    if (lower.size() > 3 && endsWith(lower, "n't")) {
        return lower.size() - 3;
    }
    if (lower == "cannot") {
        return 3;
    }
    static constexpr std::array<std::string_view, 6> kClitics = {"'re", "'ve", "'ll", "'d", "'m", "'s"};
    for (const std::string_view clitic : kClitics) {
        if (lower.size() > clitic.size() && endsWith(lower, clitic)) {
            return lower.size() - clitic.size();
        }
    }
    return 0;
}

} // namespace

std::vector<SyntaxToken> syntaxTokens(const Document& document, const Sentence& sentence)
{
    const std::vector<Token> tokens = tokenize(document, sentence.textRange);
    std::vector<SyntaxToken> out;
    out.reserve(tokens.size() + tokens.size() / 16);
    const auto push = [&](std::size_t start, std::size_t end, bool spaceAfter) {
        SyntaxToken token;
        token.textRange = {start, end};
        token.form = document.text.substr(start, end - start);
        token.range = document.toOriginal(token.textRange);
        token.spaceAfter = spaceAfter;
        out.push_back(std::move(token));
    };
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        const Token& token = tokens[i];
        const bool spaceAfter = i + 1 >= tokens.size() || tokens[i + 1].spaceBefore;
        const std::size_t split = token.kind == TokenKind::Word ? contractionSplit(token.lower) : 0;
        if (split > 0) {
            push(token.range.start, token.range.start + split, false);
            push(token.range.start + split, token.range.end, spaceAfter);
        } else {
            push(token.range.start, token.range.end, spaceAfter);
        }
    }
    return out;
}

} // namespace diplograph::core
