// `diplograph-cli report`: the briefing report (HTML, or PDF). diplograph-cli links core only, so the picture
// and the PDF come from the `diplograph` GUI executable beside it, run offscreen as `render` does.
#include "child_process.h"
#include "commands.h"
#include "diplograph/report.h"
#include "diplograph/workspace.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

namespace diplograph::cli {

namespace {

namespace fs = std::filesystem;

const char* const kUsage = "diplograph-cli report (--db W | FILE...) -o OUT.html|OUT.pdf [--level entity|agent]\n"
                           "       [--edge ID]... [--title TEXT] [--page a4|letter] [--no-image]";

std::string readAll(const fs::path& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// A temporary folder removed when the command ends, whatever path it takes.
struct TemporaryFolder {
    fs::path path;
    TemporaryFolder()
    {
        std::string pattern = (fs::temp_directory_path() / "diplograph-report-XXXXXX").string();
        if (mkdtemp(pattern.data())) {
            path = pattern;
        }
    }
    ~TemporaryFolder()
    {
        std::error_code ignored;
        if (!path.empty()) {
            fs::remove_all(path, ignored);
        }
    }
};

int report(const std::vector<std::string>& args)
{
    std::string db, out, level = "entity", page = "a4";
    std::vector<std::string> files;
    bool image = true;
    core::ReportOptions options;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        const bool hasValue = i + 1 < args.size();
        if ((arg == "-o" || arg == "--output") && hasValue) {
            out = args[++i];
        } else if (arg == "--db" && hasValue) {
            db = args[++i];
        } else if (arg == "--level" && hasValue) {
            level = args[++i];
        } else if (arg == "--edge" && hasValue) {
            options.edges.push_back(args[++i]);
        } else if (arg == "--title" && hasValue) {
            options.title = args[++i];
        } else if (arg == "--page" && hasValue) {
            page = args[++i];
        } else if (arg == "--no-image") {
            image = false;
        } else if (!arg.empty() && arg[0] == '-') {
            return usageError("unknown or incomplete option '" + arg + "'", kUsage);
        } else {
            files.push_back(arg);
        }
    }
    const std::string suffix = fs::path(out).extension().string();
    if (out.empty() || (suffix != ".html" && suffix != ".pdf")) {
        return usageError("-o OUT.html or -o OUT.pdf is required", kUsage);
    }
    if (db.empty() == files.empty()) {
        return usageError("give either --db W or FILE...", kUsage);
    }
    const auto graphLevel = core::graphLevelFromName(level);
    if (graphLevel == core::GraphLevel::Invalid || (page != "a4" && page != "letter")) {
        return usageError("--level is entity or agent; --page is a4 or letter", kUsage);
    }
    TemporaryFolder temporary;
    if (temporary.path.empty()) {
        return reportError(core::fail(core::ErrorCode::Io, "cannot create a temporary folder"));
    }
    if (!files.empty()) {
        // Files go through `import` into a throwaway workspace, so the report reads them exactly as a
        // workspace would (titles, dates, formats).
        db = (temporary.path / "files.diplograph").string();
        std::vector<std::string> import = {besideSelf("diplograph-cli", nullptr).string(), "import", "--db", db};
        import.insert(import.end(), files.begin(), files.end());
        if (const int code = runChild(import, true); code != 0) {
            return code;
        }
    }
    auto workspace = core::Workspace::open(db, core::OpenMode::ReadOnly);
    if (!workspace) {
        return reportError(workspace.error());
    }
    auto graph = workspace->buildGraph(graphLevel);
    auto edits = graph ? workspace->listEdits() : core::Result<std::vector<core::Edit>>(graph.error());
    if (!edits) {
        return reportError(edits.error());
    }
    options.edits = std::move(*edits);
    const auto view = graph->view();
    const fs::path gui = besideSelf("diplograph", "DIPLOGRAPH_GUI");
    const bool haveGui = fs::exists(gui);
    if (image && haveGui) {
        const auto png = temporary.path / "graph.png";
        if (runChild({gui.string(), "--render", png.string(), "--level", level, "--scale", "2", "--db", db}, true) == 0) {
            options.imagePng = readAll(png);
        }
    }
    if (image && options.imagePng.empty()) {
        std::cerr << "diplograph-cli: no picture in the report (the renderer " << gui.string() << " is missing or failed)\n";
    }
    const fs::path html = suffix == ".html" ? fs::path(out + ".part") : temporary.path / "report.html";
    {
        std::ofstream stream(html, std::ios::binary | std::ios::trunc);
        if (auto written = core::writeReportHtml(view, stream, options); !written) {
            std::error_code ignored;
            fs::remove(html, ignored);
            return reportError(written.error());
        }
    }
    if (suffix == ".html") {
        std::error_code error;
        fs::rename(html, out, error);
        if (error) {
            return reportError(core::fail(core::ErrorCode::Io, "cannot write " + out + ": " + error.message()));
        }
    } else {
        if (!haveGui) {
            return reportError(core::fail(core::ErrorCode::NotFound, "a PDF needs the renderer " + gui.string() +
                                                                         "; build with -DDIPLOGRAPH_GUI=ON"));
        }
        if (const int code = runChild({gui.string(), "--print-report", out, "--page", page, html.string()}, false); code) {
            return code;
        }
    }
    std::cerr << "diplograph-cli: wrote " << out << " (" << (options.edges.empty() ? view.edges.size() : options.edges.size())
              << " relations)\n";
    return 0;
}

const CommandRegistrar registrar({"report", "report (--db W | FILE...) -o OUT.html|OUT.pdf  the briefing report", report});

} // namespace

} // namespace diplograph::cli
