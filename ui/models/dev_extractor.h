#pragma once

#include "diplograph/result.h"
#include "diplograph/types.h"

#include <string>

namespace diplograph::ui {

// A development stand-in for core::extractBytes: finds a handful of known names and the seed article's
// gold relations by string search. Used only while the core extractor does not link.
[[nodiscard]] core::Result<core::ArticleResult> devExtract(std::string bytes);

} // namespace diplograph::ui
