#include "extract_helpers.h"

#include <gtest/gtest.h>

using namespace diplograph;
using ::testing::ElementsAre;
using ::testing::IsEmpty;

namespace {

const core::Actor* actorNamed(const core::ArticleResult& result, std::string_view id)
{
    return result.findActor(id);
}

} // namespace

TEST(MentionTest, LongestMatchWins)
{
    EXPECT_THAT(test::entitiesOf("South Sudan and Nigeria condemned Niger."), ElementsAre("NER", "NGA", "SSD"));
}

TEST(MentionTest, CapitalAsLocationIsNotAnActor)
{
    const auto result = test::extractText("The Iranian Embassy in Baghdad issued a statement.");
    EXPECT_EQ(result.findActor("IRQ"), nullptr);
    const auto* embassy = actorNamed(result, "IRN/embassy-in-baghdad");
    ASSERT_NE(embassy, nullptr);
    EXPECT_EQ(embassy->entity, "IRN");
    EXPECT_EQ(embassy->kind, core::ActorKind::Agency);
    EXPECT_EQ(embassy->name, "Iranian Embassy in Baghdad");
}

TEST(MentionTest, CapitalAsSubjectIsItsState)
{
    EXPECT_THAT(test::relationsOf("Washington condemned Tehran."), ElementsAre("criticism USA>IRN"));
}

TEST(MentionTest, AmbiguousNameNeedsContext)
{
    EXPECT_THAT(test::entitiesOf("Michael Jordan praised the fans."), IsEmpty());
    EXPECT_THAT(test::entitiesOf("Jordan praised Egypt."), ElementsAre("EGY", "JOR"));
    EXPECT_THAT(test::entitiesOf("The Washington Post reported it."), IsEmpty());
}

TEST(MentionTest, AllCapsAcronymsMatchOnlyInCapitals)
{
    EXPECT_THAT(test::entitiesOf("Let us go, it is late."), IsEmpty());
    EXPECT_THAT(test::entitiesOf("The US and the UN met."), ElementsAre("UN", "USA"));
}

TEST(MentionTest, DatelineIsNotAnActor)
{
    EXPECT_THAT(test::relationsOf("Headline here\n\nTEHRAN - Germany criticized France on Monday."),
                ElementsAre("criticism DEU>FRA"));
}

TEST(MentionTest, AgentsBindToTheirEntity)
{
    const auto result = test::extractText("China's Foreign Ministry condemned the plan. "
                                          "US State Department spokesperson Tammy Bruce criticized Iran.");
    const auto* ministry = actorNamed(result, "CHN/foreign-ministry");
    ASSERT_NE(ministry, nullptr);
    EXPECT_EQ(ministry->entity, "CHN");
    const auto* bruce = actorNamed(result, "USA/tammy-bruce");
    ASSERT_NE(bruce, nullptr);
    EXPECT_EQ(bruce->kind, core::ActorKind::Person);
    EXPECT_EQ(bruce->entity, "USA");
    ASSERT_TRUE(bruce->parent.has_value());
    EXPECT_EQ(*bruce->parent, "USA/state-department");
}

TEST(MentionTest, SurnameResolvesToThePersonNamedBefore)
{
    const auto result = test::extractText("Russian Foreign Ministry spokeswoman Maria Zakharova spoke. "
                                          "Zakharova condemned Poland.");
    const auto relations = core::entityRelations(result);
    ASSERT_EQ(relations.size(), 1u);
    EXPECT_EQ(relations[0].source, "RUS");
    bool fromPerson = false;
    for (const auto& relation : result.relations) {
        fromPerson = fromPerson || relation.source == "RUS/maria-zakharova";
    }
    EXPECT_TRUE(fromPerson);
}

TEST(MentionTest, DemonymOfPeopleIsNotAnActor)
{
    EXPECT_THAT(test::relationsOf("Iran praised the Iraqi people."), IsEmpty());
    EXPECT_THAT(test::relationsOf("Iranian officials praised Iraq."), ElementsAre("cooperation IRN-IRQ"));
}

TEST(MentionTest, MentionOffsetsAreOriginalBytes)
{
    const std::string text = "\xE2\x80\x9CIran\xE2\x80\x99s\xE2\x80\x9D embassy \xE2\x80\x94 Iraq\xE2\x80\x99s ally.";
    const auto result = test::extractText(text);
    for (const auto& actor : result.actors) {
        for (const auto& mention : actor.mentions) {
            ASSERT_LE(mention.end, text.size());
            const auto covered = text.substr(mention.start, mention.size());
            EXPECT_TRUE(covered.starts_with("Iran") || covered.starts_with("Iraq")) << covered;
        }
    }
}
