#include "diplograph/json.h"
#include "export/evidence_json.h"

#include <nlohmann/json.hpp>

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

std::string articleResultToJson(const ArticleResult& result, int indent)
{
    json root;
    root["article"] = {{"title", result.article.title ? json(*result.article.title) : json(nullptr)},
                       {"bytes", result.article.bytes},
                       {"sha256", result.article.sha256}};
    json sentences = json::array();
    for (const auto& sentence : result.sentences) {
        sentences.push_back({{"id", sentence.id}, {"start", sentence.range.start}, {"end", sentence.range.end}});
    }
    root["sentences"] = std::move(sentences);
    json actors = json::array();
    for (const auto& actor : result.actors) {
        json mentions = json::array();
        for (const auto& mention : actor.mentions) {
            mentions.push_back(rangeJson(mention));
        }
        actors.push_back({{"id", actor.id},
                          {"name", actor.name},
                          {"kind", actorKindName(actor.kind)},
                          {"entity", actor.entity},
                          {"parent", actor.parent ? json(*actor.parent) : json(nullptr)},
                          {"mentions", std::move(mentions)}});
    }
    root["actors"] = std::move(actors);
    json relations = json::array();
    for (const auto& relation : result.relations) {
        json evidence = json::array();
        for (const auto& item : relation.evidence) {
            evidence.push_back(evidenceJson<json>(item));
        }
        relations.push_back({{"id", relation.id},
                             {"type", relationTypeName(relation.type)},
                             {"source", relation.source},
                             {"target", relation.target},
                             {"directed", relation.directed},
                             {"weight", relation.weight()},
                             {"evidence", std::move(evidence)}});
    }
    root["relations"] = std::move(relations);
    // Invalid UTF-8 (a quote of repaired input) is written as U+FFFD, so the output is always valid JSON.
    return root.dump(indent, ' ', false, json::error_handler_t::replace);
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
