#pragma once

#include "diplograph/graph.h"

#include <vector>

namespace diplograph::ui {

// Aggregates articles into an unfiltered GraphView (isolated actors included), applying Rename/Merge/Hide.
// A stand-in with the semantics of core::Graph::build(...).view(), used until that links.
[[nodiscard]] core::GraphView buildLocalView(const std::vector<core::GraphArticle>& articles,
                                             core::GraphLevel level, const std::vector<core::Edit>& edits);

} // namespace diplograph::ui
