#include "diplograph/text.h"

#include <gtest/gtest.h>

using namespace diplograph::core;

namespace {

Document load(const std::string& input)
{
    auto document = loadDocument(input, InputFormat::PlainText);
    EXPECT_TRUE(document.ok());
    return document ? std::move(document).value() : Document{};
}

std::vector<std::string> texts(const std::string& input)
{
    const Document document = load(input);
    std::vector<std::string> out;
    for (const auto& token : tokenize(document, {0, document.text.size()})) {
        out.emplace_back(token.text);
    }
    return out;
}

using Strings = std::vector<std::string>;

} // namespace

TEST(TokenizerTest, SplitsHyphensAndPossessives)
{
    EXPECT_EQ(texts("Iraq-Iran ties: China's and Israelis' view."),
              (Strings{"Iraq", "-", "Iran", "ties", ":", "China", "'s", "and", "Israelis", "'", "view", "."}));
}

TEST(TokenizerTest, KeepsDottedAbbreviationsWhole)
{
    EXPECT_EQ(texts("U.S.-led U.N. forces, e.g. in the U.S.A."),
              (Strings{"U.S.", "-", "led", "U.N.", "forces", ",", "e.g.", "in", "the", "U.S.A."}));
    EXPECT_EQ(texts("Mr. Smith met Gen. Jones."), (Strings{"Mr.", "Smith", "met", "Gen.", "Jones", "."}));
    EXPECT_EQ(texts("the U.S, a.m.-ish, A.1 and Iraq.A"),
              (Strings{"the", "U.S", ",", "a.m.", "-", "ish", ",", "A", ".", "1", "and", "Iraq", ".", "A"}));
}

TEST(TokenizerTest, KeepsNumbersWhole)
{
    EXPECT_EQ(
        texts("1.1 billion, 19 jets, 2,000 troops, 3.5% in 2025."),
        (Strings{"1.1", "billion", ",", "19", "jets", ",", "2,000", "troops", ",", "3.5", "%", "in", "2025", "."}));
    const Document document = load("worth 1.1 billion on the 17th");
    const auto tokens = tokenize(document, {0, document.text.size()});
    ASSERT_EQ(tokens.size(), 6u);
    EXPECT_EQ(tokens[1].kind, TokenKind::Number);
    EXPECT_EQ(tokens[5].text, "17th");
    EXPECT_EQ(tokens[5].kind, TokenKind::Word);
}

TEST(TokenizerTest, DescribesCaseAndSpacing)
{
    const Document document = load("NATO's Iran \"deal\" u.s. Été");
    const auto tokens = tokenize(document, {0, document.text.size()});
    ASSERT_EQ(tokens.size(), 8u);
    EXPECT_EQ(tokens[0].text, "NATO");
    EXPECT_TRUE(tokens[0].allCaps);
    EXPECT_TRUE(tokens[0].capitalised);
    EXPECT_EQ(tokens[0].lower, "nato");
    EXPECT_FALSE(tokens[1].spaceBefore); // 's
    EXPECT_EQ(tokens[1].lower, "'s");
    EXPECT_TRUE(tokens[2].capitalised);
    EXPECT_FALSE(tokens[2].allCaps);
    EXPECT_TRUE(tokens[2].spaceBefore);
    EXPECT_EQ(tokens[3].kind, TokenKind::Punctuation);
    EXPECT_FALSE(tokens[4].spaceBefore);
    EXPECT_FALSE(tokens[6].capitalised); // u.s.
    EXPECT_EQ(tokens[7].text, "Été");
    EXPECT_TRUE(tokens[7].capitalised);
    EXPECT_EQ(tokens[7].lower, "Été"); // non-ASCII is kept as written
}

TEST(TokenizerTest, TreatsNonAsciiLettersAsWordCharacters)
{
    EXPECT_EQ(texts("Erdoğan met Лавров and 習近平 in Zürich; café—done"),
              (Strings{"Erdoğan", "met", "Лавров", "and", "習近平", "in", "Zürich", ";", "café", "-", "done"}));
}

TEST(TokenizerTest, RangesPointIntoTextWithinTheRequestedRange)
{
    const Document document = load("First one. Second, with \xE2\x80\x9Cquotes\xE2\x80\x9D.");
    const auto sentences = splitSentences(document);
    ASSERT_EQ(sentences.size(), 2u);
    const auto tokens = tokenize(document, sentences[1].textRange);
    ASSERT_EQ(tokens.size(), 7u);
    for (const auto& token : tokens) {
        EXPECT_TRUE(sentences[1].textRange.contains(token.range));
        EXPECT_EQ(document.text.substr(token.range.start, token.range.size()), token.text);
    }
    EXPECT_EQ(tokens[0].text, "Second");
    EXPECT_EQ(tokens[3].text, "\"");
    EXPECT_EQ(tokens[4].text, "quotes");
}

TEST(TokenizerTest, ClampsRangesOutsideTheText)
{
    const Document document = load("Iran agreed.");
    EXPECT_TRUE(tokenize(document, {100, 200}).empty());
    EXPECT_EQ(tokenize(document, {5, 1000}).size(), 2u);
}
