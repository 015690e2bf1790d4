#include "diplograph/text.h"
#include "test_paths.h"

#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>

using namespace diplograph::core;

namespace {

Document load(const std::string& input, InputFormat format = InputFormat::Auto)
{
    auto document = loadDocument(input, format);
    EXPECT_TRUE(document.ok()) << (document.ok() ? "" : document.error().message);
    return document ? std::move(document).value() : Document{};
}

// The original bytes behind text[start, start + length).
std::string originalOf(const Document& document, std::size_t start, std::size_t length)
{
    const ByteRange range = document.toOriginal({start, start + length});
    return document.original.substr(range.start, range.size());
}

// The original bytes behind the first occurrence of `needle` in Document::text.
std::string originalOf(const Document& document, std::string_view needle)
{
    const std::size_t at = document.text.find(needle);
    EXPECT_NE(at, std::string::npos) << needle << " not in: " << document.text;
    return at == std::string::npos ? std::string() : originalOf(document, at, needle.size());
}

} // namespace

TEST(DocumentTest, NormalisesQuotesDashesAndSpaces)
{
    const auto document = load("\xE2\x80\x98"
                               "a\xE2\x80\x99 \xE2\x80\x9C"
                               "b\xE2\x80\x9D \xE2\x80\x9E"
                               "c"
                               " x\xE2\x80\x93y\xE2\x80\x94z\xE2\x88\x92"
                               "1 a\xC2\xA0"
                               "b\xE2\x80\x89"
                               "c");
    EXPECT_EQ(document.text, "'a' \"b\" \"c x-y-z-1 a b c");
}

TEST(DocumentTest, RemovesInvisibleCharactersAndFoldsLineEnds)
{
    const auto document = load("co\xC2\xADop\xE2\x80\x8B"
                               "eration\r\nnext\rline");
    EXPECT_EQ(document.text, "cooperation\nnext\nline");
    EXPECT_EQ(originalOf(document, "cooperation"), "co\xC2\xADop\xE2\x80\x8B"
                                                   "eration");
}

TEST(DocumentTest, KeepsIdentityRunsInOneSegment)
{
    const auto document = load(std::string(100000, 'a') + " b");
    EXPECT_EQ(document.segments.size(), 1u);
    EXPECT_EQ(document.toOriginal({10, 20}), (ByteRange{10, 20}));
}

TEST(DocumentTest, MapsReplacedRunsToWholeOriginalCharacters)
{
    const std::string input = "Iraq\xE2\x80\x99s ally \xE2\x80\x9Cwins\xE2\x80\x9D.";
    const auto document = load(input);
    ASSERT_EQ(document.text, "Iraq's ally \"wins\".");
    EXPECT_EQ(originalOf(document, "'s"), "\xE2\x80\x99s");
    EXPECT_EQ(originalOf(document, "\"wins\"."), "\xE2\x80\x9Cwins\xE2\x80\x9D.");
    // Every single text byte maps to whole UTF-8 characters of the original.
    for (std::size_t i = 0; i < document.text.size(); ++i) {
        const ByteRange range = document.toOriginal({i, i + 1});
        ASSERT_LE(range.end, input.size());
        EXPECT_NE(static_cast<unsigned char>(input[range.start]) & 0xC0, 0x80) << i;
        EXPECT_TRUE(range.end == input.size() || (static_cast<unsigned char>(input[range.end]) & 0xC0) != 0x80) << i;
    }
}

TEST(DocumentTest, ReplacesInvalidUtf8AndWarns)
{
    const auto document = load(std::string("ok \xFF\xC3 and \xED\xA0\x80 and \xE2\x82 end", 22));
    EXPECT_EQ(document.text.find("\xFF"), std::string::npos);
    EXPECT_NE(document.text.find("\xEF\xBF\xBD"), std::string::npos);
    ASSERT_EQ(document.warnings.size(), 1u);
    EXPECT_NE(document.warnings[0].find("invalid UTF-8"), std::string::npos) << document.warnings[0];
    EXPECT_NE(document.warnings[0].find("replaced 6 "), std::string::npos) << document.warnings[0];
}

TEST(DocumentTest, FindsThePlainTextHeadline)
{
    EXPECT_EQ(load("China slams US deal\n\nBody text here.").title, "China slams US deal");
    EXPECT_EQ(load("Venezuelan FM warns U.S.\n\nBody text here.").title, "Venezuelan FM warns U.S.");
    EXPECT_FALSE(load("A body sentence that ends with a period.\n\nMore body.").title.has_value());
    EXPECT_FALSE(load("First line\nSecond line\n\nThird.").title.has_value());
    EXPECT_FALSE(load(std::string(250, 'x') + "\n\nBody.").title.has_value());
}

TEST(DocumentTest, StripsHtmlAndDecodesEntities)
{
    const std::string input =
        "<!DOCTYPE html><html><head><title>Site | Page</title><style>p{color:red}</style>"
        "<script>var s = \"<p>not text</p>\";</script></head><body><!-- a comment -->"
        "<h1>Iran &amp; Iraq agree</h1><p>Tehran&rsquo;s envoy said &#8220;yes&#x201D; &mdash; twice.</p>"
        "<p>Line one<br>Line&nbsp;two</p></body></html>";
    const auto document = load(input);
    EXPECT_EQ(document.text, "Iran & Iraq agree\nTehran's envoy said \"yes\" - twice.\nLine one\nLine two");
    EXPECT_EQ(document.title, "Iran & Iraq agree");
    EXPECT_EQ(originalOf(document, "Tehran's envoy said \"yes\" - twice."),
              "Tehran&rsquo;s envoy said &#8220;yes&#x201D; &mdash; twice.");
}

TEST(DocumentTest, UsesHtmlTitleWithoutH1)
{
    const auto document = load("<html><head><title>EU &amp; UN meet</title></head><body><p>Text.</p></body></html>");
    EXPECT_EQ(document.title, "EU & UN meet");
    const auto sentences = splitSentences(document);
    ASSERT_EQ(sentences.size(), 2u);
    EXPECT_TRUE(sentences[0].headline);
    EXPECT_EQ(document.original.substr(sentences[0].range.start, sentences[0].range.size()), "EU &amp; UN meet");
}

TEST(DocumentTest, HtmlSentenceRangesExcludeTagsAtTheEdges)
{
    const auto document = load("<p><b>Iran agreed.</b> <i>Iraq refused.</i></p>", InputFormat::Html);
    const auto sentences = splitSentences(document);
    ASSERT_EQ(sentences.size(), 2u);
    EXPECT_EQ(document.original.substr(sentences[0].range.start, sentences[0].range.size()), "Iran agreed.");
    EXPECT_EQ(document.original.substr(sentences[1].range.start, sentences[1].range.size()), "Iraq refused.");
}

TEST(DocumentTest, SurvivesBrokenHtml)
{
    const auto unclosedScript = load("<html><body><p>Visible.</p><script>var a = 1; <p>hidden", InputFormat::Html);
    EXPECT_EQ(unclosedScript.text, "Visible.");
    const auto lessThan = load("<p>a < b and c <d", InputFormat::Html);
    EXPECT_EQ(lessThan.text, "a < b and c <d");
    const auto hugeReference = load("<p>x &#99999999; &#0; &bogus; &#xD800; y</p>", InputFormat::Html);
    EXPECT_EQ(hugeReference.text, "x \xEF\xBF\xBD \xEF\xBF\xBD &bogus; \xEF\xBF\xBD y");
}

TEST(DocumentTest, DetectsHtmlAutomatically)
{
    EXPECT_EQ(load("<p>One</p><p>Two</p><div>Three</div>").text, "One\nTwo\nThree");
    EXPECT_EQ(load("Plain text with a <b> in it.").text, "Plain text with a <b> in it.");
}

TEST(DocumentTest, StripsMarkdown)
{
    const std::string input = "# Iran and *Iraq* sign a pact\n\nThe **deal** was [announced](http://x.y) "
                              "in `Baghdad`.\n- Item one\n> Quoted\n---\nsnake_case stays\r\n";
    const auto document = load(input, InputFormat::Markdown);
    EXPECT_EQ(document.text, "Iran and Iraq sign a pact\n\nThe deal was announced in Baghdad.\nItem one\nQuoted\n\n"
                             "snake_case stays\n");
    EXPECT_EQ(document.title, "Iran and Iraq sign a pact");
    const auto sentences = splitSentences(document);
    ASSERT_FALSE(sentences.empty());
    EXPECT_TRUE(sentences[0].headline);
    EXPECT_EQ(document.original.substr(sentences[0].range.start, sentences[0].range.size()),
              "Iran and *Iraq* sign a pact");
}

TEST(DocumentTest, RejectsEmptyBinaryAndOversizedInput)
{
    EXPECT_EQ(loadDocument("").error().code, ErrorCode::Empty);
    EXPECT_EQ(loadDocument(" \n\t \r\n ").error().code, ErrorCode::Empty);
    EXPECT_EQ(loadDocument("<html><script>x</script></html>").error().code, ErrorCode::Empty);
    EXPECT_EQ(loadDocument(std::string("text\0more", 9)).error().code, ErrorCode::Binary);
    EXPECT_EQ(loadDocument(std::string(100, '\x01') + "abc").error().code, ErrorCode::Binary);
    const auto tooLarge = loadDocument(std::string(kMaxInputBytes + 1, 'a'));
    ASSERT_FALSE(tooLarge.ok());
    EXPECT_EQ(tooLarge.error().code, ErrorCode::TooLarge);
}

TEST(DocumentTest, ReadDocumentReportsMissingAndUnreadablePaths)
{
    const auto folder = std::filesystem::temp_directory_path() / "diplograph_document_test";
    std::filesystem::create_directories(folder);
    const auto missing = readDocument((folder / "missing.txt").string());
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().code, ErrorCode::NotFound);
    EXPECT_NE(missing.error().message.find("missing.txt"), std::string::npos);
    const auto directory = readDocument(folder.string());
    ASSERT_FALSE(directory.ok());
    EXPECT_EQ(directory.error().code, ErrorCode::Unreadable);
    EXPECT_NE(directory.error().message.find("directory"), std::string::npos);

    const auto page = folder / "page.html";
    std::ofstream(page) << "<p>Iran &amp; Iraq</p>";
    const auto document = readDocument(page.string());
    ASSERT_TRUE(document.ok());
    EXPECT_EQ(document->text, "Iran & Iraq");
    const auto empty = folder / "empty.txt";
    std::ofstream(empty) << "  \n";
    const auto emptyResult = readDocument(empty.string());
    ASSERT_FALSE(emptyResult.ok());
    EXPECT_EQ(emptyResult.error().code, ErrorCode::Empty);
    EXPECT_NE(emptyResult.error().message.find("empty.txt"), std::string::npos);
    const auto huge = folder / "huge.txt";
    std::ofstream(huge) << "x";
    std::filesystem::resize_file(huge, kMaxInputBytes + 1); // sparse: costs no disk space
    const auto hugeResult = readDocument(huge.string());
    ASSERT_FALSE(hugeResult.ok());
    EXPECT_EQ(hugeResult.error().code, ErrorCode::TooLarge);
    EXPECT_NE(hugeResult.error().message.find("huge.txt"), std::string::npos);
    std::filesystem::remove_all(folder);
}

TEST(DocumentTest, LoadsEveryCorpusArticle)
{
    const auto corpus = diplograph::test::corpusDir();
    if (!corpus) {
        GTEST_SKIP() << "corpus not found (set DIPLOGRAPH_CORPUS)";
    }
    int articles = 0;
    for (const auto& entry : std::filesystem::directory_iterator(*corpus / "dev")) {
        if (entry.path().extension() != ".txt") {
            continue;
        }
        const auto document = readDocument(entry.path().string());
        ASSERT_TRUE(document.ok()) << entry.path();
        EXPECT_TRUE(document->title.has_value()) << entry.path();
        EXPECT_TRUE(document->warnings.empty()) << entry.path();
        ++articles;
    }
    EXPECT_GT(articles, 10);
}

TEST(DocumentTest, HandlesFiftyMegabyteInput)
{
    const std::string paragraph =
        "TEHRAN \xE2\x80\x93 The U.S. envoy met Mr. Smith on Sept. 5 in Iraq\xE2\x80\x99s capital. "
        "They agreed on 1.1 billion dollars\xC2\xA0of aid! Was it \xE2\x80\x9Cwise\xE2\x80\x9D?\n";
    std::string input;
    input.reserve(50u * 1024u * 1024u + paragraph.size());
    while (input.size() < 50u * 1024u * 1024u) {
        input += paragraph;
    }
    const std::size_t size = input.size();
    auto document = loadDocument(std::move(input));
    ASSERT_TRUE(document.ok());
    const auto sentences = splitSentences(*document);
    const std::size_t paragraphs = size / paragraph.size();
    ASSERT_EQ(sentences.size(), 3 * paragraphs);
    std::size_t previousEnd = 0;
    std::size_t tokens = 0;
    for (const auto& sentence : sentences) {
        ASSERT_LE(previousEnd, sentence.range.start);
        ASSERT_LT(sentence.range.start, sentence.range.end);
        ASSERT_LE(sentence.range.end, size);
        previousEnd = sentence.range.end;
        tokens += tokenize(*document, sentence.textRange).size();
    }
    EXPECT_GT(tokens, sentences.size() * 4);
    const auto& last = sentences.back();
    EXPECT_EQ(document->original.substr(last.range.start, last.range.size()), "Was it \xE2\x80\x9Cwise\xE2\x80\x9D?");
    // Replacements cost segments; the identity runs between them must not.
    EXPECT_LE(document->segments.size(), paragraphs * 12);
}

TEST(DocumentTest, NeverFailsOnRandomBytes)
{
    std::uint32_t state = 12345;
    for (int round = 0; round < 200; ++round) {
        std::string bytes;
        const int length = 1 + round * 7;
        for (int i = 0; i < length; ++i) {
            state = state * 1664525u + 1013904223u;
            // Bias towards markup and high bytes so the HTML and UTF-8 paths are exercised.
            const char alphabet[] = "<>&#;/!-pa b.\"'\n\xE2\x80\x99\xC3\xED\xA0\xF0";
            bytes.push_back((state >> 24) % 3 == 0 ? static_cast<char>(state >> 16)
                                                   : alphabet[(state >> 8) % (sizeof alphabet - 1)]);
        }
        for (auto format : {InputFormat::Auto, InputFormat::Html, InputFormat::Markdown}) {
            auto document = loadDocument(bytes, format);
            if (!document) {
                continue;
            }
            for (const auto& sentence : splitSentences(*document)) {
                ASSERT_LE(sentence.range.end, bytes.size());
                ASSERT_LE(sentence.textRange.end, document->text.size());
                ASSERT_LT(sentence.textRange.start, sentence.textRange.end);
                EXPECT_LE(tokenize(*document, sentence.textRange).size(), sentence.textRange.size());
            }
        }
    }
}

TEST(DocumentTest, StaysLinearOnPathologicalInput)
{
    // Each of these would take hours if any scan restarted from every '<', '&' or '['.
    const auto repeat = [](std::string_view unit, std::size_t times) {
        std::string out;
        out.reserve(unit.size() * times);
        for (std::size_t i = 0; i < times; ++i) {
            out += unit;
        }
        return out;
    };
    const std::size_t times = 1'000'000;
    const auto lessThan = loadDocument(repeat("<a", times), InputFormat::Html);
    ASSERT_TRUE(lessThan.ok());
    EXPECT_EQ(lessThan->text.size(), 2 * times); // no '>' anywhere: every '<' is text
    const auto ampersands = loadDocument(repeat("&", 2 * times), InputFormat::Html);
    ASSERT_TRUE(ampersands.ok());
    EXPECT_EQ(ampersands->text.size(), 2 * times);
    const auto links = loadDocument(repeat("[a](", times), InputFormat::Markdown);
    ASSERT_TRUE(links.ok());
    EXPECT_EQ(links->text.size(), 4 * times); // no ')' anywhere: nothing is a link
    const auto script = loadDocument("<p>Kept.</p>" + repeat("<script>", times), InputFormat::Html);
    ASSERT_TRUE(script.ok());
    EXPECT_EQ(script->text, "Kept.");
    const auto initials = loadDocument(repeat("A. ", times), InputFormat::PlainText);
    ASSERT_TRUE(initials.ok());
    EXPECT_EQ(splitSentences(*initials).size(), 1u);
    const auto invalid = loadDocument(repeat("\xC3", 2 * times), InputFormat::PlainText);
    ASSERT_TRUE(invalid.ok());
    EXPECT_EQ(tokenize(*invalid, {0, invalid->text.size()}).size(), 2 * times);
}

namespace {

struct Split {
    Document document;
    std::vector<std::string> sentences; // as written in the original
    std::vector<Sentence> values;
};

Split readAndSplit(const std::string& name)
{
    auto document = readDocument((diplograph::test::sourceDir() / "tests" / "data" / "text" / name).string());
    EXPECT_TRUE(document.ok()) << (document.ok() ? "" : document.error().message);
    Split split;
    if (!document) {
        return split;
    }
    split.document = std::move(document).value();
    split.values = splitSentences(split.document);
    for (const auto& sentence : split.values) {
        split.sentences.push_back(split.document.original.substr(sentence.range.start, sentence.range.size()));
    }
    return split;
}

} // namespace

TEST(DocumentTest, ReadsAnHtmlArticle)
{
    const Split split = readAndSplit("article.html");
    EXPECT_EQ(split.document.title, "Envoys agree on river treaty");
    ASSERT_EQ(split.sentences.size(), 9u);
    EXPECT_TRUE(split.values[0].headline);
    EXPECT_EQ(split.sentences[0], "Envoys agree on river&nbsp;treaty");
    EXPECT_TRUE(split.values[1].dateline);
    EXPECT_EQ(split.sentences[1].substr(0, 36), "GENEVA, Jan. 5 (Example) &ndash; Del");
    EXPECT_EQ(split.sentences[2], "&ldquo;This is a good day,&rdquo; Mr. Jones told reporters.");
    EXPECT_EQ(split.sentences[3], "The accord, worth 1.2 billion dollars, follows talks in the U.S.");
    EXPECT_EQ(split.sentences[4], "The next round starts in Sept.&#8201;2027.");
    EXPECT_EQ(split.sentences[5], "The river at dawn.");
    EXPECT_EQ(split.sentences[6], "First clause&#x2019;s text.");
    EXPECT_EQ(split.sentences[7], "Second clause &amp; annex.");
    EXPECT_EQ(split.document.text.find("not text"), std::string::npos);
    EXPECT_EQ(split.document.text.find("World"), std::string::npos);
}

TEST(DocumentTest, ReadsAMarkdownArticle)
{
    const Split split = readAndSplit("notes.md");
    EXPECT_EQ(split.document.title, "Envoys agree on river treaty");
    ASSERT_EQ(split.sentences.size(), 5u);
    EXPECT_TRUE(split.values[0].headline);
    EXPECT_TRUE(split.values[1].dateline);
    EXPECT_EQ(split.sentences[1], "GENEVA** - Delegations from *Ruritania* and _Freedonia_ signed a treaty, the "
                                  "[U.N.](https://un.example) said.");
    EXPECT_EQ(split.sentences[2], "\"This is a good day,\" Mr. Jones told reporters.");
    EXPECT_EQ(split.sentences[4], "Second clause.");
}

TEST(DocumentTest, ReadsAPlainArticleWithWindowsLineEnds)
{
    const Split split = readAndSplit("headline_crlf.txt");
    EXPECT_EQ(split.document.title, "Envoys agree on river treaty");
    ASSERT_EQ(split.sentences.size(), 3u);
    EXPECT_EQ(split.sentences[0], "Envoys agree on river treaty");
    EXPECT_EQ(split.sentences[1], "WASHINGTON (Example) - Delegations signed a treaty in the U.S. on Monday.");
    EXPECT_TRUE(split.values[1].dateline);
    EXPECT_EQ(split.sentences[2], "Officials welcomed it.");
}
