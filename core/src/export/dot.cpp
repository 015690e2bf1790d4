#include "export/escape.h"
#include "export/export_common.h"

#include <algorithm>
#include <ostream>

namespace diplograph::core {

namespace {

const char* nodeShape(ActorKind kind)
{
    switch (kind) {
    case ActorKind::State: return "box";
    case ActorKind::Organisation: return "hexagon";
    case ActorKind::Group: return "diamond";
    default: return "ellipse";
    }
}

// Graphviz's quoted-string syntax takes any UTF-8 once " and \ are escaped.
std::string quoted(const std::string& text)
{
    return "\"" + dotEscape(text) + "\"";
}

} // namespace

Result<void> writeDot(const GraphView& view, std::ostream& out, const ExportOptions& options)
{
    out << "// Diplograph " << graphLevelName(view.level) << "-level actor graph; render with: dot -Tsvg FILE\n"
        << "digraph diplograph {\n"
        << "  graph [overlap=false, splines=true, fontname=\"DejaVu Sans\"];\n"
        << "  node [style=filled, fillcolor=\"#eef3fb\", fontname=\"DejaVu Sans\"];\n"
        << "  edge [fontname=\"DejaVu Sans\", fontsize=10];\n";
    for (const auto& node : view.nodes) {
        out << "  " << quoted(node.id) << " [label=" << quoted(node.name) << ", shape=" << nodeShape(node.kind)
            << ", kind=" << quoted(actorKindName(node.kind)) << ", entity=" << quoted(node.entity)
            << ", degree=" << node.degree << ", weighted_degree=" << node.weightedDegree;
        if (const auto it = options.positions.find(node.id); it != options.positions.end()) {
            // pos is in points (1/72 in) with y up; scene pixels are 1/96 in with y down. neato -n keeps it.
            out << ", pos=\"" << number(it->second.x * 0.75) << "," << number(-it->second.y * 0.75) << "\"";
        }
        out << "];\n";
    }
    for (const auto& edge : view.edges) {
        out << "  " << quoted(edge.source) << " -> " << quoted(edge.target) << " [id=" << quoted(edge.id)
            << ", label=" << quoted(std::string(relationTypeName(edge.type)) + " (" + std::to_string(edge.weight) + ")")
            << ", type=" << quoted(relationTypeName(edge.type)) << ", weight=" << edge.weight
            << ", penwidth=" << number(1.0 + std::min(edge.weight, 8) * 0.5) << ", color=\""
            << relationColour(edge.type) << "\"";
        if (!edge.directed) {
            out << ", dir=none";
        }
        if (options.includeQuotes) {
            out << ", tooltip=" << quoted(joinedQuotes(edge));
        }
        out << "];\n";
    }
    out << "}\n";
    out.flush();
    return streamStatus(out, "DOT");
}

} // namespace diplograph::core
