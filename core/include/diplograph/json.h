#pragma once

#include "diplograph/result.h"
#include "diplograph/types.h"

#include <cstddef>
#include <ostream>
#include <string>
#include <string_view>

namespace diplograph::core {

// The `diplograph-cli extract` JSON contract (docs/formats.md); indent < 0 writes one line (for --jsonl).
// Invalid UTF-8 in quotes is written as U+FFFD so the output is always valid JSON.
[[nodiscard]] std::string articleResultToJson(const ArticleResult& result, int indent = 2);

// Deepest nesting of arrays and objects accepted from untrusted JSON; results nest five levels.
inline constexpr std::size_t kMaxJsonDepth = 64;

// Parse when `text` nests arrays and objects deeper than `maxDepth`; a linear scan with no recursion, to run
// before nlohmann::json (whose copy, dump and destruction recurse) sees untrusted text.
[[nodiscard]] Result<void> checkJsonNesting(std::string_view text, std::size_t maxDepth = kMaxJsonDepth);

// articleResultToJson into `out`, one sentence, actor or relation at a time (memory: the largest of them).
void writeArticleResultJson(const ArticleResult& result, std::ostream& out, int indent = 2);

// Parses what articleResultToJson wrote; Parse with a message on malformed input or nesting past kMaxJsonDepth.
[[nodiscard]] Result<ArticleResult> articleResultFromJson(std::string_view json);

// Parse unless `result` holds what extract() guarantees: every range inside the text (`text`, or
// result.article.bytes when it is empty), triggers inside their quotes, quotes equal to the text, relations
// between declared actors, confidences in [0, 1]. For results from outside (import --jsonl).
[[nodiscard]] Result<void> checkArticleResult(const ArticleResult& result, std::string_view text);

} // namespace diplograph::core
