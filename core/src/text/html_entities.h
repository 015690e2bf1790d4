#pragma once

#include <cstddef>
#include <string_view>

namespace diplograph::core::text {

// A character reference: `length` bytes of input (0 when there is none at that position).
struct DecodedEntity {
    char32_t codePoint = 0;
    std::size_t length = 0;
};

// Decodes "&amp;", "&rsquo;", "&#8217;" or "&#x2019;" at `pos` (which holds '&'). Numeric references
// to NUL, surrogates or beyond U+10FFFF give U+FFFD; 128-159 are read as Windows-1252, as browsers do.
[[nodiscard]] DecodedEntity decodeEntity(std::string_view input, std::size_t pos);

} // namespace diplograph::core::text
