#include "diplograph/output_file.h"
#include "export/export_common.h"

#include <fstream>
#include <sstream>
#include <system_error>

namespace diplograph::core {

namespace {

namespace fs = std::filesystem;

constexpr ExportFormat kFormats[] = {ExportFormat::GraphMl, ExportFormat::Gexf, ExportFormat::Dot,
                                     ExportFormat::Csv,     ExportFormat::Json, ExportFormat::CytoscapeJson};

// Atomic for regular files, written through for devices and FIFOs (output_file.cpp).
template <typename Write> Result<void> writeFile(const fs::path& path, Write write)
{
    return writeOutputFile(path, write);
}

} // namespace

const char* exportFormatName(ExportFormat format)
{
    switch (format) {
    case ExportFormat::GraphMl: return "graphml";
    case ExportFormat::Gexf: return "gexf";
    case ExportFormat::Dot: return "dot";
    case ExportFormat::Csv: return "csv";
    case ExportFormat::Json: return "json";
    case ExportFormat::CytoscapeJson: return "cyjs";
    default: return "invalid";
    }
}

const char* cooperationEncodingName(CooperationEncoding encoding)
{
    switch (encoding) {
    case CooperationEncoding::Mutual: return "mutual";
    case CooperationEncoding::Undirected: return "undirected";
    default: return "invalid";
    }
}

CooperationEncoding cooperationEncodingFromName(std::string_view name)
{
    for (auto encoding : {CooperationEncoding::Mutual, CooperationEncoding::Undirected}) {
        if (name == cooperationEncodingName(encoding)) {
            return encoding;
        }
    }
    return CooperationEncoding::Invalid;
}

ExportFormat exportFormatFromName(std::string_view name)
{
    for (auto format : kFormats) {
        if (name == exportFormatName(format)) {
            return format;
        }
    }
    return ExportFormat::Invalid;
}

Result<std::vector<fs::path>> exportGraph(const GraphView& view, ExportFormat format, const fs::path& path,
                                          const ExportOptions& options)
{
    if (path.empty()) {
        return fail(ErrorCode::InvalidArgument, "no output path given");
    }
    std::error_code ec;
    if (format == ExportFormat::Csv) {
        if (path == "-") {
            return fail(ErrorCode::InvalidArgument, "CSV writes two files (nodes and edges): give a folder, not -");
        }
        // Gephi and Cytoscape import each table on its own, so both keep their plain names in one folder.
        fs::path folder = path;
        if (folder.extension() == ".csv") {
            folder.replace_extension();
        }
        fs::create_directories(folder, ec);
        const fs::path nodes = folder / "nodes.csv";
        const fs::path edges = folder / "edges.csv";
        std::ostringstream nodeText, edgeText;
        if (auto written = writeCsv(view, nodeText, edgeText, options); !written) {
            return written.error();
        }
        for (const auto& file : {std::pair{nodes, nodeText.str()}, std::pair{edges, edgeText.str()}}) {
            // No structured binding here: clang 14 (the fuzz build) cannot capture one in a lambda.
            const auto& content = file.second;
            auto done = writeFile(file.first, [&](std::ostream& out) -> Result<void> {
                out << content;
                return streamStatus(out, "CSV");
            });
            if (!done) {
                return done.error();
            }
        }
        return std::vector<fs::path>{nodes, edges};
    }
    Result<void> (*writer)(const GraphView&, std::ostream&, const ExportOptions&) = nullptr;
    switch (format) {
    case ExportFormat::GraphMl: writer = &writeGraphMl; break;
    case ExportFormat::Gexf: writer = &writeGexf; break;
    case ExportFormat::Dot: writer = &writeDot; break;
    case ExportFormat::Json: writer = &writeJson; break;
    case ExportFormat::CytoscapeJson: writer = &writeCytoscapeJson; break;
    default: return fail(ErrorCode::InvalidArgument, "unknown export format (graphml, gexf, dot, csv, json or cyjs)");
    }
    if (auto done = writeFile(path, [&](std::ostream& out) { return writer(view, out, options); }); !done) {
        return done.error();
    }
    return std::vector<fs::path>{path};
}

} // namespace diplograph::core
