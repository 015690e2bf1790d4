#include "extract_helpers.h"

#include <gtest/gtest.h>

using namespace diplograph;
using ::testing::ElementsAre;
using ::testing::IsEmpty;
using ::testing::UnorderedElementsAre;

TEST(RelationExtractorTest, ActiveVoice)
{
    EXPECT_THAT(test::relationsOf("China condemned the United States."), ElementsAre("criticism CHN>USA"));
    EXPECT_THAT(test::relationsOf("Russia rejected Ukraine's proposal."), ElementsAre("rejection RUS>UKR"));
}

TEST(RelationExtractorTest, PassiveVoiceSwapsSourceAndTarget)
{
    EXPECT_THAT(test::relationsOf("Iran was criticized by the United States."), ElementsAre("criticism USA>IRN"));
}

TEST(RelationExtractorTest, CoordinatedSubjectsEachGetTheRelation)
{
    EXPECT_THAT(test::relationsOf("Egypt, Jordan and Qatar condemned Israel."),
                UnorderedElementsAre("criticism EGY>ISR", "criticism JOR>ISR", "criticism QAT>ISR"));
    EXPECT_THAT(test::relationsOf("Both Iraq and Iran dismissed US objections."),
                UnorderedElementsAre("rejection IRN>USA", "rejection IRQ>USA"));
}

TEST(RelationExtractorTest, CooperationIsUndirectedAndNeedsTwoParties)
{
    EXPECT_THAT(test::relationsOf("Jordan and Britain have agreed to hold joint exercises."),
                ElementsAre("cooperation GBR-JOR"));
    EXPECT_THAT(test::relationsOf("Iraq-Iran security cooperation has grown."), ElementsAre("cooperation IRN-IRQ"));
    EXPECT_THAT(test::relationsOf("India signed a trade deal with Japan."), ElementsAre("cooperation IND-JPN"));
    EXPECT_THAT(test::relationsOf("The talks between Armenia and Azerbaijan resumed."),
                ElementsAre("cooperation ARM-AZE"));
    EXPECT_THAT(test::relationsOf("France supports cooperation between sovereign states."), IsEmpty());
}

TEST(RelationExtractorTest, NegationQuestionAndHypotheticalGiveNothing)
{
    EXPECT_THAT(test::relationsOf("Germany did not condemn Turkey."), IsEmpty());
    EXPECT_THAT(test::relationsOf("Will Germany condemn Turkey?"), IsEmpty());
    EXPECT_THAT(test::relationsOf("Germany would condemn Turkey if it invaded."), IsEmpty());
    EXPECT_THAT(test::relationsOf("If Spain rejects the plan, Italy will object."), IsEmpty());
    EXPECT_THAT(test::relationsOf("Japan cancelled a planned visit to China."), IsEmpty());
}

TEST(RelationExtractorTest, RelationsToOneselfAreDropped)
{
    EXPECT_THAT(test::relationsOf("The Iranian Foreign Ministry criticized Tehran."), IsEmpty());
}

TEST(RelationExtractorTest, PronounSubjectResolvesToThePreviousSubject)
{
    EXPECT_THAT(test::relationsOf("The Iranian Embassy issued a statement. It criticized the United States."),
                ElementsAre("criticism IRN>USA"));
}

TEST(RelationExtractorTest, TheStatementIsItsIssuer)
{
    EXPECT_THAT(test::relationsOf("The Iraqi Embassy issued a statement on Monday. "
                                  "Moreover, the statement accused Washington of meddling."),
                ElementsAre("criticism IRQ>USA"));
}

TEST(RelationExtractorTest, CriticismOfAPactTargetsBothParties)
{
    EXPECT_THAT(test::relationsOf("Russia and North Korea signed a defence pact. Japan criticized the pact."),
                UnorderedElementsAre("cooperation PRK-RUS", "criticism JPN>PRK", "criticism JPN>RUS"));
}

TEST(RelationExtractorTest, ReasonClauseMakesTheObjectItsSource)
{
    EXPECT_THAT(test::relationsOf("Iraq and Iran signed a security agreement. "
                                  "Iran criticized the United States for opposing the agreement."),
                UnorderedElementsAre("cooperation IRN-IRQ", "criticism IRN>USA", "rejection USA>IRN",
                                     "rejection USA>IRQ"));
}

TEST(RelationExtractorTest, AllegationContentIsNotAnAct)
{
    EXPECT_THAT(test::relationsOf("Sudan accused the UAE of complicity by supporting the Rapid Support Forces."),
                ElementsAre("criticism SDN>ARE"));
}

TEST(RelationExtractorTest, CompoundModifierIsNotAParticipant)
{
    EXPECT_THAT(test::relationsOf("Saudi Arabia condemned the Iran-backed Houthi militias."),
                ElementsAre("criticism SAU>HOUTHIS"));
}

TEST(RelationExtractorTest, ReportedSpeechSpeakerIsTheSource)
{
    EXPECT_THAT(test::relationsOf("\"We reject the claims made by Canada,\" the Indian foreign ministry said."),
                ElementsAre("rejection IND>CAN"));
}

TEST(RelationExtractorTest, EvidenceCarriesQuoteTriggerRuleAndConfidence)
{
    const std::string text = "Headline\n\nChina\xE2\x80\x99s foreign ministry strongly condemned Japan.";
    const auto result = test::extractText(text);
    ASSERT_EQ(result.relations.size(), 1u);
    const auto& evidence = result.relations[0].evidence.at(0);
    EXPECT_EQ(evidence.quote, text.substr(evidence.range.start, evidence.range.size()));
    EXPECT_EQ(evidence.quote, "China\xE2\x80\x99s foreign ministry strongly condemned Japan.");
    EXPECT_EQ(evidence.trigger.text, "condemned");
    EXPECT_EQ(text.substr(evidence.trigger.range.start, evidence.trigger.range.size()), "condemned");
    EXPECT_FALSE(evidence.rule.empty());
    EXPECT_GT(evidence.confidence, 0.0);
    EXPECT_LE(evidence.confidence, 1.0);
}

TEST(RelationExtractorTest, RefusingAnActTowardsSomeoneRejectsThem)
{
    EXPECT_THAT(test::relationsOf("Israel has refused to meet Jordan's foreign minister."),
                ElementsAre("rejection ISR>JOR"));
}

TEST(RelationExtractorTest, AVoteAgainstAnUnnamedTextHasNoTarget)
{
    // Who drafted a text is no reason to read a vote against "it" as a rejection of them.
    EXPECT_THAT(test::relationsOf("The motion, drafted by Chile and backed by Peru, passed. Bolivia voted against it."),
                IsEmpty());
    EXPECT_THAT(test::relationsOf("Bolivia voted against Chile's motion."), ElementsAre("rejection BOL>CHL"));
}

TEST(RelationExtractorTest, MediatorCooperatesWithEachParty)
{
    EXPECT_THAT(test::relationsOf("Qatar launched a mediation effort between Egypt and Ethiopia."),
                UnorderedElementsAre("cooperation EGY-QAT", "cooperation ETH-QAT"));
}

TEST(RelationExtractorTest, ReportedAccusationIsTheSpeakersCriticism)
{
    EXPECT_THAT(test::relationsOf("Somalia's foreign ministry said its sovereignty had been violated by Ethiopia."),
                ElementsAre("criticism SOM>ETH"));
}

TEST(RelationExtractorTest, CriticisingAClaimAlsoRejectsIt)
{
    EXPECT_THAT(test::relationsOf("Chile condemned as baseless the claims made by Bolivia's foreign ministry."),
                UnorderedElementsAre("criticism CHL>BOL", "rejection CHL>BOL"));
}

TEST(RelationExtractorTest, CoordinatedVerbSharesTheFirstSubject)
{
    EXPECT_THAT(test::relationsOf("The African Union suspended Niger after the coup and condemned the junta."),
                ElementsAre("criticism AU>NER"));
}

TEST(RelationExtractorTest, SpeakerIsNoSourceWhenTheClauseHasANonActorSubject)
{
    EXPECT_THAT(test::relationsOf("French workers blocked the bridge to Germany, French police said."), IsEmpty());
    EXPECT_THAT(test::relationsOf("Turkey has blocked Sweden's membership bid."), ElementsAre("rejection TUR>SWE"));
}

TEST(RelationExtractorTest, ItAfterACriticisedActIsThatAct)
{
    EXPECT_THAT(test::relationsOf("China lodged stern representations with the United States. "
                                  "A spokesperson told a regular press briefing that China firmly opposes it."),
                UnorderedElementsAre("criticism CHN>USA", "rejection CHN>USA"));
}

TEST(RelationExtractorTest, PlannedTalksAreNotTalks)
{
    EXPECT_THAT(test::relationsOf("Analysts expect planned talks between Chinese and American negotiators."), IsEmpty());
}
