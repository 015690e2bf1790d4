#include "diplograph/eval.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>
#include <set>
#include <sstream>

namespace diplograph::core {

namespace {

EntityRelation normalised(RelationType type, std::string source, std::string target)
{
    if (type == RelationType::Cooperation && target < source) {
        std::swap(source, target);
    }
    return {type, std::move(source), std::move(target)};
}

Result<std::string> readAll(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        return fail(ErrorCode::Unreadable, "cannot read " + path.string());
    }
    std::ostringstream content;
    content << in.rdbuf();
    return content.str();
}

} // namespace

double EvalReport::precision() const
{
    const auto found = truePositives + falsePositives;
    return found == 0 ? 0.0 : static_cast<double>(truePositives) / static_cast<double>(found);
}

double EvalReport::recall() const
{
    const auto gold = truePositives + misses;
    return gold == 0 ? 0.0 : static_cast<double>(truePositives) / static_cast<double>(gold);
}

double EvalReport::f1() const
{
    const double p = precision();
    const double r = recall();
    return p + r == 0.0 ? 0.0 : 2.0 * p * r / (p + r);
}

std::vector<EntityRelation> entityRelations(const ArticleResult& result)
{
    std::set<EntityRelation> unique;
    for (const auto& relation : result.relations) {
        const auto* source = result.findActor(relation.source);
        const auto* target = result.findActor(relation.target);
        if (!source || !target || source->entity == target->entity) {
            continue;
        }
        unique.insert(normalised(relation.type, source->entity, target->entity));
    }
    return {unique.begin(), unique.end()};
}

Result<std::vector<EntityRelation>> readGold(const std::filesystem::path& goldFile)
{
    auto content = readAll(goldFile);
    if (!content) {
        return content.error();
    }
    try {
        const auto root = nlohmann::json::parse(*content);
        std::set<EntityRelation> unique;
        for (const auto& item : root.at("relations")) {
            const auto type = relationTypeFromName(item.at("type").get<std::string>());
            if (type == RelationType::Invalid) {
                return fail(ErrorCode::Parse, goldFile.string() + ": unknown relation type");
            }
            unique.insert(normalised(type, item.at("source").get<std::string>(), item.at("target").get<std::string>()));
        }
        return std::vector<EntityRelation>(unique.begin(), unique.end());
    } catch (const std::exception& error) {
        return fail(ErrorCode::Parse, goldFile.string() + ": " + error.what());
    }
}

Result<EvalReport> evaluateDirectory(const std::filesystem::path& directory, const Lexicon& lexicon)
{
    std::error_code error;
    if (!std::filesystem::is_directory(directory, error)) {
        return fail(ErrorCode::NotFound, "no such folder: " + directory.string());
    }
    std::vector<std::filesystem::path> texts;
    for (const auto& entry : std::filesystem::directory_iterator(directory, error)) {
        if (entry.path().extension() == ".txt") {
            auto gold = entry.path();
            gold.replace_extension(".gold.json");
            if (std::filesystem::exists(gold)) {
                texts.push_back(entry.path());
            }
        }
    }
    if (texts.empty()) {
        return fail(ErrorCode::NotFound, "no NAME.txt with a NAME.gold.json in " + directory.string());
    }
    std::sort(texts.begin(), texts.end());
    EvalReport report;
    for (const auto& text : texts) {
        auto gold = text;
        gold.replace_extension(".gold.json");
        auto expected = readGold(gold);
        if (!expected) {
            return expected.error();
        }
        auto content = readAll(text);
        if (!content) {
            return content.error();
        }
        ArticleScore score;
        score.name = text.stem().string();
        std::vector<EntityRelation> found;
        if (auto result = extractBytes(std::move(*content), lexicon, InputFormat::PlainText)) {
            found = entityRelations(*result);
        }
        for (const auto& relation : found) {
            if (std::binary_search(expected->begin(), expected->end(), relation)) {
                score.truePositives.push_back(relation);
            } else {
                score.falsePositives.push_back(relation);
            }
        }
        for (const auto& relation : *expected) {
            if (!std::binary_search(found.begin(), found.end(), relation)) {
                score.misses.push_back(relation);
            }
        }
        report.truePositives += score.truePositives.size();
        report.falsePositives += score.falsePositives.size();
        report.misses += score.misses.size();
        report.articles.push_back(std::move(score));
    }
    return report;
}

} // namespace diplograph::core
