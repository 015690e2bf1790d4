// Exports of a workspace whose text XML forbids or spreadsheets would run: still well-formed, still inert.
#include "diplograph/export.h"
#include "diplograph/workspace.h"
#include "graph_fixtures.h"

#include <expat.h>
#include <filesystem>
#include <gtest/gtest.h>
#include <sstream>
#include <unistd.h>

namespace diplograph::core {
namespace {

namespace fs = std::filesystem;

// Expat, unlike Boost.PropertyTree's parser, rejects every character XML 1.0 forbids.
std::string xmlError(const std::string& xml)
{
    XML_Parser parser = XML_ParserCreate("UTF-8");
    const bool ok = XML_Parse(parser, xml.data(), static_cast<int>(xml.size()), 1) == XML_STATUS_OK;
    const std::string error = ok ? "" : XML_ErrorString(XML_GetErrorCode(parser));
    XML_ParserFree(parser);
    return error;
}

class ExportHostileTextTest : public ::testing::Test {
  protected:
    void SetUp() override
    {
        m_dir = fs::temp_directory_path() / ("diplograph-hostile-" + std::to_string(::getpid()) + "-" +
                                             ::testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::remove_all(m_dir);
        fs::create_directories(m_dir);
        auto workspace = Workspace::open(m_dir / "w.diplograph");
        ASSERT_TRUE(workspace) << workspace.error().message;
        ArticleInput input;
        // U+FFFE, U+FFFF, a C0 control and a formula, in a quote and in a renamed actor.
        const auto result =
            test::makeResult("Noncharacters",
                             {{RelationType::Criticism,
                               "CHL",
                               "PER",
                               {"=HYPERLINK(\"x\") Chile \xEF\xBF\xBE faulted \x01 Peru \xEF\xBF\xBF."}}},
                             &input.text);
        input.title = "Noncharacters";
        ASSERT_TRUE(workspace->importArticle(input, result));
        ASSERT_TRUE(workspace->renameActor("CHL", "@Chile\xEF\xBF\xBF"));
        auto graph = workspace->buildGraph(GraphLevel::Entity);
        ASSERT_TRUE(graph) << graph.error().message;
        GraphFilter all;
        all.includeIsolated = true;
        m_view = graph->view(all);
        ASSERT_EQ(m_view.edges.size(), 1u);
    }
    void TearDown() override { fs::remove_all(m_dir); }

    fs::path m_dir;
    GraphView m_view;
};

TEST_F(ExportHostileTextTest, EveryXmlExportIsWellFormed)
{
    std::ostringstream graphMl, gexf;
    ASSERT_TRUE(writeGraphMl(m_view, graphMl));
    ASSERT_TRUE(writeGexf(m_view, gexf));
    for (const auto& xml : {graphMl.str(), gexf.str()}) {
        EXPECT_EQ(xmlError(xml), "") << xml.substr(0, 400);
        EXPECT_EQ(xml.find("\xEF\xBF\xBE"), std::string::npos);
        EXPECT_EQ(xml.find("\xEF\xBF\xBF"), std::string::npos);
        EXPECT_NE(xml.find("faulted"), std::string::npos) << "the rest of the text is kept";
    }
}

TEST_F(ExportHostileTextTest, CsvCellsThatLookLikeFormulasAreText)
{
    std::ostringstream nodes, edges;
    ASSERT_TRUE(writeCsv(m_view, nodes, edges));
    EXPECT_NE(nodes.str().find(",'@Chile"), std::string::npos) << nodes.str();
    EXPECT_NE(edges.str().find(",\"'=HYPERLINK("), std::string::npos) << edges.str();
    EXPECT_EQ(edges.str().find(",\"=HYPERLINK("), std::string::npos);

    ExportOptions raw;
    raw.csvFormulas = true;
    std::ostringstream rawNodes, rawEdges;
    ASSERT_TRUE(writeCsv(m_view, rawNodes, rawEdges, raw));
    EXPECT_NE(rawNodes.str().find(",@Chile"), std::string::npos) << rawNodes.str();
    EXPECT_NE(rawEdges.str().find(",\"=HYPERLINK("), std::string::npos) << rawEdges.str();
}

} // namespace
} // namespace diplograph::core
