#pragma once

#include "diplograph/result.h"
#include "diplograph/types.h"

#include <string>
#include <string_view>

namespace diplograph::core {

// The `diplograph-cli extract` JSON contract (docs/formats.md); indent < 0 writes one line (for --jsonl).
// Invalid UTF-8 in quotes is written as U+FFFD so the output is always valid JSON.
[[nodiscard]] std::string articleResultToJson(const ArticleResult& result, int indent = 2);

// Parses what articleResultToJson wrote; Parse with a message on malformed input.
[[nodiscard]] Result<ArticleResult> articleResultFromJson(std::string_view json);

} // namespace diplograph::core
