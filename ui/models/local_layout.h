#pragma once

#include "diplograph/layout.h"

#include <map>
#include <string>

namespace diplograph::ui {

// A simple force-directed / circle layout with the contract of core::layout, used until that links.
[[nodiscard]] std::map<std::string, core::Point> localLayout(const core::GraphView& view,
                                                             const core::LayoutOptions& options);

} // namespace diplograph::ui
