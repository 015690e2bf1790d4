#include "text/html_entities.h"

#include "text/utf8.h"

#include <algorithm>
#include <iterator>

namespace diplograph::core::text {
namespace {

struct NamedEntity {
    std::string_view name;
    char32_t codePoint;
};

// The entities news pages actually use; an unknown name is left as written.
constexpr NamedEntity kNamedEntities[] = {
    {"amp", '&'},       {"lt", '<'},        {"gt", '>'},       {"quot", '"'},      {"apos", '\''},    {"nbsp", 0xA0},
    {"rsquo", 0x2019},  {"lsquo", 0x2018},  {"sbquo", 0x201A}, {"rdquo", 0x201D},  {"ldquo", 0x201C}, {"bdquo", 0x201E},
    {"mdash", 0x2014},  {"ndash", 0x2013},  {"minus", 0x2212}, {"hellip", 0x2026}, {"shy", 0xAD},     {"zwj", 0x200D},
    {"zwnj", 0x200C},   {"thinsp", 0x2009}, {"ensp", 0x2002},  {"emsp", 0x2003},   {"laquo", 0xAB},   {"raquo", 0xBB},
    {"lsaquo", 0x2039}, {"rsaquo", 0x203A}, {"copy", 0xA9},    {"reg", 0xAE},      {"trade", 0x2122}, {"deg", 0xB0},
    {"euro", 0x20AC},   {"pound", 0xA3},    {"yen", 0xA5},     {"cent", 0xA2},     {"sect", 0xA7},    {"para", 0xB6},
    {"middot", 0xB7},   {"bull", 0x2022},   {"times", 0xD7},   {"divide", 0xF7},   {"prime", 0x2032}, {"Prime", 0x2033},
    {"iexcl", 0xA1},    {"iquest", 0xBF},   {"aacute", 0xE1},  {"eacute", 0xE9},   {"iacute", 0xED},  {"oacute", 0xF3},
    {"uacute", 0xFA},   {"Aacute", 0xC1},   {"Eacute", 0xC9},  {"Iacute", 0xCD},   {"Oacute", 0xD3},  {"Uacute", 0xDA},
    {"agrave", 0xE0},   {"egrave", 0xE8},   {"ograve", 0xF2},  {"auml", 0xE4},     {"ouml", 0xF6},    {"uuml", 0xFC},
    {"Auml", 0xC4},     {"Ouml", 0xD6},     {"Uuml", 0xDC},    {"szlig", 0xDF},    {"ntilde", 0xF1},  {"Ntilde", 0xD1},
    {"ccedil", 0xE7},   {"Ccedil", 0xC7},   {"acirc", 0xE2},   {"ecirc", 0xEA},    {"ocirc", 0xF4},   {"euml", 0xEB},
    {"iuml", 0xEF},     {"oslash", 0xF8},   {"aring", 0xE5},
};

// Windows-1252 for 0x80-0x9F, which old pages put in numeric references.
constexpr char32_t kWindows1252[32] = {0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                       0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
                                       0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                       0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178};

// Longer references are not entities; the bound keeps a stray '&' cheap.
constexpr std::size_t kMaxReferenceLength = 32;

int hexValue(char c)
{
    if (isAsciiDigit(c)) {
        return c - '0';
    }
    const char lower = asciiLower(c);
    return lower >= 'a' && lower <= 'f' ? lower - 'a' + 10 : -1;
}

} // namespace

DecodedEntity decodeEntity(std::string_view input, std::size_t pos)
{
    const std::string_view rest = input.substr(pos, kMaxReferenceLength + 2);
    const std::size_t semicolon = rest.find(';');
    if (rest.size() < 3 || semicolon == std::string_view::npos) {
        return {};
    }
    const std::string_view body = rest.substr(1, semicolon - 1);
    if (body.empty()) {
        return {};
    }
    if (body[0] != '#') {
        const auto* found = std::find_if(std::begin(kNamedEntities), std::end(kNamedEntities),
                                         [body](const NamedEntity& e) { return e.name == body; });
        if (found == std::end(kNamedEntities)) {
            return {};
        }
        return {found->codePoint, semicolon + 1};
    }
    const bool hex = body.size() > 1 && (body[1] == 'x' || body[1] == 'X');
    const std::string_view digits = body.substr(hex ? 2 : 1);
    if (digits.empty()) {
        return {};
    }
    char32_t value = 0;
    for (const char c : digits) {
        const int digit = hex ? hexValue(c) : (isAsciiDigit(c) ? c - '0' : -1);
        if (digit < 0) {
            return {};
        }
        // Saturate instead of overflowing: anything past U+10FFFF becomes U+FFFD below.
        value = value > 0x10FFFF ? value : value * (hex ? 16 : 10) + static_cast<char32_t>(digit);
    }
    if (value == 0 || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) {
        value = kReplacementCharacter;
    } else if (value >= 0x80 && value <= 0x9F) {
        value = kWindows1252[value - 0x80];
    }
    return {value, semicolon + 1};
}

} // namespace diplograph::core::text
