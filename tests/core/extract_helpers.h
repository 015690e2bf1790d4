#pragma once

#include "diplograph/eval.h"
#include "diplograph/extract.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

namespace diplograph::test {

// The builtin lexicon, loaded once for all tests.
inline const core::Lexicon& lexicon()
{
    static const core::Lexicon loaded = core::Lexicon::builtin().value();
    return loaded;
}

// Extracts from plain text; fails the test on a load error.
inline core::ArticleResult extractText(const std::string& text)
{
    auto result = core::extractBytes(text, lexicon(), core::InputFormat::PlainText);
    EXPECT_TRUE(result.ok()) << (result.ok() ? "" : result.error().message);
    return result.ok() ? *result : core::ArticleResult{};
}

// Entity-level relations written "criticism IRN>USA" / "cooperation IRN-IRQ", sorted.
inline std::vector<std::string> relationsOf(const std::string& text)
{
    std::vector<std::string> names;
    for (const auto& relation : core::entityRelations(extractText(text))) {
        const char* arrow = relation.type == core::RelationType::Cooperation ? "-" : ">";
        names.push_back(std::string(core::relationTypeName(relation.type)) + " " + relation.source + arrow +
                        relation.target);
    }
    return names;
}

// The entity codes of the actors found in `text`, sorted.
inline std::vector<std::string> entitiesOf(const std::string& text)
{
    std::vector<std::string> codes;
    for (const auto& actor : extractText(text).actors) {
        if (actor.id == actor.entity && !actor.mentions.empty()) {
            codes.push_back(actor.id);
        }
    }
    std::sort(codes.begin(), codes.end());
    return codes;
}

} // namespace diplograph::test
