// Sentences far longer than any real one extract in about linear time, with every range still inside the input.
#include "extract_helpers.h"

#include <chrono>
#include <gtest/gtest.h>

using namespace diplograph;

namespace {

double secondsToExtract(const std::string& text, core::ArticleResult* out = nullptr)
{
    const auto start = std::chrono::steady_clock::now();
    auto result = test::extractText(text);
    const std::chrono::duration<double> elapsed = std::chrono::steady_clock::now() - start;
    if (out) {
        *out = std::move(result);
    }
    return elapsed.count();
}

std::string repeated(const std::string& piece, std::size_t bytes)
{
    std::string text;
    while (text.size() < bytes) {
        text += piece;
    }
    return text;
}

void expectRangesInside(const core::ArticleResult& result, const std::string& text)
{
    for (const auto& relation : result.relations) {
        for (const auto& evidence : relation.evidence) {
            ASSERT_LE(evidence.range.end, text.size());
            EXPECT_EQ(evidence.quote, text.substr(evidence.range.start, evidence.range.size()));
            EXPECT_TRUE(evidence.range.contains(evidence.trigger.range));
        }
    }
}

} // namespace

// Before the fix, 64 KB of "Chile, " took about 20 s and 256 KB minutes (quadratic and worse).
TEST(LongSentenceTest, ListOfNamesExtractsInLinearTime)
{
    const std::string text = repeated("Chile, Peru, ", 256 * 1024) + "and Bolivia signed a treaty.";
    core::ArticleResult result;
    EXPECT_LT(secondsToExtract(text, &result), 10.0);
    ASSERT_EQ(result.sentences.size(), 1u);
    expectRangesInside(result, text);
    EXPECT_FALSE(result.relations.empty()) << "the last window still finds the treaty";
}

TEST(LongSentenceTest, ChainOfClausesExtractsInLinearTime)
{
    const std::string text = repeated("Chile praised Peru and Peru thanked Chile and ", 256 * 1024) + "they met.";
    core::ArticleResult result;
    EXPECT_LT(secondsToExtract(text, &result), 10.0);
    expectRangesInside(result, text);
    ASSERT_FALSE(result.relations.empty());
    // A window's quote is that window, not the whole quarter-megabyte sentence.
    EXPECT_LT(result.relations.front().evidence.front().quote.size(), 64u * 1024u);
}

TEST(LongSentenceTest, ManyPronounsAndNegationsStayLinear)
{
    const std::string text = repeated("it did not condemn them, ", 256 * 1024) + "Chile condemned Peru.";
    EXPECT_LT(secondsToExtract(text), 10.0);
}
