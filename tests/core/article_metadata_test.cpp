// Article dates from HTML metadata and datelines, and the page's own URL (core/src/text/article_metadata.cpp).
#include "diplograph/article_metadata.h"
#include "diplograph/extract.h"

#include <gtest/gtest.h>

namespace diplograph::core {
namespace {

std::optional<std::string> dateOf(const std::string& text, const std::string& reference = "2024-07-01",
                                  InputFormat format = InputFormat::Auto)
{
    static const auto lexicon = Lexicon::builtin();
    const auto result = extractBytes(text, *lexicon, format);
    EXPECT_TRUE(result) << (result ? "" : result.error().message);
    return result ? findArticleDate(text, *result, reference) : std::nullopt;
}

TEST(ArticleDateTest, OpenGraphPublishedTimeInEitherAttributeOrder)
{
    EXPECT_EQ(dateOf("<html><head><meta property=\"article:published_time\" content=\"2023-11-05T22:10:00-05:00\">"
                     "</head><body><p>Chile thanked Peru.</p></body></html>"),
              "2023-11-05");
    EXPECT_EQ(dateOf("<html><head><meta content='2022-03-09' name='pubdate'></head><body><p>Text here.</p></body></html>"),
              "2022-03-09");
}

TEST(ArticleDateTest, JsonLdThenTimeElement)
{
    EXPECT_EQ(dateOf("<html><head><script type=\"application/ld+json\">{\"datePublished\": \"2021-12-31T23:59:00Z\"}"
                     "</script></head><body><p>Text here.</p></body></html>"),
              "2021-12-31");
    EXPECT_EQ(dateOf("<html><body><p>Posted <time datetime=\"2020-02-29\">29 Feb</time>.</p><p>Text here.</p>"
                     "</body></html>"),
              "2020-02-29");
}

TEST(ArticleDateTest, ImpossibleMetadataDateIsIgnored)
{
    EXPECT_EQ(dateOf("<html><head><meta name=\"date\" content=\"2023-02-30\"></head><body><p>Text here.</p></body>"
                     "</html>"),
              std::nullopt);
}

TEST(ArticleDateTest, DatelineWithYear)
{
    EXPECT_EQ(dateOf("Talks resume\n\nOSLO, September 4, 2019 (Example Wire) - Norway welcomed the talks.\n"), "2019-09-04");
    EXPECT_EQ(dateOf("Talks resume\n\nOSLO, 4 Sept. 2019 - Norway welcomed the talks.\n"), "2019-09-04");
}

TEST(ArticleDateTest, DatelineWithoutYearTakesTheLatestPastDay)
{
    const std::string text = "Visit ends\n\nTEHRAN, Jun. 18 (MNA) - Iran criticised the visit.\n";
    EXPECT_EQ(dateOf(text, "2024-07-01"), "2024-06-18");
    // Imported in January, a June dateline is last year's.
    EXPECT_EQ(dateOf(text, "2025-01-03"), "2024-06-18");
}

TEST(ArticleDateTest, NoDateAnywhere)
{
    EXPECT_EQ(dateOf("A title\n\nNothing here says when it was written.\n"), std::nullopt);
}

TEST(ArticleUrlTest, CanonicalLinkBeatsOpenGraphAndEntitiesAreDecoded)
{
    EXPECT_EQ(findArticleUrl("<head><meta property=\"og:url\" content=\"https://m.example.org/a\">"
                             "<link href=\"https://example.org/a?id=7&amp;p=2\" rel=\"canonical\"></head>"),
              "https://example.org/a?id=7&p=2");
    EXPECT_EQ(findArticleUrl("<head><meta property='og:url' content='http://example.net/b'></head>"),
              "http://example.net/b");
}

TEST(ArticleUrlTest, RelativeOrMissingAddressIsNone)
{
    EXPECT_EQ(findArticleUrl("<head><link rel=\"canonical\" href=\"/story/9\"></head>"), std::nullopt);
    EXPECT_EQ(findArticleUrl("Plain text, no markup."), std::nullopt);
}

} // namespace
} // namespace diplograph::core
