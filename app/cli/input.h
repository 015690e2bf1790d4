#pragma once

#include "diplograph/result.h"

#include <cstddef>
#include <cstdio>
#include <string>

// Reading the CLI's inputs with the same size limit for files, pipes and stdin (kMaxInputBytes).
namespace diplograph::cli {

// All of `stream` (stdin, a pipe, a file); TooLarge as soon as more than `limitBytes` arrive, Unreadable on a read
// error. `name` is used in messages ("stdin", a path).
[[nodiscard]] core::Result<std::string> readAll(std::FILE* stream, const std::string& name, std::size_t limitBytes);

// One line at a time from a stream, each at most `limitBytes`; never holds more than one line.
class LineReader {
  public:
    LineReader(std::FILE* stream, std::string name, std::size_t limitBytes);

    // The next line without its '\n' in `line`: true; false at the end of the input or on an error, which
    // error() then names (TooLarge for an over-long line, Unreadable for a read error).
    [[nodiscard]] bool next(std::string& line);
    [[nodiscard]] const core::Result<void>& error() const { return m_error; }
    // 1-based number of the line last returned.
    [[nodiscard]] std::size_t number() const { return m_number; }

  private:
    std::FILE* m_stream;
    std::string m_name;
    std::size_t m_limitBytes;
    std::size_t m_number = 0;
    core::Result<void> m_error;
};

} // namespace diplograph::cli
