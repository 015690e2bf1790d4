#include "text/html_entities.h"
#include "text/markup.h"
#include "text/utf8.h"

#include <algorithm>
#include <string>

namespace diplograph::core::text {
namespace {

constexpr std::size_t kNone = std::string_view::npos;

// Tags whose boundaries separate paragraphs; every other tag simply disappears.
constexpr std::string_view kBlockTags[] = {
    "p",    "div",   "br",         "h1",     "h2",    "h3",    "h4",      "h5",      "h6",     "li",
    "ul",   "ol",    "tr",         "td",     "th",    "table", "section", "article", "header", "footer",
    "nav",  "aside", "blockquote", "pre",    "hr",    "dt",    "dd",      "dl",      "figure", "figcaption",
    "main", "form",  "address",    "center", "title", "body",  "html",    "head",    "option", "caption"};
// Elements whose content is not article text (site navigation included: it precedes the headline).
constexpr std::string_view kSkippedElements[] = {"script", "style", "noscript", "template", "svg", "iframe", "nav"};

bool isHtmlSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

// Case-insensitive search for an ASCII `needle` (lower-case) in `haystack` from `from`.
std::size_t findIgnoringCase(std::string_view haystack, std::string_view needle, std::size_t from)
{
    if (needle.empty() || haystack.size() < needle.size()) {
        return kNone;
    }
    for (std::size_t i = from; i + needle.size() <= haystack.size(); ++i) {
        if (asciiLower(haystack[i]) != needle[0]) {
            continue;
        }
        std::size_t k = 1;
        while (k < needle.size() && asciiLower(haystack[i + k]) == needle[k]) {
            ++k;
        }
        if (k == needle.size()) {
            return i;
        }
    }
    return kNone;
}

template <std::size_t N> bool contains(const std::string_view (&list)[N], std::string_view word)
{
    return std::find(std::begin(list), std::end(list), word) != std::end(list);
}

class HtmlConverter {
  public:
    HtmlConverter(std::string_view input, TextBuilder& builder) : m_input(input), m_builder(builder)
    {
        m_hasH1 = findIgnoringCase(input, "<h1", 0) != kNone;
    }

    HeadlineInfo run()
    {
        std::size_t pos = 0;
        while (pos < m_input.size()) {
            const char c = m_input[pos];
            if (c == '<') {
                pos = tag(pos);
            } else if (c == '&') {
                pos = entity(pos);
            } else if (isHtmlSpace(c)) {
                if (m_spaceStart == kNone) {
                    m_spaceStart = pos;
                }
                m_spaceEnd = ++pos;
            } else {
                pos = textRun(pos);
            }
        }
        return m_headline;
    }

  private:
    // Emits the whitespace seen before visible text as one space (none at a paragraph start).
    void flushSpace()
    {
        if (m_breakStart != kNone) {
            // A paragraph break is only written once text follows it, so the text never ends with one.
            if (m_builder.lastChar() != '\n') {
                m_builder.replace(m_breakStart, m_breakLength, "\n");
            }
            m_breakStart = kNone;
            m_spaceStart = kNone;
            return;
        }
        if (m_spaceStart != kNone) {
            const char last = m_builder.lastChar();
            if (last != '\n' && last != ' ') {
                if (m_spaceEnd - m_spaceStart == 1 && m_input[m_spaceStart] == ' ') {
                    m_builder.copy(m_spaceStart, 1);
                } else {
                    m_builder.replace(m_spaceStart, m_spaceEnd - m_spaceStart, " ");
                }
            }
            m_spaceStart = kNone;
        }
    }

    void paragraphBreak(std::size_t start, std::size_t length)
    {
        m_spaceStart = kNone;
        if (m_breakStart == kNone) {
            m_breakStart = start;
            m_breakLength = length;
        }
    }

    std::size_t textRun(std::size_t pos)
    {
        flushSpace();
        std::size_t end = pos;
        while (end < m_input.size() && m_input[end] != '<' && m_input[end] != '&' && !isHtmlSpace(m_input[end])) {
            ++end;
        }
        m_builder.normaliseRange(pos, end);
        return end;
    }

    std::size_t entity(std::size_t pos)
    {
        const DecodedEntity decoded = decodeEntity(m_input, pos);
        if (decoded.length == 0) {
            flushSpace();
            m_builder.copy(pos, 1); // a bare '&'
            return pos + 1;
        }
        if (decoded.codePoint < 0x80 && isHtmlSpace(static_cast<char>(decoded.codePoint))) {
            if (m_spaceStart == kNone) {
                m_spaceStart = pos;
            }
            m_spaceEnd = pos + decoded.length;
            return m_spaceEnd;
        }
        flushSpace();
        m_builder.emitCodePoint(decoded.codePoint, pos, decoded.length);
        return pos + decoded.length;
    }

    // The first '>' at or after `from`; cached so that many '<' without '>' stay linear.
    std::size_t nextGreater(std::size_t from)
    {
        if (m_greater == kNone || m_greater < from) {
            if (m_noMoreGreater) {
                return kNone;
            }
            m_greater = m_input.find('>', from);
            m_noMoreGreater = m_greater == kNone;
        }
        return m_greater;
    }

    // Skips to just past `</name ...>`, or to the end when the element is never closed.
    std::size_t skipElement(std::size_t from, std::string_view name)
    {
        const std::string closing = "</" + std::string(name);
        const std::size_t close = findIgnoringCase(m_input, closing, from);
        if (close == kNone) {
            return m_input.size();
        }
        const std::size_t greater = nextGreater(close);
        return greater == kNone ? m_input.size() : greater + 1;
    }

    std::size_t literalLess(std::size_t pos)
    {
        flushSpace();
        m_builder.copy(pos, 1);
        return pos + 1;
    }

    std::size_t tag(std::size_t pos)
    {
        if (m_input.compare(pos, 4, "<!--") == 0) {
            const std::size_t close = m_input.find("-->", pos + 4);
            return close == kNone ? m_input.size() : close + 3;
        }
        const std::size_t nameStart = pos + (pos + 1 < m_input.size() && m_input[pos + 1] == '/' ? 2 : 1);
        const bool closing = nameStart == pos + 2;
        const char first = nameStart < m_input.size() ? m_input[nameStart] : '\0';
        const bool declaration = !closing && (first == '!' || first == '?');
        if (!isAsciiLetter(first) && !declaration) {
            return literalLess(pos);
        }
        const std::size_t greater = nextGreater(pos);
        if (greater == kNone) {
            return literalLess(pos);
        }
        const std::size_t after = greater + 1;
        if (declaration) {
            return after;
        }
        std::string name;
        for (std::size_t i = nameStart;
             i < greater && name.size() < 16 && (isAsciiLetter(m_input[i]) || isAsciiDigit(m_input[i])); ++i) {
            name.push_back(asciiLower(m_input[i]));
        }
        if (!closing && contains(kSkippedElements, name)) {
            return skipElement(after, name);
        }
        if (name == "title") {
            return titleTag(pos, after, closing);
        }
        if (name == "h1" && !m_headline.found) {
            paragraphBreak(pos, after - pos);
            if (!closing) {
                m_headlineStart = m_builder.text().size();
            } else if (m_headlineStart != kNone) {
                m_headline = {true, {m_headlineStart, m_builder.text().size()}};
            }
            return after;
        }
        if (contains(kBlockTags, name)) {
            paragraphBreak(pos, after - pos);
        }
        return after;
    }

    std::size_t titleTag(std::size_t pos, std::size_t after, bool closing)
    {
        if (closing) {
            if (m_inTitle) {
                m_inTitle = false;
                m_headline = {true, {m_headlineStart, m_builder.text().size()}};
            }
            paragraphBreak(pos, after - pos);
            return after;
        }
        // An <h1> is the page's own headline; <title> often carries the site name, so it is dropped then.
        if (m_hasH1 || m_headline.found) {
            return skipElement(after, "title");
        }
        paragraphBreak(pos, after - pos);
        m_inTitle = true;
        m_headlineStart = m_builder.text().size();
        return after;
    }

    std::string_view m_input;
    TextBuilder& m_builder;
    HeadlineInfo m_headline;
    std::size_t m_headlineStart = kNone;
    std::size_t m_spaceStart = kNone;
    std::size_t m_spaceEnd = 0;
    std::size_t m_breakStart = kNone;
    std::size_t m_breakLength = 0;
    std::size_t m_greater = kNone;
    bool m_noMoreGreater = false;
    bool m_hasH1 = false;
    bool m_inTitle = false;
};

} // namespace

bool looksLikeHtml(std::string_view bytes)
{
    std::size_t pos = 0;
    if (bytes.substr(0, 3) == "\xEF\xBB\xBF") {
        pos = 3;
    }
    while (pos < bytes.size() && isHtmlSpace(bytes[pos])) {
        ++pos;
    }
    const std::string_view head = bytes.substr(pos, 9);
    if (findIgnoringCase(head, "<!doctype", 0) == 0 || findIgnoringCase(head, "<html", 0) == 0) {
        return true;
    }
    // Otherwise: several well-known tags near the top. Plain text rarely has even one.
    const std::string_view sample = bytes.substr(0, 1 << 16);
    int tags = 0;
    for (std::size_t at = sample.find('<'); at != kNone && tags < 3; at = sample.find('<', at + 1)) {
        std::size_t nameStart = at + 1 < sample.size() && sample[at + 1] == '/' ? at + 2 : at + 1;
        std::string name;
        while (nameStart < sample.size() && isAsciiLetter(sample[nameStart]) && name.size() < 12) {
            name.push_back(asciiLower(sample[nameStart++]));
        }
        const char next = nameStart < sample.size() ? sample[nameStart] : '\0';
        if ((next == '>' || next == ' ' || next == '/') &&
            (contains(kBlockTags, name) || name == "a" || name == "span" || name == "b" || name == "i" ||
             name == "em" || name == "strong" || name == "script" || name == "style" || name == "meta")) {
            ++tags;
        }
    }
    return tags >= 3;
}

HeadlineInfo convertHtml(std::string_view original, TextBuilder& builder)
{
    return HtmlConverter(original, builder).run();
}

} // namespace diplograph::core::text
