// libFuzzer target over the whole extractor: any bytes give a result or an error, never a crash, and every
// reported range is inside the input with quotes equal to the input bytes.
#include "diplograph/extract.h"
#include "diplograph/json.h"

#include <cstdint>
#include <cstdlib>
#include <string>

namespace {

void check(bool condition)
{
    if (!condition) {
        std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace diplograph::core;
    static const Lexicon lexicon = Lexicon::builtin().value();
    const std::string input(reinterpret_cast<const char*>(data), size);
    const auto result = extractBytes(input, lexicon);
    if (!result) {
        check(!result.error().message.empty());
        return 0;
    }
    for (const auto& sentence : result->sentences) {
        check(sentence.range.start <= sentence.range.end && sentence.range.end <= input.size());
    }
    for (const auto& actor : result->actors) {
        check(!actor.id.empty() && !actor.entity.empty());
        for (const auto& mention : actor.mentions) {
            check(mention.start <= mention.end && mention.end <= input.size());
        }
    }
    for (const auto& relation : result->relations) {
        check(result->findActor(relation.source) && result->findActor(relation.target));
        check(!relation.evidence.empty());
        for (const auto& evidence : relation.evidence) {
            check(evidence.range.end <= input.size());
            check(evidence.quote == input.substr(evidence.range.start, evidence.range.size()));
            check(evidence.range.contains(evidence.trigger.range));
            check(evidence.confidence >= 0.0 && evidence.confidence <= 1.0);
        }
    }
    // The JSON contract always serialises and reads back. Past 64 KB only extraction is checked: the round trip
    // of a megabyte of names (170,000 mentions) alone takes seconds under the sanitizers, and fuzz-jsonl and the
    // smaller inputs cover the JSON code.
    if (size > 64 * 1024) {
        return 0;
    }
    const auto json = articleResultToJson(*result, -1);
    const auto parsed = articleResultFromJson(json);
    check(parsed.ok());
    check(parsed->relations.size() == result->relations.size());
    return 0;
}
