// The dependency-tree rules: what the parse reads that the surface rules alone do not (relation_tree.cpp).
#include "extract_helpers.h"

#include "diplograph/syntax.h"

#include <gtest/gtest.h>

using namespace diplograph;
using ::testing::ElementsAre;
using ::testing::IsEmpty;
using ::testing::UnorderedElementsAre;

namespace {

// Entity-level relations of `text` with the shipped parser (parsed = true) or without any.
std::vector<std::string> relations(const std::string& text, bool parsed)
{
    auto document = core::loadDocument(text, core::InputFormat::PlainText);
    EXPECT_TRUE(document.ok());
    const auto model = core::defaultSyntaxModel();
    EXPECT_TRUE(model.ok()) << (model.ok() ? "" : model.error().message);
    if (!document.ok() || !model.ok()) {
        return {};
    }
    const auto result = core::extract(*document, test::lexicon(), parsed ? model->get() : nullptr);
    std::vector<std::string> names;
    for (const auto& relation : core::entityRelations(result)) {
        const char* arrow = relation.type == core::RelationType::Cooperation ? "-" : ">";
        names.push_back(std::string(core::relationTypeName(relation.type)) + " " + relation.source + arrow +
                        relation.target);
    }
    return names;
}

// The rule names of every piece of evidence in `text`, parsed.
std::vector<std::string> rulesOf(const std::string& text)
{
    std::vector<std::string> rules;
    for (const auto& relation : test::extractText(text).relations) {
        for (const auto& evidence : relation.evidence) {
            rules.push_back(evidence.rule);
        }
    }
    return rules;
}

} // namespace

TEST(RelationTreeTest, CoordinatedAgentsOfASymmetricVerbArePartners)
{
    const std::string text = "The Chilean foreign minister and his Peruvian counterpart discussed the border dispute.";
    EXPECT_THAT(relations(text, false), IsEmpty());
    EXPECT_THAT(relations(text, true), ElementsAre("cooperation CHL-PER"));
    EXPECT_THAT(rulesOf(text), ElementsAre("tree.symmetric"));
}

TEST(RelationTreeTest, RelativeClauseSubjectsSignTheAccord)
{
    const std::string text = "The accord, which Peru and Bolivia signed in March, was welcomed by Chile.";
    EXPECT_THAT(relations(text, true), ElementsAre("cooperation BOL-PER"));
}

TEST(RelationTreeTest, ADistantPassiveKeepsItsDirection)
{
    // The auxiliary stands four words before the participle, beyond the surface rules' look-back.
    const std::string text = "Peru, long seen as a partner of the smaller states of the region, was on Monday "
                             "sharply criticised in a long statement by Chile.";
    EXPECT_THAT(relations(text, false), ElementsAre("criticism PER>CHL"));
    EXPECT_THAT(relations(text, true), ElementsAre("criticism CHL>PER"));
}

TEST(RelationTreeTest, AWhichAfterAClauseIsNotTheNameBeforeIt)
{
    EXPECT_THAT(relations("Peru sanctioned Bolivia, which Chile strongly condemned.", true), IsEmpty());
}

TEST(RelationTreeTest, ASubjectThatNamesAThingIsNoActor)
{
    // "the Greek and Turkish communities" are parts of the island, not the two states.
    EXPECT_THAT(relations("The Greek and Turkish communities of the island have agreed to share water.", true),
                IsEmpty());
}

TEST(RelationTreeTest, WithoutAModelExtractionStillWorks)
{
    EXPECT_THAT(relations("China condemned the United States.", false), ElementsAre("criticism CHN>USA"));
}
