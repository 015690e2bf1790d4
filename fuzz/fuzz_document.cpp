// libFuzzer target over loadDocument + splitSentences + tokenize. The first byte picks the input format;
// every invariant the later stages rely on is checked and a violation aborts.
#include "diplograph/text.h"
#include "text/utf8.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <vector>

using namespace diplograph::core;

namespace {

void check(bool condition, const char* what)
{
    if (!condition) {
        std::fprintf(stderr, "invariant violated: %s\n", what);
        std::abort();
    }
}

// Offsets where a character starts in `bytes`, decoding ill-formed sequences as the loader does.
std::vector<bool> characterBoundaries(std::string_view bytes)
{
    std::vector<bool> boundaries(bytes.size() + 1, false);
    for (std::size_t pos = 0; pos < bytes.size();) {
        boundaries[pos] = true;
        pos += text::decodeUtf8(bytes, pos).length;
    }
    boundaries[bytes.size()] = true;
    return boundaries;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size == 0) {
        return 0;
    }
    constexpr InputFormat kFormats[] = {InputFormat::Auto, InputFormat::PlainText, InputFormat::Markdown,
                                        InputFormat::Html};
    const InputFormat format = kFormats[data[0] % 4];
    const std::string input(reinterpret_cast<const char*>(data + 1), size - 1);
    auto document = loadDocument(input, format);
    if (!document) {
        check(!document.error().message.empty(), "an error has a message");
        return 0;
    }
    check(document->original == input, "original is untouched");
    const std::string& normalised = document->text;
    const auto textBoundaries = characterBoundaries(normalised);
    for (std::size_t pos = 0; pos < normalised.size();) {
        const auto decoded = text::decodeUtf8(normalised, pos);
        check(decoded.valid, "text is valid UTF-8");
        pos += decoded.length;
    }
    std::size_t covered = 0;
    for (const auto& segment : document->segments) {
        check(segment.textStart == covered && segment.textLength > 0, "segments are contiguous");
        check(segment.originalStart + segment.originalLength <= input.size(), "segments lie in the input");
        covered += segment.textLength;
    }
    check(covered == normalised.size(), "segments cover the text");

    const auto originalBoundaries = characterBoundaries(input);
    const auto sentences = splitSentences(*document);
    std::size_t previousEnd = 0;
    for (std::size_t i = 0; i < sentences.size(); ++i) {
        const Sentence& sentence = sentences[i];
        check(sentence.id == static_cast<int>(i), "ids count up");
        check(!sentence.textRange.empty() && sentence.textRange.end <= normalised.size(), "textRange in text");
        check(sentence.textRange.start >= previousEnd, "sentences are ordered");
        check(textBoundaries[sentence.textRange.start] && textBoundaries[sentence.textRange.end],
              "textRange on character boundaries");
        check(!text::isAsciiSpace(normalised[sentence.textRange.start]) &&
                  !text::isAsciiSpace(normalised[sentence.textRange.end - 1]),
              "textRange is trimmed");
        previousEnd = sentence.textRange.end;
        check(sentence.range == document->toOriginal(sentence.textRange), "range is the mapped textRange");
        check(!sentence.range.empty() && sentence.range.end <= input.size(), "range lies in the input");
        check(originalBoundaries[sentence.range.start] && originalBoundaries[sentence.range.end],
              "range on UTF-8 boundaries");
        check(!text::isAsciiSpace(input[sentence.range.start]) && !text::isAsciiSpace(input[sentence.range.end - 1]),
              "range has no outer whitespace");

        std::size_t tokenEnd = sentence.textRange.start;
        for (const Token& token : tokenize(*document, sentence.textRange)) {
            check(!token.range.empty() && token.range.start >= tokenEnd && token.range.end <= sentence.textRange.end,
                  "tokens are ordered inside their sentence");
            check(token.text == std::string_view(normalised).substr(token.range.start, token.range.size()),
                  "token text is its range");
            check(token.kind != TokenKind::Invalid, "token has a kind");
            // Mentions are reported through token ranges, so these must map as cleanly as sentences do.
            const ByteRange original = document->toOriginal(token.range);
            check(sentence.range.contains(original) && !original.empty(), "token maps inside its sentence");
            check(originalBoundaries[original.start] && originalBoundaries[original.end], "token on UTF-8 boundaries");
            tokenEnd = token.range.end;
        }
    }
    return 0;
}
