#pragma once

#include "diplograph/graph.h"
#include "diplograph/types.h"

#include <string_view>

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

// A graph edge's quote with its article's metadata and its provenance, as every export carries it.
template <typename Json>
Json evidenceRefJson(const EvidenceRef& ref)
{
    Json entry = {{"article", ref.article}, {"relation", ref.relation}};
    if (ref.record) {
        entry["title"] = ref.record->title;
        entry["source"] = ref.record->source;
        entry["date"] = ref.record->date ? Json(*ref.record->date) : Json(nullptr);
    }
    entry.update(evidenceJson<Json>(*ref.evidence));
    // Extraction is the only origin the workspace records; analyst review would add "analyst"/"confirmed".
    entry["provenance"] = "machine";
    entry["review"] = "unreviewed";
    return entry;
}

} // namespace diplograph::core
