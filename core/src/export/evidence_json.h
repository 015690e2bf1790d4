#pragma once

#include "diplograph/types.h"

namespace diplograph::core {

// One piece of evidence as the extract contract writes it (docs/formats.md); `Json` is nlohmann::json or
// nlohmann::ordered_json, so both the article and the graph JSON share one shape.
template <typename Json>
Json evidenceJson(const Evidence& item)
{
    return Json{{"sentence", item.sentence},
                {"start", item.range.start},
                {"end", item.range.end},
                {"quote", item.quote},
                {"trigger", {{"start", item.trigger.range.start},
                             {"end", item.trigger.range.end},
                             {"text", item.trigger.text}}},
                {"rule", item.rule},
                {"confidence", item.confidence}};
}

} // namespace diplograph::core
