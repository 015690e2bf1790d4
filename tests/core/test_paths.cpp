#include "test_paths.h"

#include <cstdlib>
#include <fstream>
#include <sstream>

namespace diplograph::test {

std::filesystem::path sourceDir()
{
    return DIPLOGRAPH_SOURCE_DIR;
}

std::optional<std::filesystem::path> corpusDir()
{
    if (const char* overridden = std::getenv("DIPLOGRAPH_CORPUS")) {
        if (std::filesystem::is_directory(overridden)) {
            return std::filesystem::path(overridden);
        }
    }
    const auto candidate = sourceDir().parent_path() / "shared" / "corpus";
    if (std::filesystem::is_directory(candidate)) {
        return candidate;
    }
    return std::nullopt;
}

std::filesystem::path cliPath()
{
    return DIPLOGRAPH_CLI;
}

std::string readFile(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

} // namespace diplograph::test
