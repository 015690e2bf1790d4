// The dated fixture (tests/data/dated: four articles, January to April 2024, each dated another way) through
// the CLI: dates found at import, a date window over the graph, dynamic GEXF, CSV dates and the report.
#include "cli_fixture.h"
#include "test_paths.h"

#include <boost/property_tree/ptree.hpp>
#include <boost/property_tree/xml_parser.hpp>
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <map>
#include <set>
#include <sstream>

namespace diplograph::core {
namespace {

namespace fs = std::filesystem;

class DatedCliTest : public test::CliFixture {
  protected:
    DatedCliTest() : CliFixture("diplograph-dated-") {}
    void SetUp() override
    {
        CliFixture::SetUp();
        ASSERT_EQ(cli("import " + db() + " '" + (test::sourceDir() / "tests/data/dated").string() + "'"), 0) << m_err;
    }

    std::string path(const std::string& name) const { return "'" + (m_dir / name).string() + "'"; }

};

TEST_F(DatedCliTest, ImportFindsEachArticlesDate)
{
    ASSERT_EQ(cli("list " + db()), 0) << m_err;
    // Open Graph metadata, JSON-LD, a dateline with its year, a <time> element.
    for (const char* line : {"2024-01-15\t", "2024-02-03\t", "2024-03-28\t", "2024-04-09\t"}) {
        EXPECT_NE(m_out.find(line), std::string::npos) << line << " in\n" << m_out;
    }
}

TEST_F(DatedCliTest, DateWindowKeepsOnlyItsRelations)
{
    ASSERT_EQ(cli("list " + db()), 0);
    EXPECT_NE(m_out.find("cooperation:IRN-RUS"), std::string::npos) << m_out;
    ASSERT_EQ(cli("export " + db() + " --format csv --from 2024-02-01 --to 2024-03-31 -o " + path("window")), 0)
        << m_err;
    const auto edges = test::readFile(m_dir / "window" / "edges.csv");
    EXPECT_NE(edges.find("rejection:CHN>USA"), std::string::npos) << edges;           // February
    EXPECT_NE(edges.find("cooperation:CHN-RUS"), std::string::npos) << edges;         // March
    EXPECT_EQ(edges.find("cooperation:IRN-RUS"), std::string::npos) << edges;         // April
    EXPECT_NE(edges.find(",<[2024-03-28]>,"), std::string::npos) << "Timeset within the window\n" << edges;
}

TEST_F(DatedCliTest, GexfIsDynamicWithOneSpellPerReportingDay)
{
    ASSERT_EQ(cli("export " + db() + " --format gexf -o " + path("g.gexf")), 0) << m_err;
    std::istringstream in(test::readFile(m_dir / "g.gexf"));
    boost::property_tree::ptree tree;
    boost::property_tree::read_xml(in, tree);
    const auto& graph = tree.get_child("gexf.graph");
    EXPECT_EQ(graph.get<std::string>("<xmlattr>.mode"), "dynamic");
    EXPECT_EQ(graph.get<std::string>("<xmlattr>.timeformat"), "date");
    std::map<std::string, std::set<std::string>> spells;
    for (const auto& [name, edge] : graph.get_child("edges")) {
        auto& days = spells[edge.get<std::string>("<xmlattr>.id")];
        const auto list = edge.get_child_optional("spells");
        if (!list) {
            continue;
        }
        for (const auto& [tag, spell] : *list) {
            EXPECT_EQ(spell.get<std::string>("<xmlattr>.start"), spell.get<std::string>("<xmlattr>.end"));
            days.insert(spell.get<std::string>("<xmlattr>.start"));
        }
    }
    EXPECT_EQ(spells["criticism:CHN>USA"], (std::set<std::string>{"2024-01-15", "2024-03-28"}));
    EXPECT_EQ(spells["cooperation:CHN-RUS"], (std::set<std::string>{"2024-01-15", "2024-03-28"}));
    EXPECT_EQ(spells["rejection:CHN>USA"], (std::set<std::string>{"2024-02-03"}));
    EXPECT_EQ(spells["cooperation:IRN-RUS"], (std::set<std::string>{"2024-04-09"}));
}

TEST_F(DatedCliTest, ReportListsQuotesWithTitlesAndDates)
{
    ASSERT_EQ(cli("report " + db() + " --no-image --edge 'criticism:CHN>USA' -o " + path("brief.html")), 0) << m_err;
    const auto html = test::readFile(m_dir / "brief.html");
    EXPECT_NE(html.find("China &#8594; United States"), std::string::npos);
    EXPECT_NE(html.find("Grain corridor deal signed"), std::string::npos);
    EXPECT_NE(html.find("Joint drills announced"), std::string::npos);
    EXPECT_NE(html.find("2024-01-15 to 2024-03-28"), std::string::npos);
    // The outlet and URL come from the page's canonical link, not from the local file's path.
    EXPECT_NE(html.find("wire.example &#8212; <a href=\"https://wire.example/2024/01/grain-corridor\">"),
              std::string::npos);
    EXPECT_NE(html.find("1 selected below"), std::string::npos);
    EXPECT_EQ(cli("report " + db() + " --edge 'criticism:XXX>YYY' -o " + path("none.html")), 2);
    EXPECT_EQ(cli("report " + db() + " -o " + path("brief.txt")), 1);
}

TEST_F(DatedCliTest, PdfReportHasPicturePages)
{
    if (!fs::exists(test::cliPath().parent_path() / "diplograph")) {
        GTEST_SKIP() << "the GUI (which prints the PDF) is not built";
    }
    ASSERT_EQ(cli("report " + db() + " --page a4 -o " + path("brief.pdf")), 0) << m_err;
    EXPECT_EQ(test::readFile(m_dir / "brief.pdf").substr(0, 5), "%PDF-");
    if (std::system("command -v pdfinfo >/dev/null 2>&1") != 0) {
        GTEST_SKIP() << "pdfinfo (poppler-utils) is not installed";
    }
    ASSERT_EQ(std::system(("pdfinfo " + path("brief.pdf") + " > " + path("info.txt")).c_str()), 0);
    EXPECT_NE(test::readFile(m_dir / "info.txt").find("595 x 842 pts (A4)"), std::string::npos);
}

} // namespace
} // namespace diplograph::core
