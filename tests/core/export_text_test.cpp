// DOT, CSV and JSON exports, and exportGraph's files: parsed back, counted, escaping checked.
#include "diplograph/export.h"

#include "export_fixtures.h"
#include "test_paths.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace diplograph::core {
namespace {

namespace fs = std::filesystem;

// A strict RFC 4180 reader: CRLF records, quoted fields with doubled quotes; fails the test on a stray quote.
std::vector<std::vector<std::string>> parseCsv(const std::string& text)
{
    std::vector<std::vector<std::string>> rows(1);
    std::string field;
    bool quoted = false, wasQuoted = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
                field += '"', ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == '"') {
            EXPECT_TRUE(field.empty() && !wasQuoted) << "quote inside an unquoted field at byte " << i;
            quoted = wasQuoted = true;
        } else if (c == ',') {
            rows.back().push_back(field), field.clear(), wasQuoted = false;
        } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
            rows.back().push_back(field), field.clear(), wasQuoted = false;
            rows.emplace_back();
            ++i;
        } else {
            EXPECT_NE(c, '\n') << "bare LF outside quotes at byte " << i;
            field += c;
        }
    }
    EXPECT_FALSE(quoted) << "unterminated quoted field";
    EXPECT_TRUE(rows.back().empty() && field.empty()) << "last record must end with CRLF";
    rows.pop_back();
    return rows;
}

TEST(ExportCsvTest, OneRowPerNodeAndEdgeWithQuotesJoined)
{
    const auto view = test::exportView();
    std::ostringstream nodes, edges;
    ASSERT_TRUE(writeCsv(view, nodes, edges));
    const auto nodeRows = parseCsv(nodes.str());
    const auto edgeRows = parseCsv(edges.str());
    ASSERT_EQ(nodeRows.size(), view.nodes.size() + 1);
    ASSERT_EQ(edgeRows.size(), view.edges.size() + 1);
    EXPECT_EQ(nodeRows[0][0], "Id");
    for (const auto& row : nodeRows) {
        EXPECT_EQ(row.size(), nodeRows[0].size());
    }
    for (std::size_t i = 1; i < nodeRows.size(); ++i) {
        const auto* node = view.findNode(nodeRows[i][0]);
        ASSERT_NE(node, nullptr);
        EXPECT_EQ(nodeRows[i][4], std::to_string(node->degree));
    }
    const auto& header = edgeRows[0];
    const auto column = [&](const std::string& name) {
        return static_cast<std::size_t>(std::find(header.begin(), header.end(), name) - header.begin());
    };
    bool found = false;
    for (std::size_t i = 1; i < edgeRows.size(); ++i) {
        ASSERT_EQ(edgeRows[i].size(), header.size());
        if (edgeRows[i][0] == "criticism:IRN>USA") {
            found = true;
            EXPECT_EQ(edgeRows[i][column("Weight")], "2");
            EXPECT_EQ(edgeRows[i][column("Type")], "Directed");
            EXPECT_EQ(edgeRows[i][column("Relation")], "criticism");
            EXPECT_EQ(edgeRows[i][column("Quotes")], test::kHostileQuote + " | Second.");
        } else if (edgeRows[i][0] == "cooperation:CHN-RUS") {
            EXPECT_EQ(edgeRows[i][column("Type")], "Undirected");
        }
    }
    EXPECT_TRUE(found);
    const auto irn = std::find_if(nodeRows.begin(), nodeRows.end(), [](const auto& row) { return row[0] == "IRN"; });
    ASSERT_NE(irn, nodeRows.end());
    EXPECT_EQ((*irn)[1], "Iran <&> \"Islamic\" 'Republic', Tehran;\nΙράν 伊朗 \xEF\xBF\xBD");
}

TEST(ExportJsonTest, ContractShapeWithArticles)
{
    const auto view = test::exportView();
    std::ostringstream out;
    ASSERT_TRUE(writeJson(view, out));
    const auto json = nlohmann::json::parse(out.str()); // throws (fails) on invalid JSON or UTF-8
    EXPECT_EQ(json["level"], "entity");
    ASSERT_EQ(json["articles"].size(), 2u);
    EXPECT_EQ(json["articles"][0]["title"], "A & B <news>");
    EXPECT_EQ(json["articles"][0]["date"], "2024-01-02");
    EXPECT_TRUE(json["articles"][1]["date"].is_null());
    EXPECT_EQ(json["actors"].size(), view.nodes.size());
    ASSERT_EQ(json["relations"].size(), view.edges.size());
    for (const auto& relation : json["relations"]) {
        const auto* edge = view.findEdge(relation["id"].get<std::string>());
        ASSERT_NE(edge, nullptr);
        EXPECT_EQ(relation["weight"], edge->weight);
        EXPECT_EQ(relation["evidence"].size(), edge->evidence.size());
        EXPECT_EQ(relation["directed"], edge->directed);
    }
    const auto& criticism = *std::find_if(json["relations"].begin(), json["relations"].end(),
                                          [](const auto& r) { return r["id"] == "criticism:IRN>USA"; });
    EXPECT_EQ(criticism["evidence"][0]["quote"], test::kHostileQuote);
    EXPECT_EQ(criticism["evidence"][0]["article"], 1);
    EXPECT_EQ(criticism["evidence"][0]["trigger"]["text"], "H");
}

TEST(ExportDotTest, GraphvizRendersIt)
{
    const auto view = test::exportView();
    std::ostringstream out;
    ASSERT_TRUE(writeDot(view, out));
    const std::string dot = out.str();
    EXPECT_NE(dot.find("\"CHN\" -> \"RUS\""), std::string::npos);
    EXPECT_NE(dot.find("dir=none"), std::string::npos);
    EXPECT_EQ(std::count(dot.begin(), dot.end(), '\n'), static_cast<long>(5 + view.nodes.size() + view.edges.size() + 1));
    if (std::system("command -v dot >/dev/null 2>&1") != 0) {
        GTEST_SKIP() << "Graphviz `dot` is not installed";
    }
    const auto dir = fs::temp_directory_path() / ("diplograph-dot-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    std::ofstream(dir / "g.dot") << dot;
    const std::string command = "dot -Tsvg '" + (dir / "g.dot").string() + "' -o '" + (dir / "g.svg").string() +
                                "' 2>'" + (dir / "err.txt").string() + "'";
    EXPECT_EQ(std::system(command.c_str()), 0) << test::readFile(dir / "err.txt");
    const auto svg = test::readFile(dir / "g.svg");
    EXPECT_NE(svg.find("<svg"), std::string::npos);
    EXPECT_NE(svg.find("伊朗"), std::string::npos);
    EXPECT_EQ(test::readFile(dir / "err.txt"), "");
    fs::remove_all(dir);
}

TEST(ExportGraphTest, WritesFilesForEveryFormat)
{
    const auto view = test::exportView();
    const auto dir = fs::temp_directory_path() / ("diplograph-export-" + std::to_string(::getpid()));
    fs::remove_all(dir);
    fs::create_directories(dir);
    for (auto format :
         {ExportFormat::GraphMl, ExportFormat::Gexf, ExportFormat::Dot, ExportFormat::Json, ExportFormat::CytoscapeJson}) {
        const auto path = dir / (std::string("graph.") + exportFormatName(format));
        auto files = exportGraph(view, format, path);
        ASSERT_TRUE(files) << files.error().message;
        ASSERT_EQ(files->size(), 1u);
        EXPECT_GT(fs::file_size(path), 100u);
        EXPECT_FALSE(fs::exists(path.string() + ".part"));
        EXPECT_EQ(exportFormatFromName(exportFormatName(format)), format);
    }
    auto named = exportGraph(view, ExportFormat::Csv, dir / "graph.csv");
    ASSERT_TRUE(named);
    EXPECT_EQ((*named)[0], dir / "graph" / "nodes.csv");
    EXPECT_TRUE(fs::exists(dir / "graph" / "edges.csv"));
    auto folder = exportGraph(view, ExportFormat::Csv, dir / "tables/");
    ASSERT_TRUE(folder);
    EXPECT_TRUE(fs::exists(dir / "tables" / "nodes.csv"));
    EXPECT_TRUE(fs::exists(dir / "tables" / "edges.csv"));
    auto missing = exportGraph(view, ExportFormat::Json, dir / "no" / "such" / "folder" / "g.json");
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().code, ErrorCode::Io);
    EXPECT_EQ(exportGraph(view, ExportFormat::Invalid, dir / "x").error().code, ErrorCode::InvalidArgument);
    fs::remove_all(dir);
}

} // namespace
} // namespace diplograph::core
