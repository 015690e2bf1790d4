#pragma once

#include "diplograph/types.h"

#include <optional>
#include <string>
#include <string_view>

// Publication date and address read from an article itself (docs/text.md).
namespace diplograph::core {

// The article's date as yyyy-mm-dd, or nullopt. Tried in order: HTML metadata (<meta> article:published_time,
// og:published_time, datePublished, date, pubdate, dc.date; JSON-LD "datePublished"; the first <time datetime>),
// then the dateline of `result` ("TEHRAN, Jun. 18 (MNA) -", "LONDON, 5 March 2024 -"). A dateline without a
// year takes the latest such day not after `referenceDate` (yyyy-mm-dd, e.g. the import day).
[[nodiscard]] std::optional<std::string> findArticleDate(std::string_view original, const ArticleResult& result,
                                                         std::string_view referenceDate);

// The page's own address: <link rel="canonical" href>, else <meta property="og:url" content>, if absolute
// http(s); nullopt otherwise (plain text, or a saved page that names none).
[[nodiscard]] std::optional<std::string> findArticleUrl(std::string_view original);

// Today's date in UTC as yyyy-mm-dd.
[[nodiscard]] std::string todayIso();

} // namespace diplograph::core
