#pragma once

#include "diplograph/extract.h"
#include "diplograph/result.h"

#include <filesystem>
#include <string>
#include <tuple>
#include <vector>

namespace diplograph::core {

// A relation at entity level: (type, source entity, target entity); cooperation has source < target.
struct EntityRelation {
    RelationType type = RelationType::Invalid;
    std::string source;
    std::string target;
    friend auto operator<=>(const EntityRelation&, const EntityRelation&) = default;
};

struct ArticleScore {
    std::string name; // the file stem: a01
    std::vector<EntityRelation> truePositives;
    std::vector<EntityRelation> falsePositives;
    std::vector<EntityRelation> misses;
};

struct EvalReport {
    std::vector<ArticleScore> articles;
    std::size_t truePositives = 0;
    std::size_t falsePositives = 0;
    std::size_t misses = 0;

    [[nodiscard]] double precision() const;
    [[nodiscard]] double recall() const;
    [[nodiscard]] double f1() const;
};

// The entity-level relation set of an extract result (GUIDELINE.md scoring).
[[nodiscard]] std::vector<EntityRelation> entityRelations(const ArticleResult& result);

// Reads NAME.gold.json's relations; Parse on malformed JSON.
[[nodiscard]] Result<std::vector<EntityRelation>> readGold(const std::filesystem::path& goldFile);

// Scores every NAME.txt with a NAME.gold.json in `directory`; NotFound if it holds none.
[[nodiscard]] Result<EvalReport> evaluateDirectory(const std::filesystem::path& directory, const Lexicon& lexicon);

} // namespace diplograph::core
