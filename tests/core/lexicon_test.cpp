#include "extract_helpers.h"
#include "lexicon/lexicon_parse.h"

#include <gtest/gtest.h>

#include <chrono>

using namespace diplograph;
using core::ActorKind;

TEST(LexiconTest, BuiltinHasEveryStateAndTheOrganisations)
{
    const auto& lexicon = test::lexicon();
    std::size_t states = 0;
    for (const auto& entity : lexicon.data().entities) {
        states += entity.kind == ActorKind::State ? 1 : 0;
    }
    EXPECT_GE(states, 197u); // 193 UN members, Palestine, Holy See, Taiwan, Kosovo
    for (const char* code : {"USA", "IRN", "TWN", "XKX", "PSE", "VAT", "UN", "EU", "NATO", "AU", "ECOWAS", "IAEA",
                             "ARAB_LEAGUE", "HAMAS", "HEZBOLLAH", "HOUTHIS", "TALIBAN"}) {
        EXPECT_NE(lexicon.findEntity(code), nullptr) << code;
    }
    EXPECT_GT(lexicon.triggerCount(), 300u);
}

TEST(LexiconTest, VerbFormsCoverRegularAndDoubledInflections)
{
    const auto slam = core::verbForms("slam");
    EXPECT_NE(std::find(slam.begin(), slam.end(), "slammed"), slam.end());
    const auto criticize = core::verbForms("criticize");
    for (const char* form : {"criticizes", "criticized", "criticizing", "criticise", "criticised"}) {
        EXPECT_NE(std::find(criticize.begin(), criticize.end(), form), criticize.end()) << form;
    }
    const auto deny = core::verbForms("deny");
    EXPECT_NE(std::find(deny.begin(), deny.end(), "denies"), deny.end());
    EXPECT_NE(std::find(deny.begin(), deny.end(), "denied"), deny.end());
}

TEST(LexiconTest, DuplicateNameIsAnErrorNamingIt)
{
    const auto loaded = core::Lexicon::fromFiles(
        {{"entities.tsv", "AAA\tstate\tAAA\tAlpha\tAlpha|Shared\t\t\nBBB\tstate\tBBB\tBeta\tBeta|Shared\t\t\n"}});
    ASSERT_FALSE(loaded.ok());
    EXPECT_EQ(loaded.error().code, core::ErrorCode::Parse);
    EXPECT_NE(loaded.error().message.find("Shared"), std::string::npos);
}

TEST(LexiconTest, BadLineNamesFileAndLine)
{
    const auto loaded = core::Lexicon::fromFiles({{"triggers.tsv", "# comment\ncondemn\tcriticism\tsideways\t0.9\t\n"}});
    ASSERT_FALSE(loaded.ok());
    EXPECT_NE(loaded.error().message.find("triggers.tsv:2"), std::string::npos) << loaded.error().message;
}

TEST(LexiconTest, AnalystAdditionsExtendTheGazetteer)
{
    core::EntityDefinition extra;
    extra.code = "WAGNER";
    extra.kind = ActorKind::Group;
    extra.name = "Wagner";
    extra.aliases = {"Wagner Group", "PMC Wagner"};
    auto extended = test::lexicon().withEntities({extra});
    ASSERT_TRUE(extended.ok()) << extended.error().message;
    auto result = core::extractBytes("PMC Wagner condemned Ukraine.", *extended, core::InputFormat::PlainText);
    ASSERT_TRUE(result.ok());
    const auto relations = core::entityRelations(*result);
    ASSERT_EQ(relations.size(), 1u);
    EXPECT_EQ(relations[0].source, "WAGNER");
}

TEST(LexiconTest, BuiltinLoadsOnce)
{
    // The figure for docs/performance.md comes from bench/lexicon_bench; here we only check it is cached.
    const auto first = core::Lexicon::builtin();
    const auto second = core::Lexicon::builtin();
    ASSERT_TRUE(first.ok());
    EXPECT_EQ(&first->data(), &second->data());
}
