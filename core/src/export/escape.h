#pragma once

#include <string>
#include <string_view>

// Escaping shared by the graph exporters. All outputs are valid UTF-8: invalid bytes become U+FFFD.
namespace diplograph::core {

[[nodiscard]] std::string validUtf8(std::string_view text);
// For XML text and attribute values: & < > " ' escaped, newline/tab/CR as character references, other C0 controls
// and U+FFFE/U+FFFF (not allowed in XML 1.0) as U+FFFD.
[[nodiscard]] std::string xmlEscape(std::string_view text);
// Inside a DOT double-quoted string: " and \ escaped, newlines as \n.
[[nodiscard]] std::string dotEscape(std::string_view text);
// One RFC 4180 field: quoted when it holds a comma, quote, CR or LF; quotes doubled. Unless `allowFormulas`,
// a field starting with = + - @ tab or CR gets a leading ' so spreadsheets show it as text (docs/formats.md).
[[nodiscard]] std::string csvField(std::string_view text, bool allowFormulas = false);

} // namespace diplograph::core
