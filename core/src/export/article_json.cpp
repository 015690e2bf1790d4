#include "diplograph/json.h"
#include "export/evidence_json.h"

#include <nlohmann/json.hpp>
#include <ostream>
#include <sstream>

namespace diplograph::core {

namespace {

using nlohmann::json;

json rangeJson(const ByteRange& range)
{
    return json{{"start", range.start}, {"end", range.end}};
}

ByteRange rangeFrom(const json& value)
{
    return ByteRange{value.at("start").get<std::size_t>(), value.at("end").get<std::size_t>()};
}

} // namespace

namespace {

json sentenceJson(const Sentence& sentence)
{
    return {{"id", sentence.id}, {"start", sentence.range.start}, {"end", sentence.range.end}};
}

json actorJson(const Actor& actor)
{
    json mentions = json::array();
    for (const auto& mention : actor.mentions) {
        mentions.push_back(rangeJson(mention));
    }
    return {{"id", actor.id},
            {"name", actor.name},
            {"kind", actorKindName(actor.kind)},
            {"entity", actor.entity},
            {"parent", actor.parent ? json(*actor.parent) : json(nullptr)},
            {"mentions", std::move(mentions)}};
}

json relationJson(const Relation& relation)
{
    json evidence = json::array();
    for (const auto& item : relation.evidence) {
        evidence.push_back(evidenceJson<json>(item));
    }
    return {{"id", relation.id},
            {"type", relationTypeName(relation.type)},
            {"source", relation.source},
            {"target", relation.target},
            {"directed", relation.directed},
            {"weight", relation.weight()},
            {"evidence", std::move(evidence)}};
}

// `value` as nlohmann's dump prints it `depth` levels deep. Strings hold no raw newline (JSON escapes it), so
// every newline is the printer's and takes the deeper indentation.
void writeValue(std::ostream& out, const json& value, int indent, int depth)
{
    // Invalid UTF-8 (a quote of repaired input) is written as U+FFFD, so the output is always valid JSON.
    std::string text = value.dump(indent, ' ', false, json::error_handler_t::replace);
    if (indent > 0 && depth > 0) {
        const std::string newline = "\n" + std::string(static_cast<std::size_t>(indent * depth), ' ');
        std::string indented;
        indented.reserve(text.size() + text.size() / 8);
        for (const char c : text) {
            if (c == '\n') {
                indented += newline;
            } else {
                indented += c;
            }
        }
        text = std::move(indented);
    }
    out << text;
}

// A top-level array, one element's document at a time: the whole result as one nlohmann document took about
// 25 times the article's size in memory (docs/performance.md).
template <typename Items, typename ToJson>
void writeArray(std::ostream& out, const Items& items, ToJson toJson, int indent)
{
    if (items.empty()) {
        out << "[]";
        return;
    }
    const std::string pad = indent >= 0 ? "\n" + std::string(static_cast<std::size_t>(indent * 2), ' ') : "";
    out << '[';
    bool first = true;
    for (const auto& item : items) {
        out << (first ? "" : ",") << pad;
        first = false;
        writeValue(out, toJson(item), indent, 2);
    }
    out << (indent >= 0 ? "\n" + std::string(static_cast<std::size_t>(indent), ' ') : "") << ']';
}

} // namespace

void writeArticleResultJson(const ArticleResult& result, std::ostream& out, int indent)
{
    // The members in nlohmann's (sorted) order, each written as `root.dump(indent)` would write it.
    const std::string pad = indent >= 0 ? "\n" + std::string(static_cast<std::size_t>(indent), ' ') : "";
    const char* colon = indent >= 0 ? ": " : ":";
    out << '{' << pad << "\"actors\"" << colon;
    writeArray(out, result.actors, actorJson, indent);
    out << ',' << pad << "\"article\"" << colon;
    writeValue(out,
               json{{"title", result.article.title ? json(*result.article.title) : json(nullptr)},
                    {"bytes", result.article.bytes},
                    {"sha256", result.article.sha256}},
               indent, 1);
    out << ',' << pad << "\"relations\"" << colon;
    writeArray(out, result.relations, relationJson, indent);
    out << ',' << pad << "\"sentences\"" << colon;
    writeArray(out, result.sentences, sentenceJson, indent);
    out << (indent >= 0 ? "\n" : "") << '}';
}

std::string articleResultToJson(const ArticleResult& result, int indent)
{
    std::ostringstream out;
    writeArticleResultJson(result, out, indent);
    return out.str();
}

Result<ArticleResult> articleResultFromJson(std::string_view text)
{
    if (auto nesting = checkJsonNesting(text); !nesting) {
        return nesting.error();
    }
    try {
        const auto root = json::parse(text);
        ArticleResult result;
        const auto& article = root.at("article");
        if (!article.at("title").is_null()) {
            result.article.title = article.at("title").get<std::string>();
        }
        result.article.bytes = article.at("bytes").get<std::size_t>();
        result.article.sha256 = article.at("sha256").get<std::string>();
        for (const auto& item : root.at("sentences")) {
            Sentence sentence;
            sentence.id = item.at("id").get<int>();
            sentence.range = rangeFrom(item);
            result.sentences.push_back(sentence);
        }
        for (const auto& item : root.at("actors")) {
            Actor actor;
            actor.id = item.at("id").get<std::string>();
            actor.name = item.at("name").get<std::string>();
            actor.kind = actorKindFromName(item.at("kind").get<std::string>());
            actor.entity = item.at("entity").get<std::string>();
            if (!item.at("parent").is_null()) {
                actor.parent = item.at("parent").get<std::string>();
            }
            for (const auto& mention : item.at("mentions")) {
                actor.mentions.push_back(rangeFrom(mention));
            }
            if (actor.kind == ActorKind::Invalid) {
                return fail(ErrorCode::Parse, "actor " + actor.id + " has an unknown kind");
            }
            result.actors.push_back(std::move(actor));
        }
        for (const auto& item : root.at("relations")) {
            Relation relation;
            relation.id = item.at("id").get<std::string>();
            relation.type = relationTypeFromName(item.at("type").get<std::string>());
            relation.source = item.at("source").get<std::string>();
            relation.target = item.at("target").get<std::string>();
            relation.directed = item.at("directed").get<bool>();
            if (relation.type == RelationType::Invalid) {
                return fail(ErrorCode::Parse, "relation " + relation.id + " has an unknown type");
            }
            for (const auto& entry : item.at("evidence")) {
                Evidence evidence;
                evidence.sentence = entry.at("sentence").get<int>();
                evidence.range = rangeFrom(entry);
                evidence.quote = entry.at("quote").get<std::string>();
                evidence.trigger.range = rangeFrom(entry.at("trigger"));
                evidence.trigger.text = entry.at("trigger").at("text").get<std::string>();
                evidence.rule = entry.at("rule").get<std::string>();
                evidence.confidence = entry.at("confidence").get<double>();
                relation.evidence.push_back(std::move(evidence));
            }
            result.relations.push_back(std::move(relation));
        }
        return result;
    } catch (const std::exception& error) {
        return fail(ErrorCode::Parse, std::string("not an extract result: ") + error.what());
    }
}

} // namespace diplograph::core
