// One written sentence per phenomenon of issue-level English (docs/extraction.md): what each must give, or that it
// gives nothing. Invented states and wording; every line is a phenomenon, none is from an article.
#include "extract_helpers.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace {

struct Phenomenon {
    const char* sentence;
    std::vector<std::string> relations; // entity level, as test::relationsOf writes them
};

const std::vector<Phenomenon>& phenomena()
{
    static const std::vector<Phenomenon> all = {
        {"Chile opposes and condemns the Peruvian decision.", {"criticism CHL>PER", "rejection CHL>PER"}},
        {"Chile voiced its rejection and condemnation of the Peruvian move.", {"criticism CHL>PER", "rejection CHL>PER"}},
        {"Chile met Peru on Monday but Bolivia criticised the meeting.", {"cooperation CHL-PER"}},
        {"Chile said Peru's actions were illegal.", {"criticism CHL>PER"}},
        {"Speaking after talks with Peru, the Chilean president said the two countries would deepen trade.", {"cooperation CHL-PER"}},
        {"The attack, which Chile condemned, was carried out by Peru.", {"criticism CHL>PER"}},
        {"Chile's UN ambassador criticised Peru.", {"criticism CHL>PER"}},
        {"Chile will not accept Peru's demand.", {"rejection CHL>PER"}},
        {"Chile would condemn any attack by Peru.", {}},
        {"Chile has yet to respond to Peru's offer.", {}},
        {"Chile is expected to sign a deal with Peru.", {}},
        {"Peru drew a sharp rebuke from Chile.", {"criticism CHL>PER"}},
        {"Peru came under fire from Chile over the border closure.", {"criticism CHL>PER"}},
        {"Peru faced criticism from Chile.", {"criticism CHL>PER"}},
        {"Chile called the Peruvian move a violation of international law.", {"criticism CHL>PER"}},
        {"Chile described Peru's actions as a provocation.", {"criticism CHL>PER"}},
        {"Chile accused Peru of lying.", {"criticism CHL>PER"}},
        {"Chile summoned the Peruvian ambassador.", {"criticism CHL>PER"}},
        {"Chile recalled its ambassador from Peru in protest.", {"criticism CHL>PER"}},
        {"Chile expelled two Peruvian diplomats.", {"criticism CHL>PER"}},
        {"Chile lodged a formal protest with Peru.", {"criticism CHL>PER"}},
        {"Chile hit out at Peru.", {"criticism CHL>PER"}},
        {"Chile lashed out at Peru over the tariffs.", {"criticism CHL>PER"}},
        {"Chile pushed back against Peru's claims.", {"rejection CHL>PER"}},
        {"Chile turned down Peru's request.", {"rejection CHL>PER"}},
        {"Chile brushed aside Peru's concerns.", {"rejection CHL>PER"}},
        {"Chile dismissed Peru's accusations as baseless.", {"rejection CHL>PER"}},
        {"Chile did not condemn Peru.", {}},
        {"Chile never criticised Peru.", {}},
        {"Chile no longer supports Peru.", {}},
        {"Did Chile condemn Peru?", {}},
        {"If Peru attacks, Chile will respond.", {}},
        {"Chile hopes to cooperate with Peru.", {}},
        {"Chile offered to help Peru.", {}},
        {"Chile and Peru signed a trade agreement.", {"cooperation CHL-PER"}},
        {"Chile thanked Peru for its support.", {"cooperation CHL-PER"}},
        {"Chile praised Peru.", {"cooperation CHL-PER"}},
        {"Chile welcomed Peru's decision.", {"cooperation CHL-PER"}},
        {"The Chilean foreign ministry said in a statement that it strongly condemned Peru's decision.", {"criticism CHL>PER"}},
        {"Peru's decision was condemned by Chile.", {"criticism CHL>PER"}},
        {"Chile, Argentina and Brazil criticised Peru.", {"criticism CHL>PER", "criticism ARG>PER", "criticism BRA>PER"}},
        {"Chile criticised Peru and Bolivia.", {"criticism CHL>PER", "criticism CHL>BOL"}},
        {"The foreign ministers of Chile and Peru held talks in Lima.", {"cooperation CHL-PER"}},
        {"Chile's criticism of Peru grew louder.", {"criticism CHL>PER"}},
        {"Chile denied Peru's claims.", {"rejection CHL>PER"}},
        {"Chile rejected Peru's proposal, calling it unacceptable.", {"rejection CHL>PER", "criticism CHL>PER"}},
        {"Chile vetoed the Peruvian resolution.", {"rejection CHL>PER"}},
        {"Chile warned Peru against further provocations.", {"criticism CHL>PER"}},
        {"Chile demanded that Peru withdraw its troops.", {"criticism CHL>PER"}},
        {"Chile urged Peru to stop the attacks.", {"criticism CHL>PER"}},
        {"Chile slammed Peru.", {"criticism CHL>PER"}},
        {"Chile blamed Peru for the crisis.", {"criticism CHL>PER"}},
        {"Chile backs Peru's bid to join the council.", {"cooperation CHL-PER"}},
        {"Chile has pledged military aid to Peru.", {"cooperation CHL-PER"}},
        {"The Chilean president visited Peru.", {"cooperation CHL-PER"}},
        {"Chile and Peru agreed to cooperate on security.", {"cooperation CHL-PER"}},
        {"Chile condemned the Peruvian air strikes on Bolivia.", {"criticism CHL>PER"}},
        {"Chile condemned the attack on Peru.", {}},
        {"A Peru-backed militia attacked Chile.", {}},
        {"Chile said it was deeply disappointed by Peru's decision.", {"criticism CHL>PER"}},
        {"Chile expressed concern over Peru's missile tests.", {"criticism CHL>PER"}},
        {"Chile refused to recognise the Peruvian election.", {"rejection CHL>PER"}},
        {"Chile rejects Peru's sovereignty claims over the islands.", {"rejection CHL>PER"}},
        {"Chile slapped sanctions on Peru.", {}},
        {"Chile cut diplomatic ties with Peru over its support for the rebels.", {"criticism CHL>PER"}},
        {"Chile and Peru traded accusations.", {"criticism CHL>PER", "criticism PER>CHL"}},
        {"Chile accused Peru, which denied the charge.", {"criticism CHL>PER", "rejection PER>CHL"}},
        {"China's UN ambassador criticised the United States.", {"criticism CHN>USA"}},
        {"US National Security spokesman John Kirby criticised Iran.", {"criticism USA>IRN"}},
        {"The embassy in Baghdad criticised Iran.", {}},
        {"Brussels criticised Hungary over the law.", {"criticism BEL>HUN"}},
        {"Moscow rejected the proposal by Kyiv.", {"rejection RUS>UKR"}},
        {"Chile, a longtime ally of Peru, criticised Bolivia.", {"criticism CHL>BOL"}},
        {"Chile's president, Ana Ruiz, condemned Peru.", {"criticism CHL>PER"}},
        {"Chile, in a statement on Monday, condemned Peru.", {"criticism CHL>PER"}},
        {"Chile has yet to condemn Peru.", {}},
        {"Chile is expected to condemn Peru.", {}},
        {"Chile might reject the Peruvian proposal.", {}},
        {"Will Chile condemn Peru?", {}},
        {"Chile wants to sign a deal with Peru.", {}},
        {"Chile said it is ready to cooperate with Peru.", {}},
        {"Chile and Peru issued a joint statement condemning Bolivia.", {"criticism CHL>BOL", "criticism PER>BOL", "cooperation CHL-PER"}},
        {"Chile expelled the Peruvian ambassador.", {"criticism CHL>PER"}},
        {"Chile recalled its ambassador to Peru.", {"criticism CHL>PER"}},
        {"Chile summoned Peru's envoy over the remarks.", {"criticism CHL>PER"}},
        {"Chile lodged a protest with the Peruvian embassy.", {"criticism CHL>PER"}},
        {"Peru's foreign minister met his Chilean counterpart in Lima.", {"cooperation CHL-PER"}},
        {"The Chilean foreign minister held talks with Peru's president.", {"cooperation CHL-PER"}},
        {"Chile and Peru reached an agreement on fishing rights.", {"cooperation CHL-PER"}},
        {"Chile signed a defence pact with Peru.", {"cooperation CHL-PER"}},
        {"Chile voted against the Peruvian resolution.", {"rejection CHL>PER"}},
        {"Chile condemned Peru and Bolivia's joint exercise.", {"criticism CHL>PER", "criticism CHL>BOL"}},
        {"Chile strongly condemned what it called Peru's provocation.", {"criticism CHL>PER"}},
        {"Chile denounced the Peruvian blockade as illegal.", {"criticism CHL>PER"}},
        {"Chile said Peru's claims were baseless.", {"criticism CHL>PER"}},
        {"Chile accused Peru of violating the ceasefire.", {"criticism CHL>PER"}},
        {"Chile blasted Peru's decision.", {"criticism CHL>PER"}},
        {"Chile rebuffed Peru's offer of talks.", {"rejection CHL>PER"}},
        {"Chile spurned Peru's overtures.", {"rejection CHL>PER"}},
        {"Chile has refused Peru's request for extradition.", {"rejection CHL>PER"}},
        {"Chile ruled out talks with Peru.", {"rejection CHL>PER"}},
        {"Chile opposed Peru's membership bid.", {"rejection CHL>PER"}},
        {"Chile objected to Peru's proposal.", {"rejection CHL>PER"}},
        {"Chile vowed to support Peru.", {"cooperation CHL-PER"}}, // a vow is a pledge, as "pledged to support"
        {"Chile supports Peru.", {"cooperation CHL-PER"}},
        {"Chile will support Peru.", {"cooperation CHL-PER"}},
        {"Chile and Peru held a phone call.", {"cooperation CHL-PER"}},
        {"Chile hosted the Peruvian president.", {"cooperation CHL-PER"}},
        {"Chile congratulated Peru on its election.", {"cooperation CHL-PER"}},
        {"Chile expressed solidarity with Peru.", {"cooperation CHL-PER"}},
        {"Chile sent aid to Peru.", {"cooperation CHL-PER"}},
        {"Chile criticised Peru for its handling of the crisis.", {"criticism CHL>PER"}},
        {"Chile reprimanded Peru.", {"criticism CHL>PER"}},
        {"Critics in Chile condemned Peru.", {}},
        {"Chile's opposition criticised Peru.", {}},
        {"Chile said Peru had violated its airspace.", {"criticism CHL>PER"}},
        {"Japan's foreign ministry lodged a strong protest with China over the incident.", {"criticism JPN>CHN"}},
        {"India hit back at Pakistan, calling its remarks irresponsible.", {"criticism IND>PAK"}},
        {"Germany and France pledged to deepen their cooperation.", {"cooperation DEU-FRA"}},
        {"Kenya has signed a memorandum of understanding with Ethiopia.", {"cooperation ETH-KEN"}},
        {"The United States imposed sanctions on Iran.", {}},
        {"Egypt mediated between Israel and Hamas.", {"cooperation EGY-ISR", "cooperation EGY-HAMAS"}},
        {"Turkey's president spoke by phone with his Russian counterpart.", {"cooperation RUS-TUR"}},
        {"Iran slammed the European Union's decision as illegal.", {"criticism IRN>EU"}},
        {"Vietnam protested China's deployment of an oil rig.", {"criticism VNM>CHN"}},
        {"South Korea condemned North Korea's missile launch.", {"criticism KOR>PRK"}},
        {"Beijing lashed out at Washington over its arms sales to Taiwan.", {"criticism CHN>USA"}},
        {"Russia dismissed the allegations by Britain as absurd.", {"rejection RUS>GBR"}},
        {"Ukraine rejected Russia's demands.", {"rejection UKR>RUS"}},
        {"Poland and Lithuania agreed to strengthen border security.", {"cooperation LTU-POL"}},
        {"The Saudi crown prince received the Iraqi prime minister in Riyadh.", {"cooperation IRQ-SAU"}},
        {"Qatar welcomed the agreement between Ethiopia and Eritrea.", {"cooperation ERI-ETH", "cooperation ERI-QAT", "cooperation ETH-QAT"}},
        {"Canada expelled a Chinese diplomat.", {"criticism CAN>CHN"}},
        {"Israel said Iran was responsible for the attack.", {"criticism ISR>IRN"}},
        {"Iraq denied that it had supported the militias.", {}},
        {"Serbia did not recognise Kosovo's independence.", {"rejection SRB>XKX"}},
        {"Morocco refused to accept Algeria's conditions.", {"rejection MAR>DZA"}},
        {"Pakistan's army chief visited Beijing.", {"cooperation CHN-PAK"}},
        {"The Philippines accused China of harassing its vessels.", {"criticism PHL>CHN"}},
        {"Armenia criticised the CSTO for failing to help.", {"criticism ARM>CSTO"}},
        {"Hungary blocked the EU's aid package for Ukraine.", {"rejection HUN>EU"}},
        {"Brazil and Argentina held talks on trade.", {"cooperation ARG-BRA"}},
        {"Chinese officials met with their Russian counterparts in Moscow.", {"cooperation CHN-RUS"}},
        {"Taiwan thanked Japan for its donation of vaccines.", {"cooperation JPN-TWN"}},
        {"Sweden's prime minister criticised Turkey's stance on NATO membership.", {"criticism SWE>TUR"}},
        {"NATO condemned Russia's annexation of Crimea.", {"criticism NATO>RUS"}},
        // A relative clause that authors the thing names its owner; one that reacts to it does not.
        {"Ecuador rejected the plan, which Colombia had proposed.", {"rejection ECU>COL"}},
        {"Ecuador rejected the demands Colombia made on Monday.", {"rejection ECU>COL"}},
        {"Norway condemned and sanctioned Belarus.", {"criticism NOR>BLR"}},
        {"Oman joined Kuwait in condemning the raid by Israel.", {"criticism KWT>ISR", "criticism OMN>ISR"}},
        {"Ghana denied that it had held secret talks with Togo.", {}},
        {"Kenya's former president once praised Uganda's economic policy.", {}},
        {"Observers say Peru is unlikely to criticise Chile.", {}},
        {"Bolivian and Chilean ministers are due to meet on Friday.", {}},
        {"Greece said Turkey's naval exercises were a threat to the region.", {"criticism GRC>TUR"}},
        {"The meeting between the Serbian and Croatian leaders was postponed.", {}},
        {"Uruguay's cooperation with Paraguay, once close, has not resumed.", {}},
        {"The talks between Chile and Peru ended with an agreement.", {"cooperation CHL-PER"}},
        {"Peru called Chile's accusations baseless.", {"criticism PER>CHL", "rejection PER>CHL"}},
        {"Bolivia said Chile's blockade was an act of war.", {"criticism BOL>CHL"}},
        {"\"Peru must withdraw its troops,\" the Chilean minister said.", {"criticism CHL>PER"}},
        {"The Chilean president spoke to his Peruvian counterpart on Monday.", {"cooperation CHL-PER"}},
        {"Uruguay called on both sides to refrain from violence.", {}},
        {"Chile said it was disappointed by Peru's decision.", {"criticism CHL>PER"}},
        {"Chile opened talks with Peru, a step Bolivia's president had opposed.", {"cooperation CHL-PER"}},
        {"Chile said Peru's arrests were politically motivated.", {"criticism CHL>PER"}},
        {"The Peruvian envoy to the UN called the Chilean veto \"a disastrous day\".", {"criticism PER>CHL"}},
        {"Ana Ruiz, the Peruvian envoy to the OAS, condemned the Chilean veto.", {"criticism PER>CHL"}},
        {"Uruguay refused to join the sanctions against Paraguay.", {}},
        {"Peru's Congress condemned Bolivia's referendum.", {"criticism PER>BOL"}},
        {"Bolivia's foreign minister said La Paz stood with Peru.", {"cooperation BOL-PER"}},
        {"Panama established diplomatic relations with China.", {"cooperation CHN-PAN"}},
        {"Peru filed a complaint with the UN Security Council against Chile.", {"criticism PER>CHL"}},
        {"Chile's president called Peru \"a murderous regime\".", {"criticism CHL>PER"}},
        {"Peru rejected accusations that it had supplied weapons to Bolivia.", {}},
        {"Chile's foreign ministry warned that Peru's actions would inflame the region.", {"criticism CHL>PER"}},
        {"Chile warned that it would respond.", {}},
        {"The Chilean president telephoned his Peruvian counterpart.", {"cooperation CHL-PER"}},
        {"The Foreign Ministry of Peru condemned the resolution of the Chilean Senate.", {"criticism PER>CHL"}},
        {"Chile condemned the arrest of Peruvian citizens.", {}},
        {"Bolivia said Chile's response was disproportionate.", {"criticism BOL>CHL"}},
        {"The OAS welcomed the truce and urged Chile and Peru to settle their dispute through dialogue.", {}},
        {"Last week, Peruvian troops crossed the border, drawing criticism from Chile and Bolivia.",
         {"criticism BOL>PER", "criticism CHL>PER"}},
        // The verb's subject in the tree, when it names no actor, is not the nearest name before the verb.
        {"With protests under way in the Chilean capital, the senator visited Peru.", {}},
        {"The plan hurt Chile, and others who sent troops to Peru paid too.", {}},
        {"After the Peruvian minister spoke, they were sent home.", {}},
        {"Chile sent troops to Peru.", {"cooperation CHL-PER"}},
        {"Chile condemned three neighbours \u2014 Peru, Bolivia and Ecuador \u2014 over the bans.",
         {"criticism CHL>BOL", "criticism CHL>ECU", "criticism CHL>PER"}},
        {"Chile demanded the withdrawal of Peruvian troops.", {"criticism CHL>PER"}},
        {"Chile called for an end to Peru's blockade.", {"criticism CHL>PER"}},
        {"Chile demanded an apology from Peru.", {"criticism CHL>PER"}},
        {"Chile called for the release of the sailors held by Peru.", {"criticism CHL>PER"}},
        {"Chile called for the release of the Peruvian sailors.", {}},
        {"Chile called for an end to the fighting between Peru and Bolivia.", {}},
        {"Chile did not call for an end to Peru's blockade.", {}},
        {"Chile urged Peru to lift the blockade.", {"criticism CHL>PER"}},
        {"Chile said it would not recognise the Peruvian election.", {"rejection CHL>PER"}},
        {"Chile would not accept Peru's demands.", {}},
        {"Chile blamed the attack on Peru.", {"criticism CHL>PER"}},
        {"Chile condemned the killing of a Peruvian journalist.", {}},
        {"The Chilean president arrived in Lima on Monday for talks.", {"cooperation CHL-PER"}},
        {"On a two-day visit to Peru, the Chilean minister praised the ties.", {"cooperation CHL-PER"}},
        {"The Chilean president arrived in Lima on Monday.", {}},
        {"Chile complained to the United Nations on Friday over Peruvian air raids.", {"criticism CHL>PER"}},
        {"Chile and Peru restored diplomatic relations.", {"cooperation CHL-PER"}},
        {"Chile teamed up with Peru.", {"cooperation CHL-PER"}},
        {"Chile expressed gratitude to Peru.", {"cooperation CHL-PER"}},
        {"Chile raised concerns over Peru's missile tests.", {"criticism CHL>PER"}},
        {"Chile sounded the alarm about Peru's missile tests.", {"criticism CHL>PER"}},
        {"Chile said it was alarmed by Peru's missile tests.", {"criticism CHL>PER"}},
        {"Chile said Peru had failed to honour its commitments.", {"criticism CHL>PER"}},
        {"Chile said Peru had reneged on its promises.", {"criticism CHL>PER"}},
        {"Peru held elections on Sunday. Chile criticised the landlocked country over the vote.", {"criticism CHL>PER"}},
        {"Peru held elections on Sunday. Chile criticised the country over the vote.", {"criticism CHL>PER"}},
        {"Peru held elections on Sunday. Chile criticised the Andean nation over the vote.", {}},
        {"Chile said no to Peru's proposal.", {"rejection CHL>PER"}},
        {"Chile poured cold water on Peru's plan.", {"rejection CHL>PER"}},
        {"Chile cast doubt on Peru's claims.", {"rejection CHL>PER"}},
        {"Chile distanced itself from Peru's stance.", {"rejection CHL>PER"}},
        {"Chile downgraded diplomatic relations with Peru.", {"criticism CHL>PER"}},
        {"Chile froze relations with Peru.", {"criticism CHL>PER"}},
        {"Chile demanded Peru withdraw its troops.", {"criticism CHL>PER"}},
        {"Chile pressured Peru to withdraw its troops.", {"criticism CHL>PER"}},
        {"Chile declared the Peruvian ambassador persona non grata.", {"criticism CHL>PER"}},
        {"Chile and Peru clinched a trade deal.", {"cooperation CHL-PER"}},
        {"Chile pledged $5 million in new military aid to Peru.", {"cooperation CHL-PER"}},
        {"Chile refused to recognise Peru's independence.", {"rejection CHL>PER"}},
        {"Chile rejected Peru's sovereignty over the islands.", {"rejection CHL>PER"}},
        {"Chile respects Peru's sovereignty.", {}},
        {"Chile and Peru vowed to deepen trade ties.", {"cooperation CHL-PER"}},
        {"Chile voted in favour of Peru's resolution.", {"cooperation CHL-PER"}},
        {"Chile voted for a resolution against Peru.", {}},
        {"Chile declined Peru's offer of help.", {"rejection CHL>PER"}},
        {"Chile accepted Peru's invitation to the summit.", {"cooperation CHL-PER"}},
        {"Chile called Peru an enemy of peace.", {"criticism CHL>PER"}},
        {"Chile said it would stand by Peru's enemies.", {}},
        {"Chile demanded an explanation from Peru.", {"criticism CHL>PER"}},
        {"Chile praised the attack on Peru.", {}},
        {"Chile objected to the Pope's visit to Peru.", {}},
        {"The Chilean ambassador to Peru criticised Bolivia.", {"criticism CHL>BOL"}},
        {"Chile said Peru was sabotaging the talks.", {"criticism CHL>PER"}},
        {"Chile and Peru announced a joint bid to host the games.", {"cooperation CHL-PER"}},
        {"Chile and Peru signed a truce brokered by Brazil.", {"cooperation BRA-CHL", "cooperation BRA-PER", "cooperation CHL-PER"}},
        {"Chile and Peru agreed to a truce after talks mediated by Brazil.", {"cooperation BRA-CHL", "cooperation BRA-PER", "cooperation CHL-PER"}},
        {"Chile and the Congo signed a trade deal.", {"cooperation CHL-COD"}},
        {"Chile ordered the Peruvian ambassador to leave the country.", {"criticism CHL>PER"}},
        {"Chile asked the Peruvian ambassador to explain the remarks.", {}},
        {"Chile withdrew its ambassador from Peru.", {"criticism CHL>PER"}},
        {"Chile sent a protest note to Peru.", {"criticism CHL>PER"}},
        {"Chile reacted angrily to Peru's decision.", {"criticism CHL>PER"}},
        {"Chile strongly disagreed with Peru's assessment.", {"rejection CHL>PER"}},
        {"Chile contested Peru's version of events.", {"rejection CHL>PER"}},
        {"Chile offered condolences to Peru after the earthquake.", {"cooperation CHL-PER"}},
        {"The leaders of Chile and Peru spoke by phone.", {"cooperation CHL-PER"}},
        {"Peru, Chile's closest ally, criticised Bolivia.", {"cooperation CHL-PER", "criticism PER>BOL"}},
        {"Chile is Peru's closest ally.", {"cooperation CHL-PER"}},
        {"Chile criticised Peru, Bolivia's staunchest ally against Ecuador.", {"cooperation BOL-PER", "criticism CHL>PER"}},
        {"Chile said Peru's decision was a grave mistake.", {"criticism CHL>PER"}},
        {"Peru responded angrily to the Chilean remarks.", {"criticism PER>CHL"}},
        {"Chile and Peru conducted joint patrols.", {"cooperation CHL-PER"}},
        {"Chile alleged that Peru had funded the rebels.", {"criticism CHL>PER"}},
        {"Chile charged that Peru had violated the truce.", {"criticism CHL>PER"}},
        {"Chile investigated alleged crimes by Peruvian troops.", {}},
        {"Chile will not tolerate Peru's provocations.", {"rejection CHL>PER"}},
        {"Chile expressed its appreciation to Peru for the help.", {"cooperation CHL-PER"}},
        {"Chile and Peru pledged to work together on climate change.", {"cooperation CHL-PER"}},
        {"Chile held Peru responsible for the attack.", {"criticism CHL>PER"}},
        {"Chile did not hold Peru responsible.", {}},
        {"In response to Peru's decision, Chile recalled its ambassador.", {"criticism CHL>PER"}},
        {"Chile responded to Peru's decision by recalling its ambassador.", {"criticism CHL>PER"}},
        {"Chile recalled its envoy in protest over the Peruvian decision.", {"criticism CHL>PER"}},
        {"Chile recalled its ambassador for consultations.", {}},
        {"Peru closed the border on Monday, a move that Chile condemned.", {"criticism CHL>PER"}},
        {"On Monday, Peru closed the border, a step Chile rejected.", {"rejection CHL>PER"}},
    };
    return all;
}

} // namespace

TEST(RelationPhenomenaTest, EachSentenceGivesItsRelationsAndNoOther)
{
    for (const auto& phenomenon : phenomena()) {
        auto expected = phenomenon.relations;
        std::sort(expected.begin(), expected.end());
        EXPECT_EQ(diplograph::test::relationsOf(phenomenon.sentence), expected) << phenomenon.sentence;
    }
}

TEST(RelationPhenomenaTest, BrusselsIsTheUnionOnlyOnceTheArticleNamesIt)
{
    EXPECT_EQ(diplograph::test::relationsOf("The European Union warned Hungary on Monday. Brussels criticised Hungary."),
              std::vector<std::string>{"criticism EU>HUN"});
    EXPECT_EQ(diplograph::test::relationsOf("Brussels criticised Hungary."), std::vector<std::string>{"criticism BEL>HUN"});
}

TEST(RelationPhenomenaTest, AnActNamedWithItsAuthorsIsTheirsLaterInTheArticle)
{
    using diplograph::test::relationsOf;
    using Names = std::vector<std::string>;
    EXPECT_EQ(relationsOf("The resolution, drafted by Chile and Peru, passed on Monday. Bolivia voted against it."),
              (Names{"rejection BOL>CHL", "rejection BOL>PER"}));
    EXPECT_EQ(relationsOf("Chile's proposal was discussed at the summit. Bolivia criticised it."),
              (Names{"criticism BOL>CHL"}));
    EXPECT_EQ(relationsOf("The sanctions imposed by Chile took effect on Monday. Bolivia condemned the sanctions."),
              (Names{"criticism BOL>CHL"}));
    // An object pronoun is not its own clause's subject, and cooperation verbs take no act back.
    EXPECT_EQ(relationsOf("Chile's proposal was discussed. Bolivia welcomed it."), (Names{}));
    // The accusers stand for "the accusations" a later sentence rejects.
    EXPECT_EQ(relationsOf("Chile accused Peru of spying on Monday. Peru rejected the accusations."),
              (Names{"criticism CHL>PER", "rejection PER>CHL"}));
    EXPECT_EQ(relationsOf("Chile and Peru met. Peru rejected the accusations."), (Names{"cooperation CHL-PER"}));
    // A named act keeps its owner a few paragraphs on; a quotation may open the evaluation.
    EXPECT_EQ(relationsOf("Chile condemned a Peruvian missile strike. Bolivia met Chile. Ecuador met Chile. Uruguay met "
                          "Chile. Argentina met Chile. Brazil described the strike as \"a reckless escalation\"."),
              (Names{"cooperation ARG-CHL", "cooperation BOL-CHL", "cooperation CHL-ECU", "cooperation CHL-URY",
                     "criticism BRA>PER", "criticism CHL>PER"}));
    EXPECT_EQ(relationsOf("In a joint statement, Chile and Peru condemned Bolivia."),
              (Names{"cooperation CHL-PER", "criticism CHL>BOL", "criticism PER>BOL"}));
    // Whoever welcomes a ruling does not welcome those who rejected it.
    EXPECT_EQ(relationsOf("Chile rejected a ruling by the ICJ ordering it to pay. Peru welcomed the decision."),
              (Names{"cooperation ICJ-PER", "rejection CHL>ICJ"}));
    // A letter stands for whoever wrote it.
    EXPECT_EQ(relationsOf("The Peruvian president wrote to Bolivia's leader that the plan was sound. Bolivia welcomed "
                          "the letter."),
              (Names{"cooperation BOL-PER"}));
    EXPECT_EQ(relationsOf("Chile criticised Peru's navy. Peru dismissed the criticism."),
              (Names{"criticism CHL>PER", "rejection PER>CHL"}));
    // A counterpart named after the role is that person later in the article.
    EXPECT_EQ(relationsOf("The Chilean minister Ana Ruiz met her Peruvian counterpart Luis Soto. Soto criticised Bolivia."),
              (Names{"cooperation CHL-PER", "criticism PER>BOL"}));
    // Four sentences on, the act is too far back to be "it".
    EXPECT_EQ(relationsOf("Chile's proposal was discussed. Trade fell. Exports fell. Prices rose. Bolivia rejected it."),
              (Names{}));
}

TEST(RelationPhenomenaTest, GroupingsWithNoCodeStandForTheirMembers)
{
    using diplograph::test::relationsOf;
    using Names = std::vector<std::string>;
    EXPECT_EQ(relationsOf("Iran condemned the E3."), (Names{"criticism IRN>DEU", "criticism IRN>FRA", "criticism IRN>GBR"}));
    EXPECT_EQ(relationsOf("The Quint supports Kosovo."),
              (Names{"cooperation DEU-XKX", "cooperation FRA-XKX", "cooperation GBR-XKX", "cooperation ITA-XKX",
                     "cooperation USA-XKX"}));
}

TEST(RelationPhenomenaTest, TheyInAQuotationIsNotTheSpeakersSide)
{
    // Chile's speaker would say "we": "them" is someone else, and with no one else named, no one.
    EXPECT_EQ(diplograph::test::relationsOf("Chilean officials spoke on Monday. \"Peru supports them,\" the Chilean "
                                            "foreign minister said."),
              std::vector<std::string>{});
}
