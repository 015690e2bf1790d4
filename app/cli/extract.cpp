// diplograph-cli extract: one article (or JSON lines of articles) to the JSON contract, DOT or CSV.
#include "commands.h"
#include "input.h"

#include "diplograph/extract.h"
#include "diplograph/json.h"
#include "diplograph/output_file.h"

#include <nlohmann/json.hpp>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <memory>
#include <sstream>
#include <stdexcept>

namespace diplograph::cli {

namespace {

constexpr const char* kUsage =
    "diplograph-cli extract [--format json|dot|csv] [--csv-formulas] [--lexicon DIR] [-o OUT|-] FILE|-\n"
    "       diplograph-cli extract --jsonl [--lexicon DIR] [FILE|-] > results.jsonl";

// As the export's CSV: a cell that starts like a formula (= + - @ tab CR) gets a leading ' unless
// --csv-formulas, so a quote such as "=HYPERLINK(...)" cannot run in a spreadsheet.
std::string csvField(std::string value, bool allowFormulas)
{
    if (!allowFormulas && !value.empty() && std::string_view("=+-@\t\r").find(value.front()) != std::string_view::npos) {
        value.insert(value.begin(), '\'');
    }
    if (value.find_first_of(",\"\n\r") == std::string::npos) {
        return value;
    }
    std::string quoted = "\"";
    for (const char c : value) {
        quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
    }
    return quoted + "\"";
}

std::string dotId(const std::string& value)
{
    std::string quoted = "\"";
    for (const char c : value) {
        if (c == '"' || c == '\\') {
            quoted += '\\';
        }
        quoted += c == '\n' ? ' ' : c;
    }
    return quoted + "\"";
}

void writeDot(const core::ArticleResult& result, std::ostream& out)
{
    out << "digraph diplograph {\n  node [shape=box, fontname=\"DejaVu Sans\"];\n";
    for (const auto& actor : result.actors) {
        out << "  " << dotId(actor.id) << " [label=" << dotId(actor.name) << "];\n";
    }
    for (const auto& relation : result.relations) {
        const char* colour = relation.type == core::RelationType::Cooperation ? "#009E73"
                             : relation.type == core::RelationType::Criticism ? "#D55E00"
                                                                               : "#0072B2";
        out << "  " << dotId(relation.source) << " -> " << dotId(relation.target) << " [label="
            << dotId(core::relationTypeName(relation.type)) << ", color=\"" << colour << "\""
            << (relation.directed ? "" : ", dir=none") << ", penwidth=" << relation.weight() << "];\n";
    }
    out << "}\n";
}

void writeCsv(const core::ArticleResult& result, std::ostream& out, bool allowFormulas)
{
    const auto csvField = [allowFormulas](const std::string& value) { return cli::csvField(value, allowFormulas); };
    out << "id,type,source,target,directed,weight,sentence,start,end,trigger,rule,confidence,quote\r\n";
    for (const auto& relation : result.relations) {
        for (const auto& evidence : relation.evidence) {
            out << relation.id << ',' << core::relationTypeName(relation.type) << ',' << csvField(relation.source) << ','
                << csvField(relation.target) << ',' << (relation.directed ? "true" : "false") << ','
                << relation.weight() << ',' << evidence.sentence << ',' << evidence.range.start << ','
                << evidence.range.end << ',' << csvField(evidence.trigger.text) << ',' << evidence.rule << ','
                << evidence.confidence << ',' << csvField(evidence.quote) << "\r\n";
        }
    }
}

// One JSON object per input line: {"id","title","text","date","source"} -> the same fields plus "result":{...}.
// Every non-blank line gives one output line, a result or an "error" naming the line; the exit status is 3 when
// any line failed and that of the read error when reading stopped early.
int runJsonLines(const core::Lexicon& lexicon, std::FILE* stream, const std::string& name)
{
    std::string line;
    std::size_t number = 0;
    std::size_t failures = 0;
    LineReader reader(stream, name, core::kMaxInputBytes);
    while (reader.next(line)) {
        number = reader.number();
        if (line.find_first_not_of(" \t\r") == std::string::npos) {
            continue;
        }
        nlohmann::json output;
        std::string resultJson; // written as it is, not parsed back into `output` and printed again
        try {
            // nlohmann::json copies, prints and frees recursively: a line of 100,000 '[' would overflow the stack.
            if (auto nesting = core::checkJsonNesting(line); !nesting) {
                throw std::runtime_error(nesting.error().message);
            }
            const auto input = nlohmann::json::parse(line);
            // The text travels with the result, so `import --jsonl` stores articles that can be re-extracted and shown.
            for (const char* field : {"id", "title", "date", "source", "text"}) {
                if (input.contains(field)) {
                    output[field] = input[field];
                }
            }
            auto result = core::extractBytes(input.at("text").get<std::string>(), lexicon);
            if (result) {
                resultJson = core::articleResultToJson(*result, -1);
            } else {
                output["error"] = "line " + std::to_string(number) + ": " + result.error().message;
                ++failures;
            }
        } catch (const std::exception& error) { // bad_alloc included: this line fails, the next is read
            output = nlohmann::json::object();
            output["error"] = "line " + std::to_string(number) + ": " + error.what();
            resultJson.clear();
            ++failures;
        }
        std::string head = output.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
        if (!resultJson.empty()) {
            // The input's fields, then "result": the object closes after it.
            head.pop_back();
            std::cout << head << (head.size() > 1 ? "," : "") << "\"result\":" << resultJson << "}\n";
        } else {
            std::cout << head << '\n';
        }
    }
    std::cout.flush();
    if (failures > 0) {
        std::cerr << "diplograph-cli: " << failures << " of " << number << " lines failed\n";
    }
    if (!reader.error()) {
        return reportError(reader.error().error());
    }
    if (!std::cout) {
        return reportError(core::fail(core::ErrorCode::Io, "writing the output failed"));
    }
    return failures > 0 ? 3 : 0;
}

int run(const std::vector<std::string>& args)
{
    std::string format = "json";
    std::string output;
    std::string input;
    std::string lexiconDir;
    bool jsonLines = false;
    bool allowFormulas = false;
    bool operands = false; // after "--" every argument is the input, even "-x"
    for (std::size_t i = 0; i < args.size(); ++i) {
        const auto& arg = args[i];
        if (!operands && arg == "--") {
            operands = true;
        } else if (operands) {
            if (!input.empty()) {
                return usageError("one input only", kUsage);
            }
            input = arg;
        } else if ((arg == "--format" || arg == "-o" || arg == "--lexicon") && i + 1 < args.size()) {
            (arg == "--format" ? format : arg == "-o" ? output : lexiconDir) = args[++i];
        } else if (arg == "--jsonl") {
            jsonLines = true;
        } else if (arg == "--csv-formulas") {
            allowFormulas = true;
        } else if (!arg.empty() && arg[0] == '-' && arg != "-") {
            return usageError("unknown option " + arg, kUsage);
        } else if (input.empty()) {
            input = arg;
        } else {
            return usageError("one input only", kUsage);
        }
    }
    if (format != "json" && format != "dot" && format != "csv") {
        return usageError("unknown format " + format, kUsage);
    }
    auto lexicon = lexiconDir.empty() ? core::Lexicon::builtin() : core::Lexicon::fromDirectory(lexiconDir);
    if (!lexicon) {
        return reportError(lexicon.error());
    }
    if (jsonLines) {
        if (input.empty() || input == "-") {
            return runJsonLines(*lexicon, stdin, "stdin");
        }
        const std::unique_ptr<std::FILE, int (*)(std::FILE*)> file(std::fopen(input.c_str(), "rb"), &std::fclose);
        if (!file) {
            return reportError(core::fail(errno == ENOENT ? core::ErrorCode::NotFound : core::ErrorCode::Unreadable,
                                          "cannot read " + input + ": " + std::strerror(errno)));
        }
        return runJsonLines(*lexicon, file.get(), input);
    }
    if (input.empty()) {
        return usageError("no input file", kUsage);
    }
    core::Result<core::Document> document = core::fail(core::ErrorCode::Invalid, "");
    if (input == "-") {
        auto bytes = readAll(stdin, "stdin", core::kMaxInputBytes);
        if (!bytes) {
            return reportError(bytes.error());
        }
        document = core::loadDocument(std::move(*bytes));
    } else {
        document = core::readDocument(input);
    }
    if (!document) {
        return reportError(document.error());
    }
    const auto result = core::extract(*document, *lexicon);
    for (const auto& warning : result.warnings) {
        std::cerr << "diplograph-cli: warning: " << warning << '\n';
    }
    const auto writeResult = [&](std::ostream& out) -> core::Result<void> {
        if (format == "json") {
            core::writeArticleResultJson(result, out);
            out << '\n';
        } else if (format == "dot") {
            writeDot(result, out);
        } else {
            writeCsv(result, out, allowFormulas);
        }
        out.flush();
        if (!out) {
            return core::fail(core::ErrorCode::Io, "writing the output failed");
        }
        return {};
    };
    // -o OUT goes through the same atomic path as export: a failed write leaves no partial file.
    const auto written = core::writeOutputFile(std::filesystem::path(output.empty() ? "-" : output), writeResult);
    if (!written) {
        return reportError(written.error());
    }
    return 0;
}

const CommandRegistrar kRegistrar({"extract", "extract [--format json|dot|csv] [-o OUT] FILE|-   actors and relations of one article", run});

} // namespace

} // namespace diplograph::cli
