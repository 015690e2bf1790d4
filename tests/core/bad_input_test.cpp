// Any input gives a result or a clear error: never a crash or a hang.
#include "extract_helpers.h"

#include <gtest/gtest.h>

#include <random>

using namespace diplograph;

TEST(BadInputTest, EmptyAndWhitespaceAreClearErrors)
{
    for (const std::string& input : {std::string(), std::string(" \n\t\n")}) {
        const auto result = core::extractBytes(input, test::lexicon());
        ASSERT_FALSE(result.ok());
        EXPECT_EQ(result.error().code, core::ErrorCode::Empty);
        EXPECT_FALSE(result.error().message.empty());
    }
}

TEST(BadInputTest, BinaryIsAClearError)
{
    std::string binary(4096, '\0');
    std::mt19937 random(7);
    for (auto& byte : binary) {
        byte = static_cast<char>(random() % 256);
    }
    const auto result = core::extractBytes(binary, test::lexicon());
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, core::ErrorCode::Binary);
}

TEST(BadInputTest, ArticleWithoutActorsGivesAnEmptyResult)
{
    const auto result = test::extractText("The weather was mild and the harvest was good this year.");
    EXPECT_TRUE(result.actors.empty());
    EXPECT_TRUE(result.relations.empty());
    EXPECT_EQ(result.sentences.size(), 1u);
}

TEST(BadInputTest, HtmlIsStrippedAndOffsetsPointIntoTheHtml)
{
    const std::string html = "<html><head><title>Row</title><style>p{}</style></head><body>"
                             "<p>Iran <b>condemned</b> Israel &amp; the US.</p><script>var x='<p>';</script></body></html>";
    const auto result = core::extractBytes(html, test::lexicon());
    ASSERT_TRUE(result.ok()) << result.error().message;
    ASSERT_FALSE(result->relations.empty());
    for (const auto& relation : result->relations) {
        for (const auto& evidence : relation.evidence) {
            EXPECT_EQ(evidence.quote, html.substr(evidence.range.start, evidence.range.size()));
            EXPECT_EQ(evidence.trigger.text, "condemned");
        }
    }
}

TEST(BadInputTest, FiftyMegabytesOfNewsExtractsWithValidOffsets)
{
    const std::string paragraph = "Iran condemned Israel on Monday. The European Union and Japan signed a trade "
                                  "agreement, officials said. \xE2\x80\x9CWe reject the claims,\xE2\x80\x9D Russia said.\n";
    std::string text;
    text.reserve(50u * 1024u * 1024u + paragraph.size());
    while (text.size() < 50u * 1024u * 1024u) {
        text += paragraph;
    }
    const auto result = core::extractBytes(text, test::lexicon());
    ASSERT_TRUE(result.ok()) << result.error().message;
    EXPECT_GT(result->sentences.size(), 1000000u);
    ASSERT_FALSE(result->relations.empty());
    const auto& evidence = result->relations.front().evidence.back();
    EXPECT_EQ(evidence.quote, text.substr(evidence.range.start, evidence.range.size()));
}

TEST(BadInputTest, RandomTextNeverCrashes)
{
    std::mt19937 random(11);
    const std::vector<std::string> pieces = {"Iran", " and ", "the ", "U.S.", " condemned ", "\xE2\x80\x99s ", ", ",
                                             ". ", "it ", "\"", "?", "-", "Iraq-Iran ", "\xff", "\n\n", "by ",
                                             "pact ", "between ", "not ", "its ", "they "};
    for (int round = 0; round < 300; ++round) {
        std::string text = "x";
        for (int i = 0; i < 60; ++i) {
            text += pieces[random() % pieces.size()];
        }
        const auto result = core::extractBytes(text, test::lexicon(), core::InputFormat::PlainText);
        if (result.ok()) {
            for (const auto& relation : result->relations) {
                for (const auto& evidence : relation.evidence) {
                    ASSERT_LE(evidence.range.end, text.size());
                }
            }
        }
    }
}

TEST(BadInputTest, TriggerOpeningASentenceWithoutSubject)
{
    // Found by fuzz-extract: a trigger as a sentence's first token once read before the sentence.
    const auto result = test::extractText("Envoys met in Ankara.\ndismissed the offer.\n\"Rejected,\" Iran said.");
    for (const auto& relation : result.relations) {
        EXPECT_FALSE(relation.evidence.empty());
    }
}
