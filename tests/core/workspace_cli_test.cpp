// diplograph-cli import / list / export / reextract, run as a user would.
#include "diplograph/extract.h"
#include "diplograph/json.h"
#include "diplograph/workspace.h"
#include "graph_fixtures.h"
#include "cli_fixture.h"
#include "test_paths.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <sys/wait.h>
#include <unistd.h>

namespace diplograph::core {
namespace {

namespace fs = std::filesystem;

class WorkspaceCliTest : public test::CliFixture {
  protected:
    WorkspaceCliTest() : CliFixture("diplograph-cli-") {}

    // Result lines in the `extract --jsonl` shape, with the article text passed along.
    void writeJsonLines(const fs::path& path, int count)
    {
        std::ofstream out(path);
        for (int i = 0; i < count; ++i) {
            std::string text;
            auto result = test::makeResult("Story " + std::to_string(i),
                                           {{RelationType::Criticism, "IRN", "USA", {"Iran criticised the US."}},
                                            {RelationType::Cooperation, "CHN", "RUS", {"They agreed."}}},
                                           &text);
            text += std::to_string(i);
            result.article.sha256 = sha256Hex(text);
            result.relations[0].evidence[0].rule = "error"; // an "error" value must not read as a failed line
            nlohmann::json line = {{"id", "story-" + std::to_string(i)},
                                   {"title", "Story " + std::to_string(i)},
                                   {"date", "2024-02-0" + std::to_string(1 + i % 9)},
                                   {"source", "feed"}};
            if (i % 2 == 0) {
                line["text"] = text;
            }
            line["result"] = nlohmann::json::parse(articleResultToJson(result, -1));
            out << line.dump() << '\n';
        }
        out << "{\"id\":\"broken\",\"error\":\"binary input\"}\n";
    }

};

TEST_F(WorkspaceCliTest, ImportJsonLinesThenListAndExport)
{
    writeJsonLines(m_dir / "results.jsonl", 6);
    EXPECT_EQ(cli("import " + db() + " --jsonl '" + (m_dir / "results.jsonl").string() + "'"), 3) << m_err;
    EXPECT_NE(m_err.find("imported 6 articles"), std::string::npos) << m_err;
    EXPECT_EQ(cli("import " + db() + " --jsonl < '" + (m_dir / "results.jsonl").string() + "'"), 3);
    EXPECT_NE(m_err.find("imported 0 articles (6 already there"), std::string::npos) << m_err;

    ASSERT_EQ(cli("list " + db()), 0) << m_err;
    EXPECT_NE(m_out.find("Articles: 6"), std::string::npos) << m_out;
    EXPECT_NE(m_out.find("criticism:IRN>USA\t6 quotes"), std::string::npos) << m_out;

    for (const char* format : {"graphml", "gexf", "json", "cyjs", "dot"}) {
        const auto out = m_dir / (std::string("g.") + format);
        ASSERT_EQ(cli("export " + db() + " --format " + format + " --type criticism -o '" + out.string() + "'"), 0)
            << m_err;
        const auto text = test::readFile(out);
        EXPECT_NE(text.find("IRN"), std::string::npos) << format;
        EXPECT_EQ(text.find("cooperation:CHN-RUS"), std::string::npos) << format << ": --type ignored";
    }
    ASSERT_EQ(cli("export " + db() + " --format csv --level agent --layout -o '" + (m_dir / "t").string() + "'"), 0);
    EXPECT_NE(test::readFile(m_dir / "t" / "nodes.csv").find(",X,Y"), std::string::npos);
    EXPECT_EQ(cli("export " + db() + " --format svg -o x"), 1);

    auto workspace = Workspace::open(m_db, OpenMode::ReadOnly);
    ASSERT_TRUE(workspace);
    const auto records = *workspace->articles();
    ASSERT_EQ(records.size(), 6u);
    EXPECT_EQ(records[1].date, "2024-02-02");
    EXPECT_EQ(records[0].title, "Story 0");
    EXPECT_FALSE(workspace->articleText(records[0].id)->empty());
}

TEST_F(WorkspaceCliTest, ClearErrorsForBadWorkspaces)
{
    std::ofstream(m_dir / "notes.txt") << "not a database";
    EXPECT_EQ(cli("list --db '" + (m_dir / "notes.txt").string() + "'"), 4);
    EXPECT_NE(m_err.find("not a Diplograph workspace"), std::string::npos) << m_err;
    EXPECT_EQ(cli("list --db '" + (m_dir / "absent.db").string() + "'"), 2);
    EXPECT_EQ(cli("import " + db() + " '" + (m_dir / "missing.txt").string() + "'"), 2);
    EXPECT_EQ(cli("import " + db()), 1);
}

TEST_F(WorkspaceCliTest, ImportFolderOfArticlesAndReextract)
{
    if (!Lexicon::builtin()) {
        GTEST_SKIP() << "the builtin lexicon does not load in this tree: " << Lexicon::builtin().error().message;
    }
    fs::create_directories(m_dir / "news" / "deeper");
    std::ofstream(m_dir / "news" / "one.txt")
        << "Iran condemns US sanctions\n\nIran condemned the United States on Monday over new sanctions.\n";
    std::ofstream(m_dir / "news" / "deeper" / "two.html") << "<html><head><title>Talks</title></head><body><p>China "
                                                             "and Russia signed a trade agreement.</p></body></html>";
    std::ofstream(m_dir / "news" / "ignored.json") << "{}";
    ASSERT_EQ(cli("import " + db() + " '" + (m_dir / "news").string() + "'"), 0) << m_err;
    EXPECT_NE(m_err.find("imported 2 articles"), std::string::npos) << m_err;
    ASSERT_EQ(cli("reextract " + db()), 0) << m_err;
    EXPECT_NE(m_err.find("re-extracted 2 articles"), std::string::npos) << m_err;
    auto workspace = Workspace::open(m_db, OpenMode::ReadOnly);
    ASSERT_TRUE(workspace);
    EXPECT_EQ(workspace->articles()->size(), 2u);
}

TEST_F(WorkspaceCliTest, ReextractKeepsAnAgentsAliasAndAnAnalystsRelation)
{
    if (!Lexicon::builtin()) {
        GTEST_SKIP() << "the builtin lexicon does not load in this tree: " << Lexicon::builtin().error().message;
    }
    const std::string text = "The Iranian Embassy in Oslo criticized Norway on Tuesday.\n"
                             "Chile and Peru shared a long lunch in Lima.\n";
    std::ofstream(m_dir / "invented.txt") << text;
    ASSERT_EQ(cli("import " + db() + " '" + (m_dir / "invented.txt").string() + "'"), 0) << m_err;
    const std::string quote = "Chile and Peru shared a long lunch";
    const ByteRange range{text.find(quote), text.find(quote) + quote.size()};
    {
        auto workspace = Workspace::open(m_db);
        ASSERT_TRUE(workspace);
        const auto article = workspace->articles()->front().id;
        std::string agent;
        const auto result = workspace->articleResult(article);
        ASSERT_TRUE(result);
        for (const auto& actor : result->actors) {
            agent = actor.id.find('/') != std::string::npos ? actor.id : agent;
        }
        ASSERT_FALSE(agent.empty());
        ASSERT_TRUE(workspace->addAlias(agent, "Persian Legation"));
        Edit add{0, EditKind::AddRelation, "CHL", "PER"};
        add.edge = {RelationType::Criticism, "CHL", "PER"};
        add.edge.article = article;
        add.edge.range = range;
        add.edge.quote = quote;
        ASSERT_TRUE(workspace->addEdit(add));
    }
    ASSERT_EQ(cli("reextract " + db()), 0) << m_err << " (an alias of an agent used to break this)";
    ASSERT_EQ(cli("reextract " + db()), 0) << m_err;
    auto workspace = Workspace::open(m_db, OpenMode::ReadOnly);
    ASSERT_TRUE(workspace);
    const auto view = workspace->buildGraph(GraphLevel::Entity)->view();
    const auto* edge = view.findEdge("criticism:CHL>PER");
    ASSERT_NE(edge, nullptr);
    EXPECT_EQ(edge->evidence.at(0).evidence->range, range);
    EXPECT_EQ(edge->evidence.at(0).evidence->rule, "analyst");
    const auto exported = m_dir / "graph.json";
    ASSERT_EQ(cli("export " + db() + " --format json -o '" + exported.string() + "'"), 0) << m_err;
    const auto json = nlohmann::json::parse(test::readFile(exported));
    bool found = false;
    for (const auto& relation : json.at("relations")) {
        if (relation.at("id") == "criticism:CHL>PER") {
            found = true;
            EXPECT_EQ(relation.at("provenance"), "analyst");
            EXPECT_EQ(relation.at("evidence").at(0).at("provenance"), "analyst");
            EXPECT_EQ(relation.at("evidence").at(0).at("start"), range.start);
        }
    }
    EXPECT_TRUE(found);
}

} // namespace
} // namespace diplograph::core
