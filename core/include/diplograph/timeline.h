#pragma once

#include "diplograph/graph.h"

#include <string>
#include <string_view>
#include <vector>

// Who did what to whom when: quotes of a view counted per calendar month (docs/user-guide.md, Timeline).
namespace diplograph::core {

// Quotes of one relation type and direction in one month.
struct TimelineBin {
    std::string month; // "yyyy-mm"
    RelationType type = RelationType::Invalid;
    bool fromFirst = true; // source is the pair's first actor (cooperation: always true)
    int quotes = 0;
};

struct PairTimeline {
    std::vector<TimelineBin> bins; // by month, then type, then direction
    std::vector<std::string> months; // every month from the first to the last with quotes, gaps included
    int undated = 0;                 // quotes whose article has no date
};

// The quotes on every edge of `view` between `first` and `second`, either direction, per month of their
// article's date.
[[nodiscard]] PairTimeline pairTimeline(const GraphView& view, std::string_view first, std::string_view second);

} // namespace diplograph::core
