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
    EXPECT_THAT(test::relationsOf("The Chilean Embassy issued a statement on Monday. "
                                  "Moreover, the statement accused Lima of meddling."),
                ElementsAre("criticism CHL>PER"));
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
    EXPECT_THAT(test::relationsOf("Chile accused Peru of complicity by supporting Hamas."),
                ElementsAre("criticism CHL>PER"));
}

TEST(RelationExtractorTest, CompoundModifierIsNotAParticipant)
{
    EXPECT_THAT(test::relationsOf("Chile condemned the Peru-backed Houthis."),
                ElementsAre("criticism CHL>HOUTHIS"));
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
    EXPECT_THAT(test::relationsOf("Chile has refused to meet Peru's foreign minister."),
                ElementsAre("rejection CHL>PER"));
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
    EXPECT_THAT(test::relationsOf("Chile's foreign ministry said its sovereignty had been violated by Peru."),
                ElementsAre("criticism CHL>PER"));
}

TEST(RelationExtractorTest, CriticisingAClaimAlsoRejectsIt)
{
    EXPECT_THAT(test::relationsOf("Chile condemned as baseless the claims made by Bolivia's foreign ministry."),
                UnorderedElementsAre("criticism CHL>BOL", "rejection CHL>BOL"));
}

TEST(RelationExtractorTest, CoordinatedVerbSharesTheFirstSubject)
{
    EXPECT_THAT(test::relationsOf("The African Union suspended Gabon after the coup and condemned the junta."),
                ElementsAre("criticism AU>GAB"));
}

TEST(RelationExtractorTest, SpeakerIsNoSourceWhenTheClauseHasANonActorSubject)
{
    EXPECT_THAT(test::relationsOf("French workers blocked the bridge to Germany, French police said."), IsEmpty());
    EXPECT_THAT(test::relationsOf("Chile has blocked Peru's membership bid."), ElementsAre("rejection CHL>PER"));
}

TEST(RelationExtractorTest, ItAfterACriticisedActIsThatAct)
{
    EXPECT_THAT(test::relationsOf("Peru lodged stern representations with Chile. "
                                  "A spokesperson told reporters that Peru firmly opposes it."),
                UnorderedElementsAre("criticism PER>CHL", "rejection PER>CHL"));
}

TEST(RelationExtractorTest, PlannedTalksAreNotTalks)
{
    EXPECT_THAT(test::relationsOf("Analysts expect planned talks between Chinese and American negotiators."), IsEmpty());
}

TEST(RelationExtractorTest, PhrasalVerbsTakeTheNameAfterTheirPreposition)
{
    EXPECT_THAT(test::relationsOf("Chile lashed out at Peru."), ElementsAre("criticism CHL>PER"));
    EXPECT_THAT(test::relationsOf("Lima hit back at Santiago on Monday."), ElementsAre("criticism PER>CHL"));
    EXPECT_THAT(test::relationsOf("Chile pushed back against Peru's demands."), ElementsAre("rejection CHL>PER"));
    EXPECT_THAT(test::relationsOf("The summit was held at Lima."), IsEmpty());
}

TEST(RelationExtractorTest, PrepositionalAdjectivesReadLikeVerbs)
{
    EXPECT_THAT(test::relationsOf("Chile has been critical of Peru's policy."), ElementsAre("criticism CHL>PER"));
    EXPECT_THAT(test::relationsOf("Chile remained opposed to Peru's plan."), ElementsAre("rejection CHL>PER"));
}

TEST(RelationExtractorTest, CallingAnActorsActAViolationIsCriticism)
{
    EXPECT_THAT(test::relationsOf("Chile called Peru's decision a violation of the treaty."),
                ElementsAre("criticism CHL>PER"));
    EXPECT_THAT(test::relationsOf("Chile said the Peruvian claims were baseless."), ElementsAre("criticism CHL>PER"));
    EXPECT_THAT(test::relationsOf("Chile said Peru's exercises were reckless."), ElementsAre("criticism CHL>PER"));
    EXPECT_THAT(test::relationsOf("The raids were illegal, Chile said of the Peruvian strikes."),
                ElementsAre("criticism CHL>PER"));
    EXPECT_THAT(test::relationsOf("Chile said Peru's exercises were not illegal."), IsEmpty());
    EXPECT_THAT(test::relationsOf("Peru said Chile was lying."), ElementsAre("criticism PER>CHL"));
}

TEST(RelationExtractorTest, NegatedAcceptanceIsARefusal)
{
    EXPECT_THAT(test::relationsOf("Chile will not accept Peru's demands."), ElementsAre("rejection CHL>PER"));
    EXPECT_THAT(test::relationsOf("Chile would not accept Peru's demands."), IsEmpty());
    EXPECT_THAT(test::relationsOf("Chile will not recognise a government that Peru installs."), IsEmpty());
    EXPECT_THAT(test::relationsOf("Chile will not accept Peru's demands unless talks resume."), IsEmpty());
}

TEST(RelationExtractorTest, ACorrectiveDemandIsCriticism)
{
    EXPECT_THAT(test::relationsOf("Chile called on Peru to withdraw its troops."), ElementsAre("criticism CHL>PER"));
    EXPECT_THAT(test::relationsOf("Chile demanded that Peru release the sailors."), ElementsAre("criticism CHL>PER"));
    EXPECT_THAT(test::relationsOf("Chile urged Peru to join the talks."), IsEmpty());
}

TEST(RelationExtractorTest, DiplomaticProtestActsAreCriticism)
{
    EXPECT_THAT(test::relationsOf("Chile expelled two Peruvian diplomats."), ElementsAre("criticism CHL>PER"));
    EXPECT_THAT(test::relationsOf("Chile cut diplomatic ties with Peru."), ElementsAre("criticism CHL>PER"));
    EXPECT_THAT(test::relationsOf("Chile recalled its ambassador from Lima."), ElementsAre("criticism CHL>PER"));
    EXPECT_THAT(test::relationsOf("Chile expelled the smugglers."), IsEmpty());
}

TEST(RelationExtractorTest, InversePerspective)
{
    EXPECT_THAT(test::relationsOf("Peru came under fire from Chile over the dam."), ElementsAre("criticism CHL>PER"));
    EXPECT_THAT(test::relationsOf("Peru faced criticism from Chile."), ElementsAre("criticism CHL>PER"));
    EXPECT_THAT(test::relationsOf("In a snub to Lima, Chile skipped the summit."), ElementsAre("criticism CHL>PER"));
}

TEST(RelationExtractorTest, EpithetsVictimsAndOffersGiveNoEdge)
{
    EXPECT_THAT(test::relationsOf("Chile condemned the attack on Peru."), IsEmpty());
    EXPECT_THAT(test::relationsOf("The militia, backed by Chile, took the town."), IsEmpty());
    EXPECT_THAT(test::relationsOf("Chile offered to send aid to Peru."), IsEmpty());
    EXPECT_THAT(test::relationsOf("Chile is willing to cooperate with Peru."), IsEmpty());
    EXPECT_THAT(test::relationsOf("Chile broke its alliance with Peru."), IsEmpty());
    EXPECT_THAT(test::relationsOf("Chile did not, as many had feared, condemn Peru."), IsEmpty());
}

TEST(RelationExtractorTest, SubjectsAcrossButParticiplesAndPassiveOwners)
{
    EXPECT_THAT(test::relationsOf("Chile thanked Bolivia but criticized Peru."),
                UnorderedElementsAre("cooperation BOL-CHL", "criticism CHL>PER"));
    EXPECT_THAT(test::relationsOf("Chile criticised Peru, saying the Peruvian move was unacceptable."),
                ElementsAre("criticism CHL>PER"));
    EXPECT_THAT(test::relationsOf("Peru's recognition of Bolivia was welcomed by Chile."),
                UnorderedElementsAre("cooperation CHL-PER", "cooperation BOL-PER"));
    EXPECT_THAT(test::relationsOf("Chile opposes Peru's OECD bid."), ElementsAre("rejection CHL>PER"));
    EXPECT_THAT(test::relationsOf("The Chilean president met his Peruvian counterpart."),
                ElementsAre("cooperation CHL-PER"));
    EXPECT_THAT(test::relationsOf("Chile and Peru discussed Bolivia in a phone call."), ElementsAre("cooperation CHL-PER"));
}

TEST(RelationExtractorTest, TheHeadlineActorOwnsUnownedTitles)
{
    EXPECT_THAT(test::relationsOf("Chile rejects the plan\n\nThe Foreign Minister condemned Peru on Monday."),
                ElementsAre("criticism CHL>PER"));
}

TEST(RelationExtractorTest, RegionsNamedAfterAContinentAreNoActors)
{
    EXPECT_THAT(test::relationsOf("Chile criticised the South American bloc."), IsEmpty());
}

TEST(RelationExtractorTest, ActsDatedYearsBeforeTheArticleAreBackground)
{
    EXPECT_THAT(test::relationsOf("In 2009, Chile and Peru signed a treaty. In March 2024, Bolivia criticised Peru."),
                ElementsAre("criticism BOL>PER"));
    EXPECT_THAT(test::relationsOf("Chile has backed Peru since 2009. In 2024, Chile met Peru."),
                ElementsAre("cooperation CHL-PER"));
}

TEST(RelationExtractorTest, AttributionsAndAuthorsAndClaims)
{
    EXPECT_THAT(test::relationsOf("According to Chile, Peru violated the treaty."), ElementsAre("criticism CHL>PER"));
    EXPECT_THAT(test::relationsOf("Chile dismissed the plan put forward by Peru."), ElementsAre("rejection CHL>PER"));
    EXPECT_THAT(test::relationsOf("Chile accused Peru of spying, a charge Lima rejected."),
                UnorderedElementsAre("criticism CHL>PER", "rejection PER>CHL"));
    EXPECT_THAT(test::relationsOf("Peru's ambassador to Chile was summoned to the foreign ministry."),
                ElementsAre("criticism CHL>PER"));
    EXPECT_THAT(test::relationsOf("Chile voiced concern over Peru's exercises."), ElementsAre("criticism CHL>PER"));
    EXPECT_THAT(test::relationsOf("The Chilean foreign ministry summoned Peru's charge d'affaires."),
                ElementsAre("criticism CHL>PER"));
}

TEST(RelationExtractorTest, AGerundSubjectIsNoActOfTheSpeaker)
{
    EXPECT_THAT(test::relationsOf("\"Hosting the leaders of Hamas constitutes complicity,\" Chile said."), IsEmpty());
    EXPECT_THAT(test::relationsOf("\"We support Peru,\" Chile said."), ElementsAre("cooperation CHL-PER"));
}

TEST(RelationExtractorTest, WishesAndAppealsAreNoActsAndAPredicateEndsTheObject)
{
    EXPECT_THAT(test::relationsOf("Chile hopes Peru will support its bid."), IsEmpty());
    EXPECT_THAT(test::relationsOf("Chile called for dialogue between Peru and Bolivia."), IsEmpty());
    EXPECT_THAT(test::relationsOf("Chile's support for Peru's bid has angered Bolivia."), ElementsAre("cooperation CHL-PER"));
}

TEST(RelationExtractorTest, CoordinatedTriggersShareTheirObject)
{
    EXPECT_THAT(test::relationsOf("Chile voiced its rejection and condemnation of Peru's decision."),
                UnorderedElementsAre("criticism CHL>PER", "rejection CHL>PER"));
    EXPECT_THAT(test::relationsOf("Chile opposes and condemns Peru's decision."),
                UnorderedElementsAre("criticism CHL>PER", "rejection CHL>PER"));
}

TEST(RelationExtractorTest, StatementsFlagsAndYetTo)
{
    EXPECT_THAT(test::relationsOf("Chile and Peru issued a joint statement criticising Bolivia."),
                UnorderedElementsAre("cooperation CHL-PER", "criticism CHL>BOL", "criticism PER>BOL"));
    EXPECT_THAT(test::relationsOf("Chile said the explosion was a false flag operation by Peru."),
                ElementsAre("criticism CHL>PER"));
    EXPECT_THAT(test::relationsOf("Chile has yet to recognise Peru's new government."), IsEmpty());
}

TEST(RelationExtractorTest, AStatesEnvoyToAnOrganisationActsForTheState)
{
    EXPECT_THAT(test::relationsOf("Chile's UN ambassador, Ana Ruiz, criticised Peru."), ElementsAre("criticism CHL>PER"));
    EXPECT_THAT(test::relationsOf("The UN envoy criticised Peru."), ElementsAre("criticism UN>PER"));
}

TEST(RelationExtractorTest, AParticipleAfterACommaSharesTheSentencesSubject)
{
    // Not "Peru accuses the United States": the participle's subject is the sentence's.
    EXPECT_THAT(test::relationsOf("The United States imposed tariffs on Peru, accusing it of dumping."),
                ElementsAre("criticism USA>PER"));
    EXPECT_THAT(test::relationsOf("Peru's army shelled Chilean positions, prompting condemnation from Chile."),
                ElementsAre("criticism CHL>PER"));
    EXPECT_THAT(test::relationsOf("Chile pledged 10 million dollars in aid to Peru."), ElementsAre("cooperation CHL-PER"));
}

TEST(RelationExtractorTest, AnObjectPronounAfterAVerbIsNotTheSubject)
{
    EXPECT_THAT(test::relationsOf("The United States imposed tariffs on Peru, accusing it of dumping."),
                ElementsAre("criticism USA>PER"));
    EXPECT_THAT(test::relationsOf("Chile criticised Peru and urged it to stop."), ElementsAre("criticism CHL>PER"));
    EXPECT_THAT(test::relationsOf("Chile's foreign ministry said it condemned Peru."), ElementsAre("criticism CHL>PER"));
}

TEST(RelationExtractorTest, TheActsOwnerIsTheTargetNotItsObject)
{
    EXPECT_THAT(test::relationsOf("Chile condemned Peru's plan to annex Bolivia."), ElementsAre("criticism CHL>PER"));
    EXPECT_THAT(test::relationsOf("Peru's decision to annex the islands drew criticism from Chile."),
                ElementsAre("criticism CHL>PER"));
    EXPECT_THAT(test::relationsOf("Chile's foreign ministry said Peru's claims were \"groundless\"."),
                ElementsAre("criticism CHL>PER"));
}

TEST(RelationExtractorTest, ObjectGapsInRelativeClauses)
{
    EXPECT_THAT(test::relationsOf("Peru and Bolivia signed the agreement, which Chile criticised."),
                UnorderedElementsAre("cooperation BOL-PER", "criticism CHL>BOL", "criticism CHL>PER"));
    EXPECT_THAT(test::relationsOf("Bolivia, which Chile criticised, said nothing."), ElementsAre("criticism CHL>BOL"));
    EXPECT_THAT(test::relationsOf("Peru sanctioned Bolivia, which Chile strongly condemned."), IsEmpty());
}

TEST(RelationExtractorTest, AFrontedPhraseBelongsToTheMainClausesSubject)
{
    EXPECT_THAT(test::relationsOf("Speaking after talks with his Peruvian counterpart, the Chilean foreign minister said "
                                  "ties were strong."),
                ElementsAre("cooperation CHL-PER"));
    EXPECT_THAT(test::relationsOf("Speaking after a meeting with Peru's president, Chile's president praised Bolivia."),
                UnorderedElementsAre("cooperation CHL-PER", "cooperation BOL-CHL"));
}
