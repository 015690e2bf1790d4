// GraphML and GEXF: well-formed XML (parsed back with Boost.PropertyTree), counts, attributes and escaping.
#include "diplograph/export.h"

#include "export_fixtures.h"

#include <boost/property_tree/ptree.hpp>
#include <boost/property_tree/xml_parser.hpp>
#include <gtest/gtest.h>

#include <sstream>

namespace diplograph::core {
namespace {

using boost::property_tree::ptree;

ptree parse(const std::string& xml)
{
    std::istringstream in(xml);
    ptree tree;
    boost::property_tree::read_xml(in, tree); // throws on malformed XML, failing the test
    return tree;
}

std::string graphMl(const GraphView& view, const ExportOptions& options = {})
{
    std::ostringstream out;
    EXPECT_TRUE(writeGraphMl(view, out, options));
    return out.str();
}

// The <data key="key"> text of a GraphML node or edge element.
std::string dataOf(const ptree& element, const std::string& key)
{
    for (const auto& [name, child] : element) {
        if (name == "data" && child.get<std::string>("<xmlattr>.key") == key) {
            return child.data();
        }
    }
    return "<absent>";
}

TEST(ExportGraphMlTest, DeclaresKeysAndRoundTripsEveryValue)
{
    const auto view = test::exportView();
    const auto tree = parse(graphMl(view));
    const auto& root = tree.get_child("graphml");
    int keys = 0;
    for (const auto& [name, child] : root) {
        keys += name == "key";
    }
    EXPECT_GE(keys, 20);
    const auto& graph = root.get_child("graph");
    EXPECT_EQ(graph.get<std::string>("<xmlattr>.edgedefault"), "directed");
    int nodes = 0, edges = 0, mutualEdges = 0;
    for (const auto& [name, child] : graph) {
        if (name == "node") {
            ++nodes;
            const auto id = child.get<std::string>("<xmlattr>.id");
            const auto* node = view.findNode(id);
            ASSERT_NE(node, nullptr) << id;
            EXPECT_EQ(dataOf(child, "label"), node->name == test::kHostileName
                                                  ? std::string("Iran <&> \"Islamic\" 'Republic', Tehran;\nΙράν 伊朗 \xEF\xBF\xBD")
                                                  : node->name);
            EXPECT_EQ(dataOf(child, "degree"), std::to_string(node->degree));
            EXPECT_EQ(dataOf(child, "kind"), "state");
        } else if (name == "edge") {
            ++edges;
            const auto* edge = view.findEdge(dataOf(child, "relation_id"));
            ASSERT_NE(edge, nullptr);
            // Mutual by default: every edge directed, cooperation as a marked pair.
            EXPECT_EQ(child.get<std::string>("<xmlattr>.directed", "true"), "true");
            EXPECT_EQ(dataOf(child, "mutual"), edge->directed ? "false" : "true");
            EXPECT_EQ(dataOf(child, "edge_id"), child.get<std::string>("<xmlattr>.id"));
            EXPECT_EQ(dataOf(child, "weight"), std::to_string(edge->weight));
            EXPECT_EQ(dataOf(child, "relation"), relationTypeName(edge->type));
            mutualEdges += !edge->directed;
        }
    }
    EXPECT_EQ(nodes, static_cast<int>(view.nodes.size()));
    EXPECT_EQ(mutualEdges, 2);
    EXPECT_EQ(edges, static_cast<int>(view.edges.size()) + 1);
}

TEST(ExportGraphMlTest, UndirectedCooperationOnRequest)
{
    ExportOptions options;
    options.cooperation = CooperationEncoding::Undirected;
    const auto tree = parse(graphMl(test::exportView(), options));
    int edges = 0;
    for (const auto& [name, child] : tree.get_child("graphml.graph")) {
        if (name == "edge") {
            ++edges;
            const bool cooperation = dataOf(child, "relation") == "cooperation";
            EXPECT_EQ(child.get<std::string>("<xmlattr>.directed", "true"), cooperation ? "false" : "true");
        }
    }
    EXPECT_EQ(edges, 3);
}

TEST(ExportGraphMlTest, QuotesSurviveEscaping)
{
    const auto tree = parse(graphMl(test::exportView()));
    bool found = false;
    for (const auto& [name, child] : tree.get_child("graphml.graph")) {
        if (name == "edge" && child.get<std::string>("<xmlattr>.id") == "criticism:IRN>USA") {
            EXPECT_EQ(dataOf(child, "quotes"), test::kHostileQuote + " | Second.");
            found = true;
        }
    }
    EXPECT_TRUE(found);
}

TEST(ExportGraphMlTest, PositionsOnlyWhenGiven)
{
    const auto view = test::exportView();
    EXPECT_EQ(graphMl(view).find("key=\"x\">"), std::string::npos);
    ExportOptions options;
    options.positions["USA"] = {12.5, -40};
    const auto tree = parse(graphMl(view, options));
    for (const auto& [name, child] : tree.get_child("graphml.graph")) {
        if (name == "node" && child.get<std::string>("<xmlattr>.id") == "USA") {
            EXPECT_EQ(dataOf(child, "x"), "12.5");
            EXPECT_EQ(dataOf(child, "y"), "-40");
        }
    }
}

TEST(ExportGexfTest, ParsesWithAttributesAndDirectedness)
{
    const auto view = test::exportView();
    ExportOptions options;
    options.positions["IRN"] = {100, 50};
    std::ostringstream out;
    ASSERT_TRUE(writeGexf(view, out, options));
    const auto tree = parse(out.str());
    const auto& gexf = tree.get_child("gexf");
    EXPECT_EQ(gexf.get<std::string>("<xmlattr>.version"), "1.3");
    const auto& graph = gexf.get_child("graph");
    std::size_t nodes = 0, edges = 0;
    for (const auto& [name, node] : graph.get_child("nodes")) {
        ++nodes;
        const auto id = node.get<std::string>("<xmlattr>.id");
        if (id == "IRN") {
            EXPECT_EQ(node.get<std::string>("<xmlattr>.label").substr(0, 17), "Iran <&> \"Islamic");
            EXPECT_EQ(node.get<std::string>("viz:position.<xmlattr>.y"), "-50");
        }
        int attvalues = 0;
        for (const auto& [attname, value] : node.get_child("attvalues")) {
            attvalues += attname == "attvalue";
        }
        EXPECT_EQ(attvalues, 6);
    }
    for (const auto& [name, edge] : graph.get_child("edges")) {
        ++edges;
        const auto* expected = view.findEdge(edge.get<std::string>("<xmlattr>.id"));
        ASSERT_NE(expected, nullptr);
        EXPECT_EQ(edge.get<std::string>("<xmlattr>.type"), expected->directed ? "directed" : "undirected");
        EXPECT_EQ(edge.get<int>("<xmlattr>.weight"), expected->weight);
        for (const auto& [attname, value] : edge.get_child("attvalues")) {
            if (value.get<std::string>("<xmlattr>.for") == "quotes" && expected->id == "criticism:IRN>USA") {
                EXPECT_EQ(value.get<std::string>("<xmlattr>.value"), test::kHostileQuote + " | Second.");
            }
        }
    }
    EXPECT_EQ(nodes, view.nodes.size());
    EXPECT_EQ(edges, view.edges.size());
}

TEST(ExportGexfTest, EmptyViewIsStillValid)
{
    std::ostringstream out;
    ASSERT_TRUE(writeGexf(GraphView{}, out));
    EXPECT_NO_THROW(parse(out.str()));
}

} // namespace
} // namespace diplograph::core
