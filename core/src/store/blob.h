#pragma once

#include "diplograph/types.h"

#include <string>
#include <string_view>
#include <vector>

// Compact columns: arrays of little-endian int64 in a BLOB. Mentions are (start, end) pairs; sentences are
// (id, start, end, textStart, textEnd, flags) with flags bit 0 = headline, bit 1 = dateline.
namespace diplograph::core {

[[nodiscard]] std::string packRanges(const std::vector<ByteRange>& ranges);
[[nodiscard]] std::vector<ByteRange> unpackRanges(std::string_view blob);
[[nodiscard]] std::string packSentences(const std::vector<Sentence>& sentences);
[[nodiscard]] std::vector<Sentence> unpackSentences(std::string_view blob);

} // namespace diplograph::core
