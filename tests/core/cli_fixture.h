#pragma once

#include "test_paths.h"

#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <string>

namespace diplograph::test {

// A fresh temporary folder per test, and diplograph-cli run through the shell with its output captured.
class CliFixture : public ::testing::Test {
protected:
    explicit CliFixture(std::string prefix) : m_prefix(std::move(prefix)) {}

    void SetUp() override
    {
        m_dir = std::filesystem::temp_directory_path() /
                (m_prefix + std::to_string(::getpid()) + "-" +
                 ::testing::UnitTest::GetInstance()->current_test_info()->name());
        std::filesystem::remove_all(m_dir);
        std::filesystem::create_directories(m_dir);
        m_db = m_dir / "w.diplograph";
    }
    void TearDown() override { std::filesystem::remove_all(m_dir); }

    // Runs the CLI with `arguments` (shell-quoted by the caller): stdout in m_out, stderr in m_err; returns the
    // exit code, or -1 when the CLI was killed by a signal.
    int cli(const std::string& arguments)
    {
        const auto out = m_dir / "stdout.txt";
        const auto err = m_dir / "stderr.txt";
        const std::string command = "'" + cliPath().string() + "' " + arguments + " > '" + out.string() + "' 2> '" +
                                    err.string() + "'";
        const int status = std::system(command.c_str());
        m_out = readFile(out);
        m_err = readFile(err);
        return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    }
    [[nodiscard]] std::string db() const { return "--db '" + m_db.string() + "'"; }

    std::filesystem::path m_dir;
    std::filesystem::path m_db;
    std::string m_out;
    std::string m_err;

private:
    std::string m_prefix;
};

} // namespace diplograph::test
