// Per-quote evidence as one JSON text, for the formats whose attributes hold only strings.
#include "export/evidence_json.h"
#include "export/export_common.h"

#include <nlohmann/json.hpp>

namespace diplograph::core {

std::string evidenceJsonText(const GraphEdge& edge)
{
    using json = nlohmann::ordered_json;
    json quotes = json::array();
    for (const auto& ref : edge.evidence) {
        quotes.push_back(evidenceRefJson<json>(ref));
    }
    // Compact, and invalid UTF-8 replaced, so the text drops into any XML attribute or CSV field.
    return quotes.dump(-1, ' ', false, json::error_handler_t::replace);
}

} // namespace diplograph::core
