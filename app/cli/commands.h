#pragma once

#include "diplograph/result.h"

#include <functional>
#include <string>
#include <vector>

// diplograph-cli subcommands. Each lives in its own .cpp and registers itself with a static CommandRegistrar,
// so adding a command touches no other file.
namespace diplograph::cli {

// `args` excludes the program and subcommand names; returns the process exit code.
using CommandFunction = std::function<int(const std::vector<std::string>& args)>;

struct Command {
    std::string name;
    std::string synopsis; // one line for `diplograph-cli --help`
    CommandFunction run;
};

struct CommandRegistrar {
    explicit CommandRegistrar(Command command);
};

[[nodiscard]] const std::vector<Command>& commands();

// Exit codes: 0 success, 1 usage, 2 input not found/unreadable, 3 bad input (empty, binary, parse),
// 4 workspace problem (corrupt, newer, read-only, busy), 5 other.
[[nodiscard]] int exitCodeFor(core::ErrorCode code);

// Prints "diplograph-cli: <message>" on stderr and returns exitCodeFor(error.code).
int reportError(const core::Error& error);

// Prints "diplograph-cli: <message>" and the usage line on stderr; returns 1.
int usageError(const std::string& message, const std::string& usage);

} // namespace diplograph::cli
