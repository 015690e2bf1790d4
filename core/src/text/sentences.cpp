#include "diplograph/text.h"
#include "text/sentence_rules.h"
#include "text/utf8.h"

namespace diplograph::core {
namespace {

using text::AbbreviationKind;

constexpr std::string_view kEllipsis = "\xE2\x80\xA6";                                      // U+2026
constexpr std::string_view kClosingQuotes[] = {"\xE2\x80\x99", "\xE2\x80\x9D", "\xC2\xBB"}; // ’ ” »

bool isTerminatorAt(std::string_view text, std::size_t pos)
{
    const char c = text[pos];
    return c == '.' || c == '?' || c == '!' || text.substr(pos, kEllipsis.size()) == kEllipsis;
}

std::size_t terminatorLength(std::string_view text, std::size_t pos)
{
    return text[pos] == '.' || text[pos] == '?' || text[pos] == '!' ? 1 : kEllipsis.size();
}

// Length of a closing quote or bracket at `pos`, or 0. Normalisation leaves only straight quotes and the
// guillemet; the curly forms are listed so the rule does not depend on that.
std::size_t closerLength(std::string_view text, std::size_t pos)
{
    const char c = text[pos];
    if (c == '"' || c == '\'' || c == ')' || c == ']') {
        return 1;
    }
    for (const auto quote : kClosingQuotes) {
        if (text.substr(pos, quote.size()) == quote) {
            return quote.size();
        }
    }
    return 0;
}

// The first word starting at `pos` (letters only), for the opener check.
std::string_view wordAt(std::string_view text, std::size_t pos, std::size_t end)
{
    std::size_t stop = pos;
    while (stop < end && text::isAsciiLetter(text[stop])) {
        ++stop;
    }
    return text.substr(pos, stop - pos);
}

// Whether the text at `pos` can open a sentence: a capital, a digit, or either behind an opening quote.
bool opensSentence(std::string_view text, std::size_t pos, std::size_t end)
{
    while (pos < end && (text[pos] == '"' || text[pos] == '\'' || text[pos] == '(' || text[pos] == '[')) {
        ++pos;
    }
    if (pos >= end) {
        return false;
    }
    const char c = text[pos];
    if (text::isAsciiUpper(c) || text::isAsciiDigit(c)) {
        return true;
    }
    if (static_cast<unsigned char>(c) < 0x80) {
        return false;
    }
    const auto decoded = text::decodeUtf8(text.substr(0, end), pos);
    return text::isLetterCodePoint(decoded.codePoint) && !text::isLowerCodePoint(decoded.codePoint);
}

// Decides whether the period at `dot` followed (after closers and spaces) by `next` ends a sentence.
bool periodEndsSentence(std::string_view text, std::size_t lineStart, std::size_t dot, std::size_t next,
                        std::size_t end)
{
    std::size_t wordStart = dot;
    while (wordStart > lineStart && dot - wordStart < 32 &&
           (text::isAsciiLetter(text[wordStart - 1]) || text[wordStart - 1] == '.')) {
        --wordStart;
    }
    const std::string_view word = text.substr(wordStart, dot - wordStart);
    std::size_t nextWord = next;
    while (nextWord < end && (text[nextWord] == '"' || text[nextWord] == '\'' || text[nextWord] == '(')) {
        ++nextWord;
    }
    const std::string_view following = wordAt(text, nextWord, end);
    const std::size_t followingEnd = nextWord + following.size();
    if (following.size() == 1 && followingEnd < end && text[followingEnd] == '.') {
        return false; // a chain of initials or a dotted abbreviation: "J. A. Smith", "in the U.S. A.B. Corp"
    }
    const bool openerFollows = text::isSentenceOpener(following);
    const bool numberFollows = nextWord < end && text::isAsciiDigit(text[nextWord]);
    // A preceding digit or letter glued on ("1.5bn.") makes it no abbreviation; the word must start cleanly.
    const bool cleanStart = wordStart == lineStart || !text::isAsciiDigit(text[wordStart - 1]);
    if (!cleanStart) {
        return true;
    }
    if (word.size() == 1 && text::isAsciiUpper(word[0])) {
        return openerFollows; // an initial: "George W. Bush", "J. R. R. Tolkien"
    }
    switch (text::classifyAbbreviation(word)) {
    case AbbreviationKind::Title: return false;
    case AbbreviationKind::BeforeNumber: return !numberFollows && openerFollows;
    case AbbreviationKind::Final: return openerFollows;
    default: return true;
    }
}

// Appends the sentences of the trimmed paragraph text[start, end); no break before `noBreakBefore`.
void splitParagraph(const Document& document, std::size_t start, std::size_t end, std::size_t noBreakBefore,
                    bool dateline, std::vector<Sentence>& out)
{
    const std::string_view text = document.text;
    const auto emit = [&](std::size_t from, std::size_t to) {
        while (to > from && text::isAsciiSpace(text[to - 1])) {
            --to;
        }
        if (to <= from) {
            return;
        }
        Sentence sentence;
        sentence.id = static_cast<int>(out.size());
        sentence.textRange = {from, to};
        sentence.range = document.toOriginal(sentence.textRange);
        sentence.dateline = dateline;
        dateline = false;
        out.push_back(sentence);
    };
    std::size_t sentenceStart = start;
    std::size_t pos = noBreakBefore;
    while (pos < end) {
        if (!isTerminatorAt(text, pos)) {
            ++pos;
            continue;
        }
        const std::size_t terminator = pos;
        std::size_t after = pos;
        std::size_t dots = 0;
        while (after < end && isTerminatorAt(text, after)) {
            dots += text[after] == '.' ? 1 : 3;
            after += terminatorLength(text, after);
        }
        while (after < end && closerLength(text, after) > 0) {
            after += closerLength(text, after);
        }
        if (after >= end || !text::isAsciiSpace(text[after])) {
            pos = after;
            continue;
        }
        std::size_t next = after;
        while (next < end && text::isAsciiSpace(text[next])) {
            ++next;
        }
        bool ends = opensSentence(text, next, end);
        if (ends && text[terminator] == '.' && dots == 1) {
            ends = periodEndsSentence(text, sentenceStart, terminator, next, end);
        }
        if (ends) {
            emit(sentenceStart, after);
            sentenceStart = next;
        }
        pos = next;
    }
    emit(sentenceStart, end);
}

} // namespace

std::vector<Sentence> splitSentences(const Document& document)
{
    std::vector<Sentence> sentences;
    const std::string_view text = document.text;
    std::size_t pos = 0;
    if (!document.titleRange.empty()) {
        // The headline is sentence 0 only when nothing but whitespace precedes it.
        std::size_t first = 0;
        while (first < text.size() && text::isAsciiSpace(text[first])) {
            ++first;
        }
        if (first == document.titleRange.start) {
            Sentence headline;
            headline.textRange = document.titleRange;
            headline.range = document.toOriginal(headline.textRange);
            headline.headline = true;
            sentences.push_back(headline);
            pos = document.titleRange.end;
        }
    }
    bool firstParagraph = true;
    while (pos < text.size()) {
        std::size_t lineEnd = text.find('\n', pos);
        if (lineEnd == std::string_view::npos) {
            lineEnd = text.size();
        }
        std::size_t start = pos;
        std::size_t end = lineEnd;
        while (start < end && text::isAsciiSpace(text[start])) {
            ++start;
        }
        while (end > start && text::isAsciiSpace(text[end - 1])) {
            --end;
        }
        if (start < end) {
            std::size_t bodyStart = start;
            if (firstParagraph) {
                bodyStart = text::datelineEnd(text, start, end);
                firstParagraph = false;
            }
            splitParagraph(document, start, end, bodyStart, bodyStart > start, sentences);
        }
        pos = lineEnd + 1;
    }
    return sentences;
}

} // namespace diplograph::core
