#include "text/sentence_rules.h"

#include "text/utf8.h"

#include <algorithm>
#include <array>
#include <string>

namespace diplograph::core::text {
namespace {

// Case-sensitive: "No." is an abbreviation, "no." ends "The answer was no."
constexpr std::string_view kTitles[] = {"Mr",   "Mrs",  "Ms",  "Dr",  "Gen",  "Lt",  "Col",    "Sen",  "Rep",  "Gov",
                                        "Prof", "St",   "Jr",  "Sr",  "Capt", "Maj", "Sgt",    "Adm",  "Cmdr", "Brig",
                                        "Pres", "Rev",  "Hon", "Amb", "Mt",   "Ft",  "Messrs", "Gens", "Sens", "Reps",
                                        "Supt", "Insp", "Cpl", "Pvt", "vs",   "v",   "e.g",    "i.e",  "cf",   "al"};
constexpr std::string_view kBeforeNumber[] = {"No",  "Nos", "Art", "Vol", "Fig",  "Jan", "Feb", "Mar", "Apr",
                                              "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "pp"};
constexpr std::string_view kFinal[] = {"etc", "Inc", "Ltd", "Co", "Corp", "Bros", "Plc", "LLC"};

// Closed-class words and common adverbs that open news sentences; a capitalised noun after "U.S." usually
// continues the sentence ("U.S. officials"), one of these usually starts a new one.
constexpr std::string_view kOpeners[] = {
    "the",    "a",       "an",        "it",      "he",        "she",       "they",        "we",           "i",
    "you",    "this",    "that",      "these",   "those",     "there",     "their",       "its",          "his",
    "her",    "our",     "my",        "but",     "and",       "or",        "so",          "yet",          "in",
    "on",     "at",      "for",       "from",    "with",      "by",        "to",          "as",           "after",
    "before", "when",    "while",     "if",      "although",  "though",    "however",     "meanwhile",    "moreover",
    "also",   "still",   "since",     "during",  "despite",   "according", "earlier",     "later",        "last",
    "next",   "some",    "many",      "most",    "several",   "both",      "all",         "each",         "no",
    "not",    "one",     "what",      "why",     "how",       "where",     "who",         "which",        "such",
    "other",  "another", "officials", "now",     "then",      "instead",   "furthermore", "nevertheless", "under",
    "over",   "without", "until",     "because", "separately"};

bool equalsIgnoringCase(std::string_view a, std::string_view b)
{
    return a.size() == b.size() &&
           std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) { return asciiLower(x) == asciiLower(y); });
}

template <std::size_t N> bool contains(const std::string_view (&list)[N], std::string_view word)
{
    return std::find(std::begin(list), std::end(list), word) != std::end(list);
}

// Month names that may open a dateline's date.
bool isMonth(std::string_view word)
{
    static constexpr std::string_view kMonths[] = {"Jan",  "Feb",     "Mar",       "Apr",     "May",      "Jun",
                                                   "Jul",  "Aug",     "Sep",       "Sept",    "Oct",      "Nov",
                                                   "Dec",  "January", "February",  "March",   "April",    "June",
                                                   "July", "August",  "September", "October", "November", "December"};
    return contains(kMonths, word);
}

// A cursor over one paragraph for the small dateline grammar.
struct Cursor {
    std::string_view text;
    std::size_t pos;
    std::size_t end;

    [[nodiscard]] bool atEnd() const { return pos >= end; }
    [[nodiscard]] char peek(std::size_t ahead = 0) const { return pos + ahead < end ? text[pos + ahead] : '\0'; }
    bool skip(char c)
    {
        if (peek() == c) {
            ++pos;
            return true;
        }
        return false;
    }
    void skipSpaces()
    {
        while (peek() == ' ') {
            ++pos;
        }
    }
    // A word of letters (and inner ' - .) starting with a capital; returns it, or empty without moving.
    std::string_view capitalisedWord()
    {
        const std::size_t from = pos;
        const auto isWordByte = [](char c) {
            return isAsciiLetter(c) || (static_cast<unsigned char>(c) >= 0x80) || c == '\'' || c == '-';
        };
        const auto first = static_cast<unsigned char>(peek());
        if (!(isAsciiUpper(static_cast<char>(first)) || first >= 0xC0)) {
            return {};
        }
        while (!atEnd() && isWordByte(peek())) {
            ++pos;
        }
        return text.substr(from, pos - from);
    }
    std::size_t digits()
    {
        const std::size_t from = pos;
        while (isAsciiDigit(peek())) {
            ++pos;
        }
        return pos - from;
    }
};

// DATE := Month[.] Day[,] [Year][.] | Day Month [Year][.]
bool parseDate(Cursor& c)
{
    Cursor probe = c;
    const std::string_view month = probe.capitalisedWord();
    if (!month.empty() && isMonth(month)) {
        probe.skip('.');
        probe.skipSpaces();
        const std::size_t day = probe.digits();
        if (day == 0 || day > 2) {
            return false;
        }
    } else {
        probe = c;
        const std::size_t day = probe.digits();
        if (day == 0 || day > 2 || !probe.skip(' ')) {
            return false;
        }
        if (!isMonth(probe.capitalisedWord())) {
            return false;
        }
    }
    Cursor year = probe;
    year.skip(',');
    year.skipSpaces();
    if (year.digits() == 4) {
        probe = year;
    }
    probe.skip('.');
    c = probe;
    return true;
}

} // namespace

AbbreviationKind classifyAbbreviation(std::string_view word)
{
    if (word.empty()) {
        return AbbreviationKind::None;
    }
    if (contains(kTitles, word)) {
        return AbbreviationKind::Title;
    }
    if (contains(kBeforeNumber, word)) {
        return AbbreviationKind::BeforeNumber;
    }
    if (contains(kFinal, word) || word.find('.') != std::string_view::npos) {
        return AbbreviationKind::Final; // U.S, U.N, U.S.A, D.C
    }
    return AbbreviationKind::None;
}

bool isSentenceOpener(std::string_view word)
{
    return std::any_of(std::begin(kOpeners), std::end(kOpeners),
                       [word](std::string_view opener) { return equalsIgnoringCase(opener, word); });
}

std::size_t datelineEnd(std::string_view text, std::size_t start, std::size_t end)
{
    Cursor c{text, start, end};
    int placeWords = 0;
    bool placeAllCaps = true;
    bool placeIsOpener = false; // "In Gaza - ..." opens a sentence, it is no dateline
    const auto readPlace = [&](int maxWords) {
        int words = 0;
        while (words < maxWords) {
            Cursor probe = c;
            if (words > 0 && !probe.skip(' ')) {
                break;
            }
            const std::string_view word = probe.capitalisedWord();
            if (word.empty() || isMonth(word)) {
                break;
            }
            placeAllCaps = placeAllCaps && std::none_of(word.begin(), word.end(), isAsciiLower);
            placeIsOpener = placeIsOpener || isSentenceOpener(word);
            c = probe;
            ++words;
        }
        return words;
    };
    placeWords = readPlace(4);
    if (placeWords == 0) {
        return start;
    }
    bool date = false;
    if (c.peek() == ',' && c.peek(1) == ' ') {
        Cursor afterComma = c;
        afterComma.pos += 2;
        Cursor probe = afterComma;
        if (parseDate(probe)) {
            c = probe;
            date = true;
        } else {
            // "GAZA CITY, Palestine, May 5": a second place part, then maybe a date.
            Cursor saved = c;
            c = afterComma;
            if (readPlace(3) == 0) {
                c = saved;
            } else if (c.peek() == ',' && c.peek(1) == ' ') {
                probe = c;
                probe.pos += 2;
                if (parseDate(probe)) {
                    c = probe;
                    date = true;
                }
            }
        }
    }
    // "OSLO. June 2 (Agency) - ...": some agencies end the place with a period before the date.
    if (!date && placeAllCaps && c.peek() == '.' && c.peek(1) == ' ') {
        Cursor afterPeriod = c;
        afterPeriod.pos += 2;
        if (parseDate(afterPeriod)) {
            c = afterPeriod;
            date = true;
        }
    }
    bool agency = false;
    Cursor probe = c;
    probe.skipSpaces();
    if (probe.skip('(')) {
        const std::size_t close = text.substr(0, end).find(')', probe.pos);
        if (close != std::string_view::npos && close - probe.pos <= 40 && close > probe.pos) {
            probe.pos = close + 1;
            c = probe;
            agency = true;
        }
    }
    probe = c;
    probe.skipSpaces();
    if (probe.skip('/')) {
        const std::size_t close = text.substr(0, end).find('/', probe.pos);
        if (close != std::string_view::npos && close - probe.pos <= 30 && close > probe.pos) {
            probe.pos = close + 1;
            probe.skip('.');
            c = probe;
            agency = true;
        }
    }
    probe = c;
    probe.skipSpaces();
    bool dash = false;
    if (probe.peek() == '-' && probe.pos > c.pos) {
        while (probe.skip('-')) {
        }
        if (probe.peek() == ' ') {
            c = probe;
            dash = true;
        }
    }
    // "NEW DELHI: India said ..." is the colon form some agencies use.
    const bool colon = !dash && placeAllCaps && c.peek() == ':' && c.peek(1) == ' ';
    if (colon) {
        ++c.pos;
    }
    const bool accepted = date || agency || colon || (dash && (placeAllCaps || (placeWords <= 2 && !placeIsOpener)));
    c.skipSpaces();
    if (!accepted || c.atEnd()) {
        return start;
    }
    return c.pos;
}

} // namespace diplograph::core::text
