// libFuzzer target over what import --jsonl does with one line before storing it: the nesting bound, the
// contract parser and the result check. Any bytes give a result or an error, never a crash or deep recursion.
#include "diplograph/json.h"

#include <cstdint>
#include <cstdlib>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace diplograph::core;
    const std::string line(reinterpret_cast<const char*>(data), size);
    const auto parsed = articleResultFromJson(line);
    if (!parsed) {
        if (parsed.error().message.empty()) {
            std::abort();
        }
        return 0;
    }
    // A result that passes the check against its own bytes as text has every range inside them.
    if (checkArticleResult(*parsed, line)) {
        for (const auto& relation : parsed->relations) {
            for (const auto& evidence : relation.evidence) {
                if (evidence.range.end > line.size() || !evidence.range.contains(evidence.trigger.range)) {
                    std::abort();
                }
            }
        }
    }
    // What was read writes back and reads again.
    if (!articleResultFromJson(articleResultToJson(*parsed, -1))) {
        std::abort();
    }
    return 0;
}
