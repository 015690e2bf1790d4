#pragma once

#include "diplograph/result.h"
#include "diplograph/types.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace diplograph::core {

enum class InputFormat { Invalid = 0, Auto, PlainText, Markdown, Html };

// The largest input loadDocument accepts, in bytes.
inline constexpr std::size_t kMaxInputBytes = 256u * 1024u * 1024u;

// A run of Document::text that came from a run of the original input.
// Identity runs have equal lengths; replaced runs (a curly quote, an entity, a stripped tag) do not.
struct OffsetSegment {
    std::size_t textStart = 0;
    std::size_t textLength = 0;
    std::size_t originalStart = 0;
    std::size_t originalLength = 0;
};

// An article's text prepared for matching, with a map back to the original bytes.
// `text` is valid UTF-8: curly quotes -> ' and ", dashes -> -, NBSP and other spaces -> ' ',
// HTML tags/scripts/styles removed and entities decoded, Markdown markup removed, invalid bytes -> U+FFFD.
struct Document {
    std::string original;               // the input bytes, untouched
    std::string text;                   // normalised text
    std::vector<OffsetSegment> segments; // sorted by textStart, covering all of text
    std::optional<std::string> title;   // the headline, if the input has one (first line followed by a blank line, or <title>/<h1>)
    ByteRange titleRange;               // where the headline lies in `text`; empty if it is not part of text
    std::vector<std::string> warnings;  // what was repaired, for the user

    // Maps a range of `text` to the ORIGINAL bytes it came from; start and end land on character boundaries
    // and never include stripped markup that lies before start or after end.
    [[nodiscard]] ByteRange toOriginal(ByteRange textRange) const;
};

// Builds a Document from raw bytes. Errors: Empty (no text after stripping), Binary (NUL bytes or mostly
// control characters), TooLarge (> kMaxInputBytes). Invalid UTF-8 is repaired and reported in warnings.
[[nodiscard]] Result<Document> loadDocument(std::string bytes, InputFormat format = InputFormat::Auto);

// Reads a file and calls loadDocument; the format comes from the extension (.html/.htm, .md, else plain).
// Errors: NotFound, Unreadable, plus those of loadDocument.
[[nodiscard]] Result<Document> readDocument(const std::string& path);

// Splits the document into sentences. The headline, if any, is sentence 0 with headline = true.
// Robust to abbreviations (U.S., Mr., Gen., Jan., No.), initials, decimals, quotations and ellipses.
[[nodiscard]] std::vector<Sentence> splitSentences(const Document& document);

enum class TokenKind { Invalid = 0, Word, Number, Punctuation, Symbol };

// A token of Document::text. Hyphens and the possessive 's / ' are tokens of their own:
// "Iraq-Iran" -> Iraq - Iran; "China's" -> China 's; "U.S." stays one token.
struct Token {
    ByteRange range;      // in Document::text
    std::string_view text; // a view into Document::text
    std::string lower;    // lower-case form (ASCII folding; non-ASCII kept)
    TokenKind kind = TokenKind::Invalid;
    bool capitalised = false; // first letter upper-case
    bool allCaps = false;     // every letter upper-case and at least two letters
    bool spaceBefore = false; // whitespace separates it from the previous token
};

// Tokens of `textRange` (a sentence's textRange) of document.text, in order.
[[nodiscard]] std::vector<Token> tokenize(const Document& document, ByteRange textRange);

// Lower-hex SHA-256 of `bytes`.
[[nodiscard]] std::string sha256Hex(std::string_view bytes);

} // namespace diplograph::core
