#pragma once

#include <filesystem>
#include <optional>
#include <string>

namespace diplograph::test {

// The project's source folder (for resources/ and tests/data/).
[[nodiscard]] std::filesystem::path sourceDir();
// ../shared/corpus beside the project, or $DIPLOGRAPH_CORPUS; nullopt when absent (tests then GTEST_SKIP).
[[nodiscard]] std::optional<std::filesystem::path> corpusDir();
// The built diplograph-cli executable.
[[nodiscard]] std::filesystem::path cliPath();
// Reads a whole file; empty if unreadable.
[[nodiscard]] std::string readFile(const std::filesystem::path& path);

} // namespace diplograph::test
