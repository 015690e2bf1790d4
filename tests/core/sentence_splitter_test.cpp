#include "diplograph/text.h"
#include "test_paths.h"

#include <filesystem>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <set>

using namespace diplograph::core;

namespace {

// The sentences of `input` as written in the original bytes.
std::vector<std::string> sentencesOf(const std::string& input, InputFormat format = InputFormat::PlainText)
{
    auto document = loadDocument(input, format);
    EXPECT_TRUE(document.ok()) << (document.ok() ? "" : document.error().message);
    std::vector<std::string> out;
    if (!document) {
        return out;
    }
    for (const auto& sentence : splitSentences(*document)) {
        out.push_back(document->original.substr(sentence.range.start, sentence.range.size()));
    }
    return out;
}

using Strings = std::vector<std::string>;

} // namespace

TEST(SentenceSplitterTest, SplitsSimpleSentences)
{
    EXPECT_EQ(sentencesOf("Iran met Iraq. They signed a pact! Was it wise? Nobody knows."),
              (Strings{"Iran met Iraq.", "They signed a pact!", "Was it wise?", "Nobody knows."}));
}

TEST(SentenceSplitterTest, KeepsUSAbbreviationInside)
{
    EXPECT_EQ(sentencesOf("The U.S. State Department said the U.N. Security Council would meet."),
              (Strings{"The U.S. State Department said the U.N. Security Council would meet."}));
}

TEST(SentenceSplitterTest, SplitsAfterUSWhenANewSentenceOpens)
{
    EXPECT_EQ(sentencesOf("The envoy flew to the U.S. The next day he met officials."),
              (Strings{"The envoy flew to the U.S.", "The next day he met officials."}));
}

TEST(SentenceSplitterTest, KeepsTitlesAndInitialsInside)
{
    EXPECT_EQ(sentencesOf("Mr. Smith met Gen. Jones and Dr. Who. George W. Bush and J. R. R. Tolkien came too."),
              (Strings{"Mr. Smith met Gen. Jones and Dr. Who.", "George W. Bush and J. R. R. Tolkien came too."}));
    EXPECT_EQ(sentencesOf("J. A. Smith arrived. He used Plan B. The plan worked."),
              (Strings{"J. A. Smith arrived.", "He used Plan B.", "The plan worked."}));
}

TEST(SentenceSplitterTest, KeepsDecimalsAndDatesInside)
{
    EXPECT_EQ(sentencesOf("Arms worth 1.1 billion dollars rose 3.5% on Sept. 5 and No. 10 agreed. Then it fell."),
              (Strings{"Arms worth 1.1 billion dollars rose 3.5% on Sept. 5 and No. 10 agreed.", "Then it fell."}));
}

TEST(SentenceSplitterTest, SplitsAfterAbbreviationsThatEndSentences)
{
    EXPECT_EQ(sentencesOf("They met at 5 p.m. The talks failed. Samsung Co. It grew, etc. But no."),
              (Strings{"They met at 5 p.m.", "The talks failed.", "Samsung Co.", "It grew, etc.", "But no."}));
    EXPECT_EQ(sentencesOf("The answer was no. The talks ended in Jan. They resume on Jan. 5."),
              (Strings{"The answer was no.", "The talks ended in Jan.", "They resume on Jan. 5."}));
}

TEST(SentenceSplitterTest, KeepsQuotedSpeechWithItsSpeaker)
{
    EXPECT_EQ(sentencesOf("\"We will respond,\" the minister said. \"This is unacceptable.\" He left."),
              (Strings{"\"We will respond,\" the minister said.", "\"This is unacceptable.\"", "He left."}));
    EXPECT_EQ(sentencesOf("He asked: \"Is it over?\" and left. 'Yes,' she said."),
              (Strings{"He asked: \"Is it over?\" and left.", "'Yes,' she said."}));
}

TEST(SentenceSplitterTest, KeepsClosingQuoteInside)
{
    EXPECT_EQ(sentencesOf("He said, \xE2\x80\x9CWe refuse.\xE2\x80\x9D The talks ended. \"Why?\" she asked."),
              (Strings{"He said, \xE2\x80\x9CWe refuse.\xE2\x80\x9D", "The talks ended.", "\"Why?\" she asked."}));
}

TEST(SentenceSplitterTest, EveryLineIsAParagraph)
{
    EXPECT_EQ(sentencesOf("First line without period\nSecond line.\r\nThird line"),
              (Strings{"First line without period", "Second line.", "Third line"}));
}

TEST(SentenceSplitterTest, HandlesEllipsis)
{
    EXPECT_EQ(sentencesOf("He paused... and went on. Then... Nothing happened."),
              (Strings{"He paused... and went on.", "Then...", "Nothing happened."}));
}

TEST(SentenceSplitterTest, MarksHeadlineAsSentenceZero)
{
    auto document = loadDocument("China slams US deal\n\nChina condemned the deal. It said so.");
    ASSERT_TRUE(document.ok());
    const auto sentences = splitSentences(*document);
    ASSERT_EQ(sentences.size(), 3u);
    EXPECT_TRUE(sentences[0].headline);
    EXPECT_FALSE(sentences[1].headline);
    EXPECT_EQ(document->original.substr(sentences[0].range.start, sentences[0].range.size()), "China slams US deal");
    for (std::size_t i = 0; i < sentences.size(); ++i) {
        EXPECT_EQ(sentences[i].id, static_cast<int>(i));
    }
}

TEST(SentenceSplitterTest, KeepsDatelinesInTheFirstSentence)
{
    const std::vector<std::pair<std::string, std::string>> cases = {
        {"MOSCOW, May 15. /TASS/. Moscow will respond. It said so.", "MOSCOW, May 15. /TASS/. Moscow will respond."},
        {"TEHRAN, Jun. 18 (MNA) \xE2\x80\x93 Iraq summoned the envoy. It said so.",
         "TEHRAN, Jun. 18 (MNA) \xE2\x80\x93 Iraq summoned the envoy."},
        {"TEHRAN - The ministry condemned it. It said so.", "TEHRAN - The ministry condemned it."},
        {"WASHINGTON (Reuters) - The U.S. agreed. It said so.", "WASHINGTON (Reuters) - The U.S. agreed."},
        {"BEIJING, Sept. 5 (Xinhua) -- China agreed. It said so.", "BEIJING, Sept. 5 (Xinhua) -- China agreed."},
        {"Taipei, Sept. 12 (CNA) Taiwan denounced it. It said so.", "Taipei, Sept. 12 (CNA) Taiwan denounced it."},
        {"UNITED NATIONS, Jan. 5, 2024 (AP) \xE2\x80\x94 The U.N. met. It said so.",
         "UNITED NATIONS, Jan. 5, 2024 (AP) \xE2\x80\x94 The U.N. met."},
        {"ISLAMABAD, Pakistan \xE2\x80\x94 Talks began. It said so.", "ISLAMABAD, Pakistan \xE2\x80\x94 Talks began."},
        {"NEW DELHI: India objected. It said so.", "NEW DELHI: India objected."},
        {"OSLO. June 2 (Reuters) - Norway and Chile met. It said so.",
         "OSLO. June 2 (Reuters) - Norway and Chile met."},
        {"Kyiv, 5 May 2023. /Ukrinform/. Kyiv filed suit. It said so.",
         "Kyiv, 5 May 2023. /Ukrinform/. Kyiv filed suit."},
    };
    for (const auto& [input, first] : cases) {
        auto document = loadDocument("Headline here\n\n" + input);
        ASSERT_TRUE(document.ok());
        const auto sentences = splitSentences(*document);
        ASSERT_EQ(sentences.size(), 3u) << input;
        EXPECT_EQ(document->original.substr(sentences[1].range.start, sentences[1].range.size()), first);
        EXPECT_TRUE(sentences[1].dateline) << input;
        EXPECT_FALSE(sentences[2].dateline) << input;
    }
}

TEST(SentenceSplitterTest, DoesNotTakeAnOrdinaryOpeningForADateline)
{
    for (const std::string body : {"Iran, Iraq and Syria met. They agreed.", "In Gaza - the talks failed. They agreed.",
                                   "The minister, May said. They agreed."}) {
        auto document = loadDocument("Headline here\n\n" + body);
        ASSERT_TRUE(document.ok());
        const auto sentences = splitSentences(*document);
        ASSERT_EQ(sentences.size(), 3u) << body;
        EXPECT_FALSE(sentences[1].dateline) << body;
    }
}

TEST(SentenceSplitterTest, RangesMapToOriginalAndExcludeWhitespace)
{
    const std::string input = "  \xE2\x80\x9CNo,\xE2\x80\x9D said\xC2\xA0the envoy.   \n\n  It ended\xE2\x80\x94"
                              "badly.  ";
    auto document = loadDocument(input);
    ASSERT_TRUE(document.ok());
    const auto sentences = splitSentences(*document);
    ASSERT_EQ(sentences.size(), 2u);
    EXPECT_EQ(input.substr(sentences[0].range.start, sentences[0].range.size()),
              "\xE2\x80\x9CNo,\xE2\x80\x9D said\xC2\xA0the envoy.");
    EXPECT_EQ(document->text.substr(sentences[0].textRange.start, sentences[0].textRange.size()),
              "\"No,\" said the envoy.");
    EXPECT_EQ(input.substr(sentences[1].range.start, sentences[1].range.size()), "It ended\xE2\x80\x94"
                                                                                 "badly.");
}

// Every evidence sentence the annotators copied should come out of the splitter as one whole sentence.
TEST(SentenceSplitterTest, ReproducesCorpusEvidenceSentences)
{
    const auto corpus = diplograph::test::corpusDir();
    if (!corpus) {
        GTEST_SKIP() << "corpus not found (set DIPLOGRAPH_CORPUS)";
    }
    std::vector<std::filesystem::path> golds = {*corpus / "seed.gold.json"};
    for (const auto& entry : std::filesystem::directory_iterator(*corpus / "dev")) {
        if (entry.path().string().ends_with(".gold.json")) {
            golds.push_back(entry.path());
        }
    }
    std::size_t total = 0;
    std::size_t matched = 0;
    for (const auto& gold : golds) {
        const auto json = nlohmann::json::parse(diplograph::test::readFile(gold));
        std::string txt = gold.string();
        txt.replace(txt.size() - std::string(".gold.json").size(), std::string::npos, ".txt");
        auto document = loadDocument(diplograph::test::readFile(txt));
        ASSERT_TRUE(document.ok()) << txt;
        std::set<std::string> sentences;
        for (const auto& sentence : splitSentences(*document)) {
            sentences.insert(document->original.substr(sentence.range.start, sentence.range.size()));
        }
        std::set<std::string> evidence;
        for (const auto& relation : json["relations"]) {
            for (const auto& quote : relation["evidence"]) {
                evidence.insert(quote.get<std::string>());
            }
        }
        for (const auto& quote : evidence) {
            ++total;
            if (sentences.count(quote) > 0) {
                ++matched;
            } else {
                std::cout << "[ unmatched ] " << gold.filename().string() << ": " << quote << "\n";
            }
        }
    }
    std::cout << "[ evidence  ] " << matched << " of " << total << " evidence sentences match a whole sentence\n";
    ASSERT_GT(total, 50u);
    // Measured: 244 of 246 on the 36 dev articles; one miss is a quote the annotator cut inside a multi-sentence
    // quotation, the other a sentence split after the unusual abbreviation "Ma." of a Filipino first name.
    EXPECT_GE(matched * 100, total * 99);
}

// The PLOVER gold records are one sentence each; none may be cut.
TEST(SentenceSplitterTest, KeepsPloverSentencesWhole)
{
    const auto corpus = diplograph::test::corpusDir();
    if (!corpus || !std::filesystem::is_directory(*corpus / "plover")) {
        GTEST_SKIP() << "corpus not found (set DIPLOGRAPH_CORPUS)";
    }
    int files = 0;
    for (const auto& entry : std::filesystem::directory_iterator(*corpus / "plover")) {
        if (entry.path().extension() != ".txt") {
            continue;
        }
        auto document = readDocument(entry.path().string());
        ASSERT_TRUE(document.ok()) << entry.path();
        const auto sentences = splitSentences(*document);
        EXPECT_EQ(sentences.size(), 1u) << entry.path();
        EXPECT_FALSE(document->title.has_value()) << entry.path();
        ++files;
    }
    EXPECT_GT(files, 100);
}
