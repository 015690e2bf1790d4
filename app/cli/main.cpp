#include "commands.h"

#include <algorithm>
#include <cstdio>
#include <iostream>

namespace diplograph::cli {

namespace {

std::vector<Command>& registry()
{
    static std::vector<Command> all;
    return all;
}

} // namespace

CommandRegistrar::CommandRegistrar(Command command)
{
    registry().push_back(std::move(command));
}

const std::vector<Command>& commands()
{
    return registry();
}

int exitCodeFor(core::ErrorCode code)
{
    using core::ErrorCode;
    switch (code) {
    case ErrorCode::InvalidArgument: return 1;
    case ErrorCode::NotFound:
    case ErrorCode::Unreadable: return 2;
    case ErrorCode::Empty:
    case ErrorCode::Binary:
    case ErrorCode::TooLarge:
    case ErrorCode::Parse: return 3;
    case ErrorCode::NotAWorkspace:
    case ErrorCode::Corrupt:
    case ErrorCode::NewerSchema:
    case ErrorCode::ReadOnly:
    case ErrorCode::Busy:
    case ErrorCode::Database: return 4;
    default: return 5;
    }
}

int reportError(const core::Error& error)
{
    std::cerr << "diplograph-cli: " << error.message << '\n';
    return exitCodeFor(error.code);
}

int usageError(const std::string& message, const std::string& usage)
{
    std::cerr << "diplograph-cli: " << message << "\nusage: " << usage << '\n';
    return 1;
}

} // namespace diplograph::cli

namespace {

void printHelp()
{
    std::cout << "diplograph-cli " DIPLOGRAPH_VERSION " - actors and relations in news articles\n\nCommands:\n";
    auto sorted = diplograph::cli::commands();
    std::sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) { return a.name < b.name; });
    for (const auto& command : sorted) {
        std::cout << "  " << command.synopsis << '\n';
    }
}

} // namespace

int main(int argc, char** argv)
{
    std::ios::sync_with_stdio(false);
    if (argc < 2) {
        printHelp();
        return 1;
    }
    const std::string name = argv[1];
    if (name == "--help" || name == "-h" || name == "help") {
        printHelp();
        return 0;
    }
    if (name == "--version") {
        std::cout << "diplograph-cli " DIPLOGRAPH_VERSION "\n";
        return 0;
    }
    for (const auto& command : diplograph::cli::commands()) {
        if (command.name == name) {
            try {
                return command.run(std::vector<std::string>(argv + 2, argv + argc));
            } catch (const std::exception& e) {
                std::cerr << "diplograph-cli: internal error: " << e.what() << '\n';
                return 5;
            }
        }
    }
    std::cerr << "diplograph-cli: unknown command '" << name << "' (try --help)\n";
    return 1;
}
