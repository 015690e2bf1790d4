#pragma once

#include <string>
#include <utility>
#include <variant>

namespace diplograph::core {

// The most specific reason an operation failed; the CLI maps these to exit codes.
enum class ErrorCode {
    Invalid = 0,
    InvalidArgument,
    NotFound,      // a path that does not exist
    Unreadable,    // exists but cannot be read (permissions, a directory, I/O error)
    Empty,         // the input holds no text
    Binary,        // the input is not text
    TooLarge,      // the input exceeds a documented limit
    Parse,         // malformed data (lexicon line, JSON, gold file)
    Io,            // writing failed
    NotAWorkspace, // the file is not an SQLite database, or not one of ours
    Corrupt,       // SQLite reports corruption or a schema we cannot read
    NewerSchema,   // written by a newer Diplograph
    ReadOnly,      // the workspace or its folder cannot be written
    Busy,          // another process holds the database too long
    Database,      // any other SQLite failure
    Cancelled,     // the caller's cancel flag was raised
};

// An error a user can act on: what failed and, where known, why and what to do.
struct Error {
    ErrorCode code = ErrorCode::Invalid;
    std::string message;
};

// Returns a stable lower-case name for `code` ("not-found", "newer-schema", ...).
[[nodiscard]] const char* errorCodeName(ErrorCode code);

// A value or an Error; a small stand-in for std::expected, which GCC 12 lacks in C++20.
template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value) : m_data(std::in_place_index<0>, std::move(value)) {}
    Result(Error error) : m_data(std::in_place_index<1>, std::move(error)) {}

    [[nodiscard]] bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    [[nodiscard]] T& value() & { return std::get<0>(m_data); }
    [[nodiscard]] const T& value() const& { return std::get<0>(m_data); }
    [[nodiscard]] T&& value() && { return std::get<0>(std::move(m_data)); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }

    [[nodiscard]] const Error& error() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

// Success or an Error, for operations with nothing to return.
template <>
class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)), m_ok(false) {}

    [[nodiscard]] bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    [[nodiscard]] const Error& error() const { return m_error; }

private:
    Error m_error;
    bool m_ok = true;
};

// Shorthand for returning an error: `return fail(ErrorCode::NotFound, "no such file: " + path);`
[[nodiscard]] inline Error fail(ErrorCode code, std::string message)
{
    return Error{code, std::move(message)};
}

} // namespace diplograph::core
