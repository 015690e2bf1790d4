#pragma once

#include <filesystem>
#include <string>
#include <vector>

// Running the programs installed beside diplograph-cli (the GUI for pictures and PDFs, the CLI itself).
namespace diplograph::cli {

// `name` in this executable's folder, or the value of $overrideVariable when it is set.
[[nodiscard]] std::filesystem::path besideSelf(const char* name, const char* overrideVariable = nullptr);

// Runs `arguments` (the program first) and waits. The child gets the offscreen Qt platform, no dialogs and a
// private runtime folder; with `quiet` its stdout goes to /dev/null. Returns its exit code, or 5 with a message
// on stderr when it could not be started.
int runChild(const std::vector<std::string>& arguments, bool quiet);

} // namespace diplograph::cli
