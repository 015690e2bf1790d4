#include "diplograph/output_file.h"
#include "export/export_common.h"

#include <fstream>
#include <sstream>
#include <system_error>

namespace diplograph::core {

namespace {

namespace fs = std::filesystem;

constexpr ExportFormat kFormats[] = {ExportFormat::GraphMl, ExportFormat::Gexf, ExportFormat::Dot, ExportFormat::Csv,
                                     ExportFormat::Json};

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
    default: return "invalid";
    }
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
            return fail(ErrorCode::InvalidArgument, "CSV writes two files (nodes and edges): give a path, not -");
        }
        const std::string text = path.string();
        const bool folder = fs::is_directory(path, ec) || text.back() == '/';
        if (folder) {
            fs::create_directories(path, ec);
        }
        const fs::path nodes = folder ? path / "nodes.csv" : fs::path(text + ".nodes.csv");
        const fs::path edges = folder ? path / "edges.csv" : fs::path(text + ".edges.csv");
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
    default: return fail(ErrorCode::InvalidArgument, "unknown export format (graphml, gexf, dot, csv or json)");
    }
    if (auto done = writeFile(path, [&](std::ostream& out) { return writer(view, out, options); }); !done) {
        return done.error();
    }
    return std::vector<fs::path>{path};
}

} // namespace diplograph::core
