// `diplograph-cli render`: draws the graph picture without a display. diplograph-cli links core only, so it
// runs the `diplograph` GUI executable found beside it with --render and the offscreen Qt platform.
#include "child_process.h"
#include "commands.h"

#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <string>
#include <vector>

namespace diplograph::cli {

namespace {

const char* const kUsage =
    "diplograph-cli render (--db W | FILE) -o OUT.png|OUT.svg|OUT.pdf [--level entity|agent] [--scale N]";

int render(const std::vector<std::string>& args)
{
    std::string db, file, out, level = "entity", scale = "2";
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        const bool hasValue = i + 1 < args.size();
        if ((arg == "-o" || arg == "--output") && hasValue) {
            out = args[++i];
        } else if (arg == "--db" && hasValue) {
            db = args[++i];
        } else if (arg == "--level" && hasValue) {
            level = args[++i];
        } else if (arg == "--scale" && hasValue) {
            scale = args[++i];
        } else if (arg == "-h" || arg == "--help") {
            std::cout << "usage: " << kUsage << '\n';
            return 0;
        } else if (!arg.empty() && arg[0] == '-' && arg != "-") {
            return usageError("unknown or incomplete option '" + arg + "'", kUsage);
        } else if (file.empty()) {
            file = arg;
        } else {
            return usageError("give one FILE (or --db W)", kUsage);
        }
    }
    if (out.empty()) {
        return usageError("-o OUT is required", kUsage);
    }
    if (db.empty() == file.empty()) {
        return usageError("give either --db W or FILE", kUsage);
    }
    const std::string suffix = std::filesystem::path(out).extension().string();
    if (suffix != ".png" && suffix != ".svg" && suffix != ".pdf") {
        return usageError("OUT must end in .png, .svg or .pdf", kUsage);
    }
    if (level != "entity" && level != "agent") {
        return usageError("--level must be entity or agent", kUsage);
    }
    char* end = nullptr;
    const double factor = std::strtod(scale.c_str(), &end);
    if (end == scale.c_str() || *end != '\0' || factor < 1 || factor > 4) {
        return usageError("--scale must be a number from 1 to 4", kUsage);
    }
    const std::string input = db.empty() ? file : db;
    if (!std::filesystem::exists(input)) {
        return reportError(core::fail(core::ErrorCode::NotFound, "no such file: " + input));
    }
    const auto gui = besideSelf("diplograph", "DIPLOGRAPH_GUI");
    if (!std::filesystem::exists(gui)) {
        return reportError(core::fail(core::ErrorCode::NotFound,
                                      "the renderer " + gui.string() + " is missing; build with -DDIPLOGRAPH_GUI=ON"));
    }
    std::vector<std::string> arguments = {gui.string(), "--render", out, "--level", level, "--scale", scale};
    if (!db.empty()) {
        arguments.insert(arguments.end(), {"--db", db});
    } else {
        arguments.push_back(file);
    }
    return runChild(arguments, false);
}

const CommandRegistrar registrar({"render", std::string(kUsage).substr(std::string("diplograph-cli ").size()), render});

} // namespace

} // namespace diplograph::cli
