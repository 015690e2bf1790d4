// diplograph-cli import, list, export and reextract: the workspace from the command line (docs/formats.md,
// docs/scaling.md).
#include "commands.h"
#include "diplograph/article_metadata.h"
#include "diplograph/export.h"
#include "diplograph/extract.h"
#include "diplograph/json.h"
#include "diplograph/workspace.h"
#include "input.h"

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <sstream>
#include <unistd.h>

namespace diplograph::cli {

namespace {

namespace fs = std::filesystem;
using core::Result;

// Shows "imported 120/4000" on stderr at most ten times a second, only for long runs on a terminal.
class ProgressLine {
  public:
    explicit ProgressLine(const char* verb) : m_verb(verb), m_terminal(::isatty(STDERR_FILENO) != 0) {}
    bool operator()(std::size_t done, std::size_t total)
    {
        const auto now = std::chrono::steady_clock::now();
        if (m_terminal && total > 20 && (now - m_last > std::chrono::milliseconds(100) || done == total)) {
            m_last = now;
            std::cerr << '\r' << m_verb << ' ' << done << '/' << total << (done == total ? "\n" : "") << std::flush;
        }
        return true;
    }

  private:
    const char* m_verb;
    bool m_terminal;
    std::chrono::steady_clock::time_point m_last{};
};

// The options every workspace command shares, and the rest.
struct Options {
    fs::path database = core::Workspace::defaultPath();
    std::vector<std::string> positional;
    std::map<std::string, std::vector<std::string>> values; // --flag VALUE, repeatable
    std::vector<std::string> flags;                         // --flag
};

Result<Options> parseOptions(const std::vector<std::string>& args, const std::vector<std::string>& withValue,
                             const std::vector<std::string>& bare)
{
    Options options;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const auto& arg = args[i];
        if (arg == "--") { // the rest are operands, even when they start with '-'
            options.positional.insert(options.positional.end(), args.begin() + static_cast<std::ptrdiff_t>(i) + 1,
                                      args.end());
            break;
        }
        const bool takesValue = arg == "--db" || std::find(withValue.begin(), withValue.end(), arg) != withValue.end();
        if (takesValue) {
            if (i + 1 >= args.size()) {
                return core::fail(core::ErrorCode::InvalidArgument, arg + " needs a value");
            }
            if (arg == "--db") {
                options.database = args[++i];
            } else {
                options.values[arg].push_back(args[++i]);
            }
        } else if (std::find(bare.begin(), bare.end(), arg) != bare.end()) {
            options.flags.push_back(arg);
        } else if (arg.size() > 1 && arg[0] == '-' && arg != "-") {
            return core::fail(core::ErrorCode::InvalidArgument, "unknown option " + arg);
        } else {
            options.positional.push_back(arg);
        }
    }
    return options;
}

bool hasFlag(const Options& options, const std::string& flag)
{
    return std::find(options.flags.begin(), options.flags.end(), flag) != options.flags.end();
}

std::string lastValue(const Options& options, const std::string& key, std::string fallback = {})
{
    const auto it = options.values.find(key);
    return it == options.values.end() ? fallback : it->second.back();
}

Result<core::Lexicon> loadLexicon(const Options& options)
{
    const std::string directory = lastValue(options, "--lexicon");
    return directory.empty() ? core::Lexicon::builtin() : core::Lexicon::fromDirectory(directory);
}

core::InputFormat formatOf(const fs::path& path)
{
    std::string extension = path.extension().string();
    std::transform(extension.begin(), extension.end(), extension.begin(),
                   [](unsigned char c) { return std::tolower(c); });
    if (extension == ".html" || extension == ".htm") {
        return core::InputFormat::Html;
    }
    if (extension == ".md" || extension == ".markdown") {
        return core::InputFormat::Markdown;
    }
    return extension == ".txt" ? core::InputFormat::PlainText : core::InputFormat::Auto;
}

// FILE, DIR (recursively: .txt .md .markdown .html .htm, sorted) or "-" for stdin.
Result<std::vector<fs::path>> collectInputs(const std::vector<std::string>& arguments)
{
    std::vector<fs::path> files;
    for (const auto& argument : arguments) {
        std::error_code ec;
        const auto status = fs::status(argument, ec);
        if (argument == "-" || fs::is_regular_file(status)) {
            files.emplace_back(argument);
        } else if (fs::is_directory(status)) {
            std::vector<fs::path> found;
            for (auto it =
                     fs::recursive_directory_iterator(argument, fs::directory_options::skip_permission_denied, ec);
                 !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
                const auto format = formatOf(it->path());
                if (it->is_regular_file(ec) && format != core::InputFormat::Auto) {
                    found.push_back(it->path());
                }
            }
            std::sort(found.begin(), found.end());
            files.insert(files.end(), found.begin(), found.end());
        } else if (fs::exists(status)) {
            files.emplace_back(argument); // a FIFO or device: read like a file, its errors reported as such
        } else {
            return core::fail(core::ErrorCode::NotFound, "no such file or folder: " + argument);
        }
    }
    return files;
}

// The bytes of FILE or of stdin ("-"), stopped at the input limit rather than read whole first.
Result<std::string> readBytes(const fs::path& path)
{
    if (path == "-") {
        return readAll(stdin, "stdin", core::kMaxInputBytes);
    }
    const std::unique_ptr<std::FILE, int (*)(std::FILE*)> file(std::fopen(path.c_str(), "rb"), &std::fclose);
    if (!file) {
        return core::fail(core::ErrorCode::Unreadable, "cannot read " + path.string() + ": " + std::strerror(errno));
    }
    return readAll(file.get(), path.string(), core::kMaxInputBytes);
}

bool isSha256(const std::string& value)
{
    return value.size() == 64 && std::all_of(value.begin(), value.end(),
                                             [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
}

// One line of `extract --jsonl` output: {"id","title","date","source","text"?, "result":{...}} or the result's
// fields at top level. A line with "error" and no result is an input extract rejected (ErrorCode::Empty).
Result<core::ImportItem> parseJsonLine(const std::string& line)
{
    if (auto nesting = core::checkJsonNesting(line); !nesting) {
        return nesting.error(); // before nlohmann::json, whose copies and destruction recurse
    }
    try {
        const auto json = nlohmann::json::parse(line);
        if (json.contains("error") && !json.contains("result")) {
            // an input `extract --jsonl` rejected: reported, not imported
            return core::fail(core::ErrorCode::Empty, "extract failed: " + json.at("error").dump());
        }
        const auto& resultJson = json.contains("result") ? json.at("result") : json;
        auto result = core::articleResultFromJson(resultJson.dump());
        if (!result) {
            return result.error();
        }
        core::ImportItem item;
        item.result = std::move(*result);
        const auto text = [&](const char* key) {
            return json.contains(key) && json.at(key).is_string() ? json.at(key).get<std::string>() : std::string();
        };
        item.input.title = text("title");
        item.input.source = text("source").empty() ? text("id") : text("source");
        if (!text("date").empty()) {
            item.input.date = text("date").substr(0, 10);
        }
        item.input.text = text("text");
        if (auto valid = core::checkArticleResult(item.result, item.input.text); !valid) {
            return valid.error(); // a result from outside is checked against its text before it is stored
        }
        if (item.input.text.empty()) {
            // Results without their text keep their identity; without one, every such line would be a duplicate.
            if (!isSha256(item.result.article.sha256)) {
                return core::fail(core::ErrorCode::Parse, "no \"text\" and no article sha256 to identify it by");
            }
            item.input.sha256 = item.result.article.sha256;
        }
        return item;
    } catch (const std::exception& error) {
        return core::fail(core::ErrorCode::Parse, error.what());
    }
}

int finishImport(const core::ImportSummary& summary, std::size_t failed, const core::Workspace& workspace,
                 int failureCode)
{
    std::cerr << "diplograph-cli: imported " << summary.imported << " articles (" << summary.duplicates
              << " already there, " << failed << " failed) into " << workspace.path().string() << '\n';
    return failed > 0 ? failureCode : 0;
}

// Every non-blank line is imported, a duplicate, or failed with its number and reason; a workspace error
// (busy, read-only, full) stops the import at its line, and so does a read error or an over-long line.
int runImportJsonLines(core::Workspace& workspace, const std::string& source, std::FILE* stream)
{
    core::ImportSummary summary;
    std::size_t failed = 0, withoutText = 0;
    std::string line;
    LineReader reader(stream, source == "-" ? std::string("stdin") : source, core::kMaxInputBytes);
    const auto lineFailed = [&](const std::string& message) {
        std::cerr << "diplograph-cli: line " << reader.number() << ": " << message << '\n';
        ++failed;
    };
    while (reader.next(line)) {
        if (line.find_first_not_of(" \t\r") == std::string::npos) {
            continue;
        }
        try {
            auto item = parseJsonLine(line);
            if (!item) {
                lineFailed(item.error().message);
                continue;
            }
            withoutText += item->input.text.empty();
            auto outcome = workspace.importArticle(item->input, item->result);
            if (!outcome && (outcome.error().code == core::ErrorCode::InvalidArgument ||
                             outcome.error().code == core::ErrorCode::Parse)) {
                lineFailed(outcome.error().message); // this line's data: the next line may be fine
                continue;
            }
            if (!outcome) {
                std::cerr << "diplograph-cli: line " << reader.number() << ": " << outcome.error().message
                          << "; stopped, the lines after it were not read\n";
                finishImport(summary, failed + 1, workspace, 0);
                return exitCodeFor(outcome.error().code);
            }
            (outcome->duplicate ? summary.duplicates : summary.imported) += 1;
        } catch (const std::exception& error) { // bad_alloc on a huge line: that line fails, the next is read
            lineFailed(error.what());
        }
    }
    if (!reader.error()) {
        std::cerr << "diplograph-cli: " << reader.error().error().message << '\n';
        finishImport(summary, failed + 1, workspace, 0);
        return exitCodeFor(reader.error().error().code);
    }
    if (withoutText > 0) {
        std::cerr << "diplograph-cli: " << withoutText
                  << " lines had no \"text\": their results are stored, but reextract and the article view need it\n";
    }
    return finishImport(summary, failed, workspace, 3);
}

int runImport(const std::vector<std::string>& args)
{
    const char* usage = "diplograph-cli import [--db W] [--lexicon DIR] [--date yyyy-mm-dd] FILE|DIR|-...\n"
                        "       diplograph-cli import [--db W] --jsonl [FILE|-]";
    auto options = parseOptions(args, {"--lexicon", "--date"}, {"--jsonl"});
    if (!options) {
        return usageError(options.error().message, usage);
    }
    if (options->positional.empty() && !hasFlag(*options, "--jsonl")) {
        return usageError("nothing to import", usage);
    }
    if (hasFlag(*options, "--jsonl")) {
        if (options->positional.size() > 1) {
            return usageError("--jsonl reads one FILE or stdin", usage);
        }
        const std::string source = options->positional.empty() ? "-" : options->positional[0];
        const std::unique_ptr<std::FILE, int (*)(std::FILE*)> file(
            source == "-" ? nullptr : std::fopen(source.c_str(), "rb"), &std::fclose);
        if (source != "-" && !file) {
            return reportError(core::fail(errno == ENOENT ? core::ErrorCode::NotFound : core::ErrorCode::Unreadable,
                                          "cannot read " + source + ": " + std::strerror(errno)));
        }
        auto workspace = core::Workspace::open(options->database);
        return workspace ? runImportJsonLines(*workspace, source, file ? file.get() : stdin)
                         : reportError(workspace.error());
    }
    // Checked before the workspace is opened, so a bad date does not leave a new empty workspace behind.
    const std::string date = lastValue(*options, "--date");
    if (!date.empty() && !core::isCalendarDate(date)) {
        return usageError("--date " + date + " is not a calendar day written yyyy-mm-dd", usage);
    }
    auto files = collectInputs(options->positional);
    if (!files) {
        return reportError(files.error());
    }
    auto lexicon = loadLexicon(*options);
    if (!lexicon) {
        return reportError(lexicon.error());
    }
    auto workspace = core::Workspace::open(options->database);
    if (!workspace) {
        return reportError(workspace.error());
    }
    const std::string today = core::todayIso();
    ProgressLine progress("imported");
    core::ImportSummary summary;
    std::size_t failed = 0;
    int failureCode = 0;
    for (std::size_t i = 0; i < files->size(); ++i) {
        progress(i, files->size());
        const fs::path& path = (*files)[i];
        auto bytes = readBytes(path);
        auto result =
            bytes ? core::extractBytes(*bytes, *lexicon, formatOf(path)) : Result<core::ArticleResult>(bytes.error());
        if (!result) {
            std::cerr << "diplograph-cli: skipped " << path.string() << ": " << result.error().message << '\n';
            failureCode = failureCode ? failureCode : exitCodeFor(result.error().code);
            ++failed;
            continue;
        }
        core::ArticleInput input;
        input.title = result->article.title.value_or(path == "-" ? std::string("stdin") : path.stem().string());
        // A saved web page names its own address; that is the source an analyst cites, not the local copy.
        const auto url = core::findArticleUrl(*bytes);
        input.source = url ? *url : path == "-" ? std::string() : fs::absolute(path).lexically_normal().string();
        // Without --date, the page's metadata or dateline; a dateline's year is this year's unless in the future.
        input.date = date.empty() ? core::findArticleDate(*bytes, *result, today) : std::optional<std::string>(date);
        input.text = std::move(*bytes);
        input.format = formatOf(path);
        auto outcome = workspace->importArticle(input, *result);
        if (!outcome) {
            return reportError(outcome.error());
        }
        (outcome->duplicate ? summary.duplicates : summary.imported) += 1;
    }
    progress(files->size(), files->size());
    return finishImport(summary, failed, *workspace, failureCode);
}

core::GraphFilter filterFrom(const Options& options, Result<void>& status)
{
    core::GraphFilter filter;
    const auto types = options.values.find("--type");
    if (types != options.values.end()) {
        for (const auto& name : types->second) {
            const auto type = core::relationTypeFromName(name);
            if (type == core::RelationType::Invalid) {
                status = core::fail(core::ErrorCode::InvalidArgument, "unknown relation type " + name);
            }
            filter.types.insert(type);
        }
    }
    try {
        filter.minWeight = std::stoi(lastValue(options, "--min-weight", "1"));
        filter.minConfidence = std::stod(lastValue(options, "--min-confidence", "0"));
    } catch (const std::exception&) {
        status = core::fail(core::ErrorCode::InvalidArgument, "--min-weight and --min-confidence take numbers");
    }
    if (const auto from = lastValue(options, "--from"); !from.empty()) {
        filter.dateFrom = from;
    }
    if (const auto to = lastValue(options, "--to"); !to.empty()) {
        filter.dateTo = to;
    }
    filter.includeIsolated = hasFlag(options, "--isolated");
    return filter;
}

// Stored names and titles come from articles: control characters (an escape sequence that rewrites the
// terminal) are shown as \xNN, never sent raw.
std::string printable(const std::string& text)
{
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte < 0x20 || byte == 0x7F) {
            constexpr char kHex[] = "0123456789abcdef";
            out += "\\x";
            out += kHex[byte >> 4];
            out += kHex[byte & 0xF];
        } else {
            out += c;
        }
    }
    return out;
}

int runList(const std::vector<std::string>& args)
{
    const char* usage = "diplograph-cli list [--db W] [--level agent|entity]";
    auto options = parseOptions(args, {"--level"}, {});
    if (!options || !options->positional.empty()) {
        return usageError(options ? "unexpected argument" : options.error().message, usage);
    }
    const auto level = core::graphLevelFromName(lastValue(*options, "--level", "entity"));
    if (level == core::GraphLevel::Invalid) {
        return usageError("--level is agent or entity", usage);
    }
    auto workspace = core::Workspace::open(options->database, core::OpenMode::ReadOnly);
    if (!workspace) {
        return reportError(workspace.error());
    }
    // One snapshot: a reextract committing between the two reads must not pair old articles with a new graph.
    Result<std::vector<core::ArticleRecord>> articles = std::vector<core::ArticleRecord>{};
    std::optional<core::Graph> graph;
    const auto read = workspace->readSnapshot([&]() -> Result<void> {
        articles = workspace->articles();
        if (!articles) {
            return articles.error();
        }
        auto built = workspace->buildGraph(level);
        if (!built) {
            return built.error();
        }
        graph = std::move(*built);
        return {};
    });
    if (!read) {
        return reportError(read.error());
    }
    core::GraphFilter all;
    all.includeIsolated = true;
    const auto view = graph->view(all);
    std::cout << "Articles: " << articles->size() << '\n';
    for (const auto& article : *articles) {
        std::cout << "  " << article.id << '\t' << article.date.value_or("----------") << '\t' << article.actorCount
                  << " actors\t" << article.relationCount << " relations\t" << article.evidenceCount << " quotes\t"
                  << printable(article.title) << '\n';
    }
    std::cout << "Actors (" << core::graphLevelName(level) << " level): " << view.nodes.size() << '\n';
    for (const auto& node : view.nodes) {
        std::cout << "  " << node.id << '\t' << core::actorKindName(node.kind) << '\t' << node.articleCount
                  << " articles\t" << node.mentionCount << " mentions\t" << node.degree << " neighbours\t"
                  << printable(node.name) << '\n';
    }
    std::cout << "Relations: " << view.edges.size() << '\n';
    for (const auto& edge : view.edges) {
        std::cout << "  " << edge.id << '\t' << edge.weight << (edge.weight == 1 ? " quote" : " quotes") << '\n';
    }
    return 0;
}

int runExport(const std::vector<std::string>& args)
{
    const char* usage = "diplograph-cli export [--db W] --format graphml|gexf|json|cyjs|csv|dot [--level agent|entity]\n"
                        "       [--type T]... [--min-weight N] [--min-confidence X] [--from DATE] [--to DATE]\n"
                        "       [--isolated] [--layout] [--no-quotes] [--csv-formulas] [--cooperation mutual|undirected]\n"
                        "       [--gexf-version 1.3|1.2draft] -o OUT|-   (csv: OUT is a folder; OUT.csv gives OUT/)";
    auto options = parseOptions(args,
                                {"--format", "--level", "--type", "--min-weight", "--min-confidence", "--from", "--to",
                                 "-o", "--output", "--cooperation", "--gexf-version"},
                                {"--isolated", "--layout", "--no-quotes", "--csv-formulas"});
    if (!options || !options->positional.empty()) {
        return usageError(options ? "unexpected argument " + options->positional[0] : options.error().message, usage);
    }
    const auto format = core::exportFormatFromName(lastValue(*options, "--format"));
    const auto level = core::graphLevelFromName(lastValue(*options, "--level", "entity"));
    const std::string output = lastValue(*options, "-o", lastValue(*options, "--output"));
    if (format == core::ExportFormat::Invalid || level == core::GraphLevel::Invalid || output.empty()) {
        return usageError("needs --format graphml|gexf|json|cyjs|csv|dot, a valid --level and -o OUT", usage);
    }
    core::ExportOptions exportOptions;
    if (const auto cooperation = lastValue(*options, "--cooperation"); !cooperation.empty()) {
        exportOptions.cooperation = core::cooperationEncodingFromName(cooperation);
        if (exportOptions.cooperation == core::CooperationEncoding::Invalid) {
            return usageError("--cooperation is mutual or undirected", usage);
        }
    }
    const auto gexfVersion = lastValue(*options, "--gexf-version", "1.3");
    if (gexfVersion != "1.3" && gexfVersion != "1.2draft") {
        return usageError("--gexf-version is 1.3 or 1.2draft", usage);
    }
    exportOptions.gexfDraft12 = gexfVersion == "1.2draft";
    Result<void> status;
    const auto filter = filterFrom(*options, status);
    if (!status) {
        return usageError(status.error().message, usage);
    }
    auto workspace = core::Workspace::open(options->database, core::OpenMode::ReadOnly);
    if (!workspace) {
        return reportError(workspace.error());
    }
    auto graph = workspace->buildGraph(level);
    if (!graph) {
        return reportError(graph.error());
    }
    const auto view = graph->view(filter);
    auto stored = workspace->positions(level);
    if (!stored) {
        return reportError(stored.error());
    }
    exportOptions.includeQuotes = !hasFlag(*options, "--no-quotes");
    exportOptions.csvFormulas = hasFlag(*options, "--csv-formulas");
    if (hasFlag(*options, "--layout")) {
        core::LayoutOptions layoutOptions;
        layoutOptions.fixed = *stored; // the analyst's picture is kept; new actors are placed around it
        auto positions = core::layout(view, layoutOptions);
        if (!positions) {
            return reportError(positions.error());
        }
        exportOptions.positions = std::move(*positions);
    } else {
        for (const auto& [id, position] : *stored) {
            exportOptions.positions.emplace(id, position.point);
        }
    }
    auto files = core::exportGraph(view, format, output, exportOptions);
    if (!files) {
        return reportError(files.error());
    }
    for (const auto& file : *files) {
        std::cerr << "diplograph-cli: wrote " << file.string() << " (" << view.nodes.size() << " actors, "
                  << view.edges.size() << " relations)\n";
    }
    return 0;
}

int runReextract(const std::vector<std::string>& args)
{
    const char* usage = "diplograph-cli reextract [--db W] [--lexicon DIR]";
    auto options = parseOptions(args, {"--lexicon"}, {});
    if (!options || !options->positional.empty()) {
        return usageError(options ? "unexpected argument" : options.error().message, usage);
    }
    auto lexicon = loadLexicon(*options);
    if (!lexicon) {
        return reportError(lexicon.error());
    }
    auto workspace = core::Workspace::open(options->database);
    if (!workspace) {
        return reportError(workspace.error());
    }
    ProgressLine progress("re-extracted");
    auto summary = workspace->reextract(*lexicon, std::ref(progress));
    if (!summary) {
        return reportError(summary.error());
    }
    std::cerr << "diplograph-cli: re-extracted " << summary->articles << " articles (" << summary->failed
              << " kept their old results), " << summary->relations << " relations\n";
    return 0;
}

const CommandRegistrar
    kImport({"import", "import [--db W] FILE|DIR|-... | --jsonl [FILE]  store articles in a workspace", runImport});
const CommandRegistrar kList({"list", "list [--db W] [--level agent|entity]  articles, actors and relations", runList});
const CommandRegistrar kExport({"export", "export [--db W] --format graphml|gexf|json|cyjs|csv|dot -o OUT  the graph",
                                runExport});
const CommandRegistrar kReextract({"reextract", "reextract [--db W]  re-run extraction, keeping analyst edits",
                                   runReextract});

} // namespace

} // namespace diplograph::cli
