#include "diplograph/timeline.h"

#include <map>
#include <tuple>

namespace diplograph::core {

namespace {

// "2024-11" -> "2024-12", "2024-12" -> "2025-01"
std::string nextMonth(const std::string& month)
{
    int year = std::stoi(month.substr(0, 4));
    int number = std::stoi(month.substr(5, 2)) + 1;
    if (number > 12) {
        number = 1;
        ++year;
    }
    const std::string digits = std::to_string(number);
    return std::to_string(year) + (number < 10 ? "-0" : "-") + digits;
}

} // namespace

PairTimeline pairTimeline(const GraphView& view, std::string_view first, std::string_view second)
{
    PairTimeline timeline;
    std::map<std::tuple<std::string, RelationType, bool>, int> counts;
    for (const auto& edge : view.edges) {
        const bool forward = edge.source == first && edge.target == second;
        const bool backward = edge.source == second && edge.target == first;
        if (!forward && !backward) {
            continue;
        }
        // Cooperation has no direction: its stored order (smaller id first) says nothing about who acted.
        const bool fromFirst = !edge.directed || forward;
        for (const auto& ref : edge.evidence) {
            if (!ref.record || !ref.record->date || ref.record->date->size() < 7) {
                ++timeline.undated;
                continue;
            }
            ++counts[{ref.record->date->substr(0, 7), edge.type, fromFirst}];
        }
    }
    for (const auto& [key, quotes] : counts) {
        timeline.bins.push_back({std::get<0>(key), std::get<1>(key), std::get<2>(key), quotes});
    }
    if (!timeline.bins.empty()) {
        for (std::string month = timeline.bins.front().month; month <= timeline.bins.back().month;
             month = nextMonth(month)) {
            timeline.months.push_back(month);
        }
    }
    return timeline;
}

} // namespace diplograph::core
