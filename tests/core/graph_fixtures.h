#pragma once

// Hand-built extraction results for the graph, workspace and export tests (no extractor needed).
#include "diplograph/graph.h"
#include "diplograph/types.h"

#include <memory>
#include <string>
#include <vector>

namespace diplograph::test {

struct RelationSpec {
    core::RelationType type;
    std::string source;
    std::string target;
    std::vector<std::string> quotes;
    double confidence = 0.9;
};

// An actor id "IRN/embassy" acts for entity "IRN"; a plain id is its own entity.
inline core::Actor makeActor(const std::string& id, const std::string& text)
{
    core::Actor actor;
    actor.id = id;
    const auto slash = id.find('/');
    actor.entity = slash == std::string::npos ? id : id.substr(0, slash);
    actor.kind = slash == std::string::npos ? core::ActorKind::State : core::ActorKind::Agency;
    actor.name = "Name of " + id;
    const auto at = text.find(id.substr(0, 3));
    actor.mentions.push_back({at == std::string::npos ? 0 : at, at == std::string::npos ? 3 : at + 3});
    return actor;
}

// Builds a result whose quotes are sentences of `text` (appended to it); actors come from the relations.
inline core::ArticleResult makeResult(const std::string& title, const std::vector<RelationSpec>& relations,
                                      std::string* text = nullptr)
{
    core::ArticleResult result;
    result.article.title = title;
    std::string body = title + "\n\n";
    int sentence = 1;
    int relationNumber = 0;
    for (const auto& spec : relations) {
        core::Relation relation;
        relation.id = "r" + std::to_string(++relationNumber);
        relation.type = spec.type;
        relation.source = spec.source;
        relation.target = spec.target;
        relation.directed = spec.type != core::RelationType::Cooperation;
        for (const auto& quote : spec.quotes) {
            core::Evidence evidence;
            evidence.sentence = sentence++;
            evidence.range = {body.size(), body.size() + quote.size()};
            evidence.quote = quote;
            evidence.trigger = {{body.size(), body.size() + 1}, quote.substr(0, 1)};
            evidence.rule = "svo.active";
            evidence.confidence = spec.confidence;
            body += quote + " ";
            relation.evidence.push_back(evidence);
        }
        for (const auto& id : {spec.source, spec.target}) {
            if (!result.findActor(id)) {
                result.actors.push_back(makeActor(id, body));
            }
        }
        result.relations.push_back(relation);
    }
    result.article.bytes = body.size();
    if (text) {
        *text = body;
    }
    return result;
}

inline core::GraphArticle makeArticle(core::ArticleId id, const std::string& title,
                                      const std::vector<RelationSpec>& relations,
                                      std::optional<std::string> date = std::nullopt)
{
    core::GraphArticle article;
    article.record.id = id;
    article.record.title = title;
    article.record.date = std::move(date);
    article.result = std::make_shared<const core::ArticleResult>(makeResult(title, relations));
    return article;
}

} // namespace diplograph::test
