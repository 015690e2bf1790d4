// diplograph-cli under hostile input (issue 11): deep JSON, bad lines, large stdin, special output targets.
#include "diplograph/json.h"
#include "diplograph/text.h"
#include "graph_fixtures.h"
#include "cli_fixture.h"
#include "test_paths.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <sstream>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

namespace diplograph {
namespace {

namespace fs = std::filesystem;

class CliHardeningTest : public test::CliFixture {
  protected:
    CliHardeningTest() : CliFixture("diplograph-hardening-") {}

    std::string write(const std::string& name, const std::string& content) const
    {
        std::ofstream(m_dir / name, std::ios::binary) << content;
        return "'" + (m_dir / name).string() + "'";
    }
    std::vector<std::string> outputLines() const
    {
        std::vector<std::string> lines;
        std::istringstream in(m_out);
        for (std::string line; std::getline(in, line);) {
            lines.push_back(line);
        }
        return lines;
    }

};

TEST_F(CliHardeningTest, DeeplyNestedJsonLineFailsAloneInExtract)
{
    // Closed, so the whole line parses and its copy and printing would recurse 100,000 levels deep.
    const std::string deep =
        "{\"id\":" + std::string(100'000, '[') + std::string(100'000, ']') + ",\"text\":\"Chile praised Peru.\"}";
    const auto input = write("deep.jsonl", "{\"id\":\"one\",\"text\":\"Chile praised Peru.\"}\n" + deep + "\n" +
                                               "{\"id\":\"three\",\"text\":\"Peru thanked Chile.\"}\n");
    EXPECT_NE(cli("extract --jsonl < " + input), -1) << "crashed";
    const auto lines = outputLines();
    ASSERT_EQ(lines.size(), 3u) << m_err;
    EXPECT_EQ(nlohmann::json::parse(lines[0])["id"], "one");
    const auto failed = nlohmann::json::parse(lines[1]);
    EXPECT_NE(failed["error"].get<std::string>().find("line 2"), std::string::npos) << lines[1];
    EXPECT_EQ(nlohmann::json::parse(lines[2])["id"], "three");
}

TEST_F(CliHardeningTest, DeeplyNestedJsonLineFailsAloneInImport)
{
    const std::string deep = "{\"result\":" + std::string(100'000, '[') + std::string(100'000, ']') + "}";
    const auto input = write("deep.jsonl", deep + "\n" + deep + "\n");
    EXPECT_EQ(cli("import " + db() + " --jsonl " + input), 3) << m_err;
    EXPECT_NE(m_err.find("line 1: JSON nested deeper"), std::string::npos) << m_err;
    EXPECT_NE(m_err.find("line 2: JSON nested deeper"), std::string::npos) << m_err;
}

// A result line as `extract --jsonl` writes it; `withText` false drops the article text.
std::string resultLine(const std::string& title, const std::string& date, bool withText, bool withSha = true)
{
    std::string text;
    auto result =
        test::makeResult(title, {{core::RelationType::Criticism, "CHL", "PER", {"Chile faulted Peru."}}}, &text);
    result.article.sha256 = withSha ? core::sha256Hex(text) : std::string();
    nlohmann::json line = {{"id", title}, {"title", title}, {"date", date}};
    if (withText) {
        line["text"] = text;
    }
    line["result"] = nlohmann::json::parse(core::articleResultToJson(result, -1));
    return line.dump() + "\n";
}

TEST_F(CliHardeningTest, ExtractJsonLinesAccountsForEveryLine)
{
    const auto input = write("mixed.jsonl", "{\"id\":\"a\",\"text\":\"Chile praised Peru.\"}\n"
                                            "{not json\n"
                                            "\n"
                                            "{\"id\":\"c\"}\n"
                                            "{\"id\":\"d\",\"text\":\"Peru thanked Chile.\"}\n");
    EXPECT_EQ(cli("extract --jsonl < " + input), 3) << "a failed line must show in the exit status";
    const auto lines = outputLines();
    ASSERT_EQ(lines.size(), 4u) << m_out;
    EXPECT_TRUE(nlohmann::json::parse(lines[0]).contains("result"));
    EXPECT_NE(nlohmann::json::parse(lines[1])["error"].get<std::string>().find("line 2"), std::string::npos);
    EXPECT_NE(nlohmann::json::parse(lines[2])["error"].get<std::string>().find("line 4"), std::string::npos);
    EXPECT_TRUE(nlohmann::json::parse(lines[3]).contains("result"));
    EXPECT_NE(m_err.find("2 of 5 lines failed"), std::string::npos) << m_err;
}

TEST_F(CliHardeningTest, ExtractJsonLinesReadsTheFileItIsGiven)
{
    const auto input = write("one.jsonl", "{\"id\":\"a\",\"text\":\"Chile praised Peru.\"}\n");
    ASSERT_EQ(cli("extract --jsonl " + input + " < /dev/null"), 0) << m_err;
    ASSERT_EQ(outputLines().size(), 1u) << "FILE was ignored and stdin read instead";
    EXPECT_EQ(cli("extract --jsonl '" + (m_dir / "absent.jsonl").string() + "' < /dev/null"), 2);
}

TEST_F(CliHardeningTest, EndlessStandardInputStopsAtTheLimitWithAReason)
{
    EXPECT_EQ(cli("extract --jsonl < /dev/zero"), 3) << m_err;
    EXPECT_NE(m_err.find("limit"), std::string::npos) << m_err;
    EXPECT_EQ(cli("extract - < /dev/zero"), 3) << m_err;
    EXPECT_NE(m_err.find("limit"), std::string::npos) << m_err;
    EXPECT_EQ(cli("import " + db() + " - < /dev/zero"), 3) << m_err;
    EXPECT_NE(m_err.find("limit"), std::string::npos) << m_err;
}

TEST_F(CliHardeningTest, ImportJsonLinesSkipsABadDateAndContinues)
{
    const auto input =
        write("dates.jsonl", resultLine("First", "2024-03-01", true) + resultLine("Second", "2024-02-31", true) +
                                 resultLine("Third", "2024-03-03", true));
    EXPECT_EQ(cli("import " + db() + " --jsonl " + input), 3) << m_err;
    EXPECT_NE(m_err.find("line 2: the date '2024-02-31'"), std::string::npos) << m_err;
    EXPECT_NE(m_err.find("imported 2 articles (0 already there, 1 failed)"), std::string::npos) << m_err;
}

TEST_F(CliHardeningTest, ImportJsonLinesWithNoTextNeedAnIdentity)
{
    const auto input = write("bare.jsonl", resultLine("First", "2024-03-01", false, false) +
                                               resultLine("Second", "2024-03-02", false, false) +
                                               resultLine("Third", "2024-03-03", false, true));
    EXPECT_EQ(cli("import " + db() + " --jsonl " + input), 3) << m_err;
    EXPECT_NE(m_err.find("line 1: no \"text\""), std::string::npos) << m_err;
    EXPECT_NE(m_err.find("line 2: no \"text\""), std::string::npos) << m_err;
    EXPECT_NE(m_err.find("imported 1 articles (0 already there, 2 failed)"), std::string::npos) << m_err;
}

TEST_F(CliHardeningTest, ImportJsonLinesRejectsResultsTheirTextDoesNotBear)
{
    // Each line breaks one invariant of the extract contract; only the last is sound.
    const auto broken = [](const std::function<void(nlohmann::json&)>& edit) {
        auto line = nlohmann::json::parse(resultLine("Sound", "2024-03-01", true));
        edit(line["result"]);
        return line.dump() + "\n";
    };
    const auto input =
        write("forged.jsonl",
              broken([](auto& r) { r["relations"][0]["evidence"][0]["end"] = 1'000'000; }) + broken([](auto& r) {
                  r["relations"][0]["evidence"][0]["start"] = 40, r["relations"][0]["evidence"][0]["end"] = 30;
              }) + broken([](auto& r) { r["relations"][0]["evidence"][0]["trigger"]["start"] = 0; }) +
                  broken([](auto& r) { r["relations"][0]["target"] = "ATLANTIS"; }) +
                  broken([](auto& r) { r["relations"][0]["evidence"][0]["confidence"] = 7.5; }) +
                  broken([](auto& r) { r["actors"][0]["mentions"][0]["end"] = 1'000'000; }) +
                  resultLine("Sound", "2024-03-01", true));
    EXPECT_EQ(cli("import " + db() + " --jsonl " + input), 3) << m_err;
    for (int line = 1; line <= 6; ++line) {
        EXPECT_NE(m_err.find("line " + std::to_string(line) + ": "), std::string::npos) << line << ": " << m_err;
    }
    EXPECT_NE(m_err.find("ATLANTIS, which the result does not declare"), std::string::npos) << m_err;
    EXPECT_NE(m_err.find("imported 1 articles (0 already there, 6 failed)"), std::string::npos) << m_err;
    ASSERT_EQ(cli("list " + db()), 0) << m_err;
    EXPECT_EQ(m_out.find("ATLANTIS"), std::string::npos) << "a phantom node was stored";
}

TEST_F(CliHardeningTest, ImportReadsAFifoAndOperandsAfterDoubleDash)
{
    ASSERT_EQ(::mkfifo((m_dir / "feed").c_str(), 0600), 0);
    const std::string writer = "(printf 'Chile praised Peru.\\n' > '" + (m_dir / "feed").string() + "' &) ; ";
    ASSERT_EQ(std::system((writer + "'" + test::cliPath().string() + "' import " + db() + " '" +
                           (m_dir / "feed").string() + "' 2> '" + (m_dir / "stderr.txt").string() + "'")
                              .c_str()),
              0)
        << test::readFile(m_dir / "stderr.txt");
    write("-dash.txt", "Peru thanked Chile.\n");
    EXPECT_EQ(cli("import " + db() + " -- -dash.txt"), 2) << "from another folder the operand is not found";
    ASSERT_EQ(std::system(("cd '" + m_dir.string() + "' && '" + test::cliPath().string() + "' import " + db() +
                           " -- -dash.txt 2>/dev/null")
                              .c_str()),
              0);
    ASSERT_EQ(cli("list " + db()), 0) << m_err;
    EXPECT_NE(m_out.find("Articles: 2"), std::string::npos) << m_out;
}

TEST_F(CliHardeningTest, BadDateFailsBeforeCreatingTheWorkspace)
{
    const auto article = write("a.txt", "Chile praised Peru.\n");
    EXPECT_EQ(cli("import " + db() + " --date 2024-02-31 " + article), 1);
    EXPECT_NE(m_err.find("2024-02-31"), std::string::npos) << m_err;
    EXPECT_FALSE(fs::exists(m_db)) << "the workspace was created before the date was checked";
}

TEST_F(CliHardeningTest, ListEscapesControlCharactersFromStoredText)
{
    auto line = nlohmann::json::parse(resultLine("Plain", "2024-03-01", true));
    line["title"] = "Red\x1b[2J\x07title";
    const auto input = write("escape.jsonl", line.dump() + "\n");
    ASSERT_EQ(cli("import " + db() + " --jsonl " + input), 0) << m_err;
    ASSERT_EQ(cli("list " + db()), 0) << m_err;
    EXPECT_EQ(m_out.find('\x1b'), std::string::npos);
    EXPECT_NE(m_out.find("Red\\x1b[2J\\x07title"), std::string::npos) << m_out;
}

class CliOutputFileTest : public CliHardeningTest {
  protected:
    void SetUp() override
    {
        CliHardeningTest::SetUp();
        const auto input = write("one.jsonl", resultLine("First", "2024-03-01", true));
        ASSERT_EQ(cli("import " + db() + " --jsonl " + input), 0) << m_err;
    }
    std::string path(const std::string& name) const { return "'" + (m_dir / name).string() + "'"; }
};

TEST_F(CliOutputFileTest, SymlinkedTargetKeepsItsLinkAndMode)
{
    write("real.graphml", "old");
    fs::permissions(m_dir / "real.graphml", fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read);
    fs::create_symlink(m_dir / "real.graphml", m_dir / "link.graphml");
    ASSERT_EQ(cli("export " + db() + " --format graphml -o " + path("link.graphml")), 0) << m_err;
    EXPECT_TRUE(fs::is_symlink(m_dir / "link.graphml")) << "the link was replaced by a file";
    EXPECT_NE(test::readFile(m_dir / "real.graphml").find("<graphml"), std::string::npos);
    EXPECT_EQ(fs::status(m_dir / "real.graphml").permissions() & fs::perms::all,
              fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read);
}

TEST_F(CliOutputFileTest, FifoIsWrittenThroughNotReplaced)
{
    ASSERT_EQ(::mkfifo((m_dir / "pipe").c_str(), 0600), 0);
    const std::string reader = "timeout 10 cat " + path("pipe") + " > " + path("copy") + " & ";
    ASSERT_EQ(std::system(("(" + reader + "'" + test::cliPath().string() + "' export " + db() +
                           " --format graphml -o " + path("pipe") + "; wait) 2>/dev/null")
                              .c_str()),
              0);
    EXPECT_EQ(fs::status(m_dir / "pipe").type(), fs::file_type::fifo);
    EXPECT_NE(test::readFile(m_dir / "copy").find("<graphml"), std::string::npos);
}

TEST_F(CliOutputFileTest, ExistingPartFileIsNeverClobbered)
{
    write("g.graphml.part", "someone else's");
    ASSERT_EQ(cli("export " + db() + " --format graphml -o " + path("g.graphml")), 0) << m_err;
    EXPECT_EQ(test::readFile(m_dir / "g.graphml.part"), "someone else's");
    EXPECT_NE(test::readFile(m_dir / "g.graphml").find("<graphml"), std::string::npos);
    for (const auto& entry : fs::directory_iterator(m_dir)) {
        EXPECT_EQ(entry.path().filename().string().find(".g.graphml."), std::string::npos) << "temporary left";
    }
}

TEST_F(CliOutputFileTest, DashIsStandardOutputAndErrorsNameTheCause)
{
    ASSERT_EQ(cli("export " + db() + " --format gexf -o -"), 0) << m_err;
    EXPECT_NE(m_out.find("<gexf"), std::string::npos);
    EXPECT_FALSE(fs::exists(m_dir / "-"));

    const auto article = write("a.txt", "Chile praised Peru.\n");
    EXPECT_NE(cli("extract -o " + path("") + " " + article), 0);
    EXPECT_NE(m_err.find("Is a directory"), std::string::npos) << m_err;
    EXPECT_NE(cli("extract -o /dev/full " + article), 0);
    EXPECT_NE(m_err.find("No space left on device"), std::string::npos) << m_err;
    ASSERT_EQ(cli("extract -o - " + article), 0) << m_err;
    EXPECT_NE(m_out.find("\"relations\""), std::string::npos);
}

} // namespace
} // namespace diplograph
