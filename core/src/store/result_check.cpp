// What an imported result must satisfy before it is stored: the same invariants extract() guarantees.
#include "diplograph/json.h"

#include <cmath>
#include <set>

namespace diplograph::core {

namespace {

std::string rangeText(const ByteRange& range)
{
    return "[" + std::to_string(range.start) + ", " + std::to_string(range.end) + ")";
}

bool inside(const ByteRange& range, std::size_t size)
{
    return range.start <= range.end && range.end <= size;
}

} // namespace

Result<void> checkArticleResult(const ArticleResult& result, std::string_view text)
{
    const auto bad = [](std::string message) { return fail(ErrorCode::Parse, std::move(message)); };
    const std::size_t size = text.empty() ? result.article.bytes : text.size();
    for (const auto& sentence : result.sentences) {
        if (!inside(sentence.range, size)) {
            return bad("sentence " + std::to_string(sentence.id) + " " + rangeText(sentence.range) +
                       " is outside the " + std::to_string(size) + " bytes of the text");
        }
    }
    std::set<std::string> actors;
    for (const auto& actor : result.actors) {
        if (actor.id.empty() || !actors.insert(actor.id).second) {
            return bad(actor.id.empty() ? "an actor has no id" : "actor " + actor.id + " is declared twice");
        }
        for (const auto& mention : actor.mentions) {
            if (!inside(mention, size)) {
                return bad("a mention of " + actor.id + " " + rangeText(mention) + " is outside the text");
            }
        }
    }
    for (const auto& relation : result.relations) {
        const std::string name = "relation " + relation.id;
        if (relation.type == RelationType::Invalid) {
            return bad(name + " has no known type");
        }
        for (const auto& actor : {relation.source, relation.target}) {
            if (!actors.count(actor)) {
                return bad(name + " names " + (actor.empty() ? std::string("no actor") : actor) +
                           ", which the result does not declare");
            }
        }
        if (relation.evidence.empty()) {
            return bad(name + " has no evidence");
        }
        for (const auto& evidence : relation.evidence) {
            if (!inside(evidence.range, size)) {
                return bad(name + ": the quote " + rangeText(evidence.range) + " is outside the text");
            }
            if (!evidence.range.contains(evidence.trigger.range) ||
                evidence.trigger.range.start > evidence.trigger.range.end) {
                return bad(name + ": the trigger " + rangeText(evidence.trigger.range) + " is outside its quote " +
                           rangeText(evidence.range));
            }
            if (!std::isfinite(evidence.confidence) || evidence.confidence < 0.0 || evidence.confidence > 1.0) {
                return bad(name + ": confidence " + std::to_string(evidence.confidence) + " is outside [0, 1]");
            }
            if (!text.empty() && text.substr(evidence.range.start, evidence.range.size()) != evidence.quote) {
                return bad(name + ": the quote is not the text at " + rangeText(evidence.range));
            }
        }
    }
    return {};
}

} // namespace diplograph::core
