#include "child_process.h"

#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <iostream>

namespace diplograph::cli {

std::filesystem::path besideSelf(const char* name, const char* overrideVariable)
{
    if (const char* overridden = overrideVariable ? std::getenv(overrideVariable) : nullptr) {
        return overridden;
    }
    std::error_code error;
    const auto self = std::filesystem::read_symlink("/proc/self/exe", error);
    return error ? std::filesystem::path(name) : self.parent_path() / name;
}

int runChild(const std::vector<std::string>& arguments, bool quiet)
{
    std::vector<char*> argv;
    for (const auto& argument : arguments) {
        argv.push_back(const_cast<char*>(argument.c_str()));
    }
    argv.push_back(nullptr);
    std::cout.flush();
    const pid_t child = fork();
    if (child < 0) {
        std::cerr << "diplograph-cli: cannot start " << arguments.front() << '\n';
        return 5;
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
        if (quiet) {
            std::freopen("/dev/null", "w", stdout);
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

} // namespace diplograph::cli
