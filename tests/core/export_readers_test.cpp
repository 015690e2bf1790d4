// Each export opened by the readers analysts use (NetworkX, igraph, lxml, Python's csv) through
// tests/core/readers/check_export.py: nodes, edges (parallel ones kept), directions, types, evidence and dates
// must equal the view's. Debian's python3-networkx and python3-igraph (.ci/deps) import under /usr/bin/python3.
#include "diplograph/export.h"

#include "export_fixtures.h"
#include "test_paths.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

namespace diplograph::core {
namespace {

namespace fs = std::filesystem;

constexpr int kSkip = 77; // the checker's exit code when a reader module is missing

class ExportReadersTest : public ::testing::Test {
  protected:
    void SetUp() override
    {
        if (!fs::exists("/usr/bin/python3")) {
            GTEST_SKIP() << "/usr/bin/python3 is not installed";
        }
        m_dir = fs::temp_directory_path() / ("diplograph-readers-" + std::to_string(::getpid()) + "-" +
                                             ::testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::remove_all(m_dir);
        fs::create_directories(m_dir);
        m_view = test::datedExportView();
        double x = 0;
        for (const auto& node : m_view.nodes) {
            m_options.positions[node.id] = {x, x / 2};
            x += 40;
        }
        writeExpected();
    }
    void TearDown() override
    {
        if (!m_dir.empty() && !HasFailure()) {
            fs::remove_all(m_dir);
        }
    }

    // What every reader must find: the view's nodes and aggregated edges.
    void writeExpected() const
    {
        nlohmann::json expected = {{"nodes", nlohmann::json::array()}, {"edges", nlohmann::json::array()}};
        for (const auto& node : m_view.nodes) {
            expected["nodes"].push_back(node.id);
        }
        for (const auto& edge : m_view.edges) {
            std::set<std::string> dates;
            for (const auto& ref : edge.evidence) {
                if (ref.record->date) {
                    dates.insert(*ref.record->date);
                }
            }
            expected["edges"].push_back({{"id", edge.id},
                                         {"source", edge.source},
                                         {"target", edge.target},
                                         {"directed", edge.directed},
                                         {"relation", relationTypeName(edge.type)},
                                         {"weight", edge.weight},
                                         {"dates", dates}});
        }
        std::ofstream(m_dir / "expected.json") << expected.dump();
    }

    // Runs the checker; its complaint, if any, is in the failure message.
    void check(const std::string& form, const fs::path& file)
    {
        const fs::path script = fs::path(DIPLOGRAPH_SOURCE_DIR) / "tests/core/readers/check_export.py";
        const fs::path log = m_dir / (form + ".log");
        const std::string command = "/usr/bin/python3 '" + script.string() + "' " + form + " '" + file.string() +
                                    "' '" + (m_dir / "expected.json").string() + "' >'" + log.string() + "' 2>&1";
        const int status = std::system(command.c_str());
        const int code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
        if (code == kSkip) {
            GTEST_SKIP() << test::readFile(log);
        }
        EXPECT_EQ(code, 0) << test::readFile(log);
    }

    fs::path m_dir;
    GraphView m_view;
    ExportOptions m_options;
};

TEST_F(ExportReadersTest, NetworkXAndIgraphReadGraphMlWhole)
{
    ASSERT_TRUE(exportGraph(m_view, ExportFormat::GraphMl, m_dir / "graph.graphml", m_options));
    check("graphml", m_dir / "graph.graphml");
}

TEST_F(ExportReadersTest, GexfIsMixedWithKindsAndSpells)
{
    ASSERT_TRUE(exportGraph(m_view, ExportFormat::Gexf, m_dir / "graph.gexf", m_options));
    check("gexf", m_dir / "graph.gexf");
}

TEST_F(ExportReadersTest, NetworkXReadsGexfDraftWithMutualCooperation)
{
    m_options.gexfDraft12 = true;
    m_options.cooperation = CooperationEncoding::Mutual;
    ASSERT_TRUE(exportGraph(m_view, ExportFormat::Gexf, m_dir / "graph.gexf", m_options));
    check("gexf12", m_dir / "graph.gexf");
}

TEST_F(ExportReadersTest, CsvTablesHaveGephiColumns)
{
    auto files = exportGraph(m_view, ExportFormat::Csv, m_dir / "tables.csv", m_options);
    ASSERT_TRUE(files);
    ASSERT_EQ(files->size(), 2u);
    EXPECT_EQ((*files)[0], m_dir / "tables" / "nodes.csv");
    check("csv", m_dir / "tables");
}

TEST_F(ExportReadersTest, NetworkXReadsCytoscapeJson)
{
    ASSERT_TRUE(exportGraph(m_view, ExportFormat::CytoscapeJson, m_dir / "graph.cyjs", m_options));
    check("cyjs", m_dir / "graph.cyjs");
}

} // namespace
} // namespace diplograph::core
