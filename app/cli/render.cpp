// `diplograph-cli render`: draws the graph picture without a display. diplograph-cli links core only, so it
// runs the `diplograph` GUI executable found beside it with --render and the offscreen Qt platform.
#include "commands.h"

#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <string>
#include <vector>

namespace diplograph::cli {

namespace {

const char* const kUsage =
    "diplograph-cli render (--db W | FILE) -o OUT.png|OUT.svg|OUT.pdf [--level entity|agent] [--scale N]";

std::filesystem::path guiExecutable()
{
    std::error_code error;
    const auto self = std::filesystem::read_symlink("/proc/self/exe", error);
    if (const char* overridden = std::getenv("DIPLOGRAPH_GUI")) {
        return overridden;
    }
    return error ? std::filesystem::path("diplograph") : self.parent_path() / "diplograph";
}

int runGui(const std::vector<std::string>& arguments)
{
    std::vector<char*> argv;
    for (const auto& argument : arguments) {
        argv.push_back(const_cast<char*>(argument.c_str()));
    }
    argv.push_back(nullptr);
    std::cout.flush();
    const pid_t child = fork();
    if (child < 0) {
        return reportError(core::fail(core::ErrorCode::Io, "cannot start the renderer"));
    }
    if (child == 0) {
        setenv("QT_QPA_PLATFORM", "offscreen", 1);
        setenv("DIPLOGRAPH_NO_DIALOGS", "1", 1);
        if (!std::getenv("XDG_RUNTIME_DIR")) {
            // Qt wants a private runtime folder and warns on every run without one (cron, CI, ssh).
            const std::string runtime = "/tmp/diplograph-runtime-" + std::to_string(getuid());
            mkdir(runtime.c_str(), 0700);
            setenv("XDG_RUNTIME_DIR", runtime.c_str(), 1);
        }
        execv(argv[0], argv.data());
        std::cerr << "diplograph-cli: cannot run " << argv[0] << '\n';
        _exit(5);
    }
    int status = 0;
    while (waitpid(child, &status, 0) < 0) {
        if (errno != EINTR) {
            return 5;
        }
    }
    return WIFEXITED(status) ? WEXITSTATUS(status) : 5;
}

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
    const auto gui = guiExecutable();
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
    return runGui(arguments);
}

const CommandRegistrar registrar({"render", std::string(kUsage).substr(std::string("diplograph-cli ").size()), render});

} // namespace

} // namespace diplograph::cli
