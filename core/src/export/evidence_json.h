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
    // Who the quote is from (the extractor or an analyst, with when and by whom) and what review made of it.
    entry["provenance"] = ref.addition ? "analyst" : "machine";
    if (ref.addition) {
        entry["author"] = ref.addition->author;
        entry["created"] = ref.addition->createdAt;
    }
    entry["review"] = ref.rejection ? "rejected" : "unreviewed";
    if (ref.rejection) {
        entry["reviewer"] = ref.rejection->author;
        entry["reviewed"] = ref.rejection->createdAt;
        if (!ref.rejection->edge.reason.empty()) {
            entry["reason"] = ref.rejection->edge.reason;
        }
    }
    return entry;
}

} // namespace diplograph::core
