#include "text/markup.h"
#include "text/utf8.h"

namespace diplograph::core::text {
namespace {

constexpr std::size_t kNone = std::string_view::npos;

bool isAsciiPunctuation(char c)
{
    return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') || (c >= '{' && c <= '~');
}

bool isWordByte(char c)
{
    return isAsciiLetter(c) || isAsciiDigit(c) || static_cast<unsigned char>(c) >= 0x80;
}

class MarkdownConverter {
  public:
    MarkdownConverter(std::string_view input, TextBuilder& builder) : m_input(input), m_builder(builder) {}

    HeadlineInfo run()
    {
        std::size_t pos = 0;
        bool firstLine = true;
        while (pos < m_input.size()) {
            std::size_t end = m_input.find('\n', pos);
            const bool last = end == kNone;
            end = last ? m_input.size() : end;
            const std::size_t contentEnd = end > pos && m_input[end - 1] == '\r' ? end - 1 : end;
            const bool blank = line(pos, contentEnd, firstLine);
            firstLine = firstLine && blank;
            if (contentEnd < end || !last) {
                const std::size_t breakLength = (end - contentEnd) + (last ? 0 : 1);
                if (breakLength == 1 && !last) {
                    m_builder.copy(end, 1);
                } else {
                    m_builder.replace(contentEnd, breakLength, "\n");
                }
            }
            pos = end + 1;
        }
        return m_headline;
    }

  private:
    // Converts one line; returns true if it held no text.
    bool line(std::size_t start, std::size_t end, bool firstLine)
    {
        std::size_t pos = start;
        while (pos < end && (m_input[pos] == ' ' || m_input[pos] == '\t')) {
            ++pos;
        }
        if (pos == end) {
            m_builder.normaliseRange(start, end);
            return true;
        }
        if (isRule(pos, end)) {
            m_builder.replace(start, end - start, "");
            return true;
        }
        const std::size_t markerEnd = blockMarker(pos, end);
        const bool heading = m_input[pos] == '#';
        m_builder.replace(start, markerEnd - start, "");
        const std::size_t textStart = m_builder.text().size();
        convertInline(markerEnd, end);
        if (firstLine && heading && markerEnd == pos + 2) {
            m_headline = {true, {textStart, m_builder.text().size()}}; // a leading "# " heading
        }
        return false;
    }

    // A thematic break: three or more of the same '-', '*' or '_', with optional spaces.
    bool isRule(std::size_t pos, std::size_t end) const
    {
        const char mark = m_input[pos];
        if (mark != '-' && mark != '*' && mark != '_') {
            return false;
        }
        int count = 0;
        for (std::size_t i = pos; i < end; ++i) {
            if (m_input[i] == mark) {
                ++count;
            } else if (m_input[i] != ' ') {
                return false;
            }
        }
        return count >= 3;
    }

    // The end of a heading, quote, bullet or numbered-list marker at `pos`, or `pos` when there is none.
    std::size_t blockMarker(std::size_t pos, std::size_t end) const
    {
        std::size_t at = pos;
        if (m_input[at] == '#') {
            while (at < end && at - pos < 6 && m_input[at] == '#') {
                ++at;
            }
            return at < end && m_input[at] == ' ' ? at + 1 : pos;
        }
        if (m_input[at] == '>') {
            return at + 1 < end && m_input[at + 1] == ' ' ? at + 2 : at + 1;
        }
        if ((m_input[at] == '-' || m_input[at] == '*' || m_input[at] == '+') && at + 1 < end &&
            m_input[at + 1] == ' ') {
            return at + 2;
        }
        while (at < end && at - pos < 9 && isAsciiDigit(m_input[at])) {
            ++at;
        }
        if (at > pos && at + 1 < end && (m_input[at] == '.' || m_input[at] == ')') && m_input[at + 1] == ' ') {
            return at + 2;
        }
        return pos;
    }

    // The next "](" at or after `from` in the line; cached so that many '[' stay linear.
    std::size_t nextLinkMiddle(std::size_t from, std::size_t end)
    {
        if (m_middle == kNone || m_middle < from) {
            m_middle = m_input.substr(0, end).find("](", from);
            if (m_middle == kNone) {
                m_middle = end; // none on this line: remember that instead of searching again
            }
        }
        return m_middle >= end ? kNone : m_middle;
    }

    std::size_t nextCloseParen(std::size_t from, std::size_t end)
    {
        if (m_paren == kNone || m_paren < from) {
            m_paren = m_input.substr(0, end).find(')', from);
            if (m_paren == kNone) {
                m_paren = end;
            }
        }
        return m_paren >= end ? kNone : m_paren;
    }

    void convertInline(std::size_t pos, std::size_t end)
    {
        m_middle = kNone;
        m_paren = kNone;
        std::size_t linkMiddle = kNone;
        std::size_t linkEnd = kNone;
        std::size_t run = pos;
        const auto flush = [&](std::size_t to) {
            m_builder.normaliseRange(run, to);
            run = to;
        };
        while (pos < end) {
            const char c = m_input[pos];
            if (pos == linkMiddle) {
                flush(pos);
                m_builder.replace(pos, linkEnd - pos, ""); // "](target)"
                pos = run = linkEnd;
                linkMiddle = kNone;
                continue;
            }
            std::size_t drop = 0;
            if (c == '\\' && pos + 1 < end && isAsciiPunctuation(m_input[pos + 1])) {
                drop = 1;
            } else if (c == '`' || c == '*') {
                drop = 1;
            } else if (c == '_') {
                const bool inside =
                    pos > 0 && isWordByte(m_input[pos - 1]) && pos + 1 < end && isWordByte(m_input[pos + 1]);
                drop = inside ? 0 : 1; // snake_case stays, _emphasis_ goes
            } else if ((c == '[' || (c == '!' && pos + 1 < end && m_input[pos + 1] == '[')) && linkMiddle == kNone) {
                const std::size_t open = c == '!' ? pos + 1 : pos;
                const std::size_t middle = nextLinkMiddle(open, end);
                const std::size_t close = middle == kNone ? kNone : nextCloseParen(middle, end);
                if (close != kNone) {
                    linkMiddle = middle;
                    linkEnd = close + 1;
                    drop = open + 1 - pos;
                }
            }
            if (drop > 0) {
                flush(pos);
                m_builder.replace(pos, drop, "");
                pos += drop;
                run = pos;
                if (c == '\\') {
                    ++pos; // the escaped character is kept as written
                }
                continue;
            }
            ++pos;
        }
        flush(end);
    }

    std::string_view m_input;
    TextBuilder& m_builder;
    HeadlineInfo m_headline;
    std::size_t m_middle = kNone;
    std::size_t m_paren = kNone;
};

} // namespace

HeadlineInfo convertMarkdown(std::string_view original, TextBuilder& builder)
{
    return MarkdownConverter(original, builder).run();
}

} // namespace diplograph::core::text
