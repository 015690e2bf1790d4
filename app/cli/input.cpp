// Bounded reads: stdin and pipes are read in chunks and stopped at the limit, never slurped first.
#include "input.h"

#include <cerrno>
#include <cstring>

namespace diplograph::cli {

namespace {

std::string megabytes(std::size_t bytes)
{
    return std::to_string(bytes / (1024 * 1024)) + " MB";
}

core::Error readError(const std::string& name, int error)
{
    return core::fail(core::ErrorCode::Unreadable, "cannot read " + name + ": " + std::strerror(error));
}

} // namespace

core::Result<std::string> readAll(std::FILE* stream, const std::string& name, std::size_t limitBytes)
{
    std::string bytes;
    char buffer[1 << 16];
    std::size_t got = 0;
    while ((got = std::fread(buffer, 1, sizeof buffer, stream)) > 0) {
        if (bytes.size() + got > limitBytes) {
            return core::fail(core::ErrorCode::TooLarge,
                              name + " is larger than the " + megabytes(limitBytes) + " limit; stopped reading");
        }
        bytes.append(buffer, got);
    }
    if (std::ferror(stream)) {
        return readError(name, errno);
    }
    return bytes;
}

LineReader::LineReader(std::FILE* stream, std::string name, std::size_t limitBytes)
    : m_stream(stream), m_name(std::move(name)), m_limitBytes(limitBytes)
{
}

bool LineReader::next(std::string& line)
{
    line.clear();
    if (!m_error) {
        return false;
    }
    bool any = false;
    int c = 0;
    while ((c = getc_unlocked(m_stream)) != EOF) { // one reader per stream: no locking needed
        any = true;
        if (c == '\n') {
            break;
        }
        if (line.size() >= m_limitBytes) {
            m_error = core::fail(core::ErrorCode::TooLarge, "line " + std::to_string(m_number + 1) + " of " + m_name +
                                                                " is longer than the " + megabytes(m_limitBytes) +
                                                                " limit; stopped reading");
            line.clear();
            return false;
        }
        line.push_back(static_cast<char>(c));
    }
    if (c == EOF && std::ferror(m_stream)) {
        m_error = readError(m_name, errno);
        line.clear();
        return false;
    }
    if (!any) {
        return false;
    }
    ++m_number;
    return true;
}

} // namespace diplograph::cli
