// diplograph-cli parse and eval-syntax as a user runs them: CoNLL-U out, clear errors for a bad model.
#include "test_paths.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sys/wait.h>

using namespace diplograph;

namespace {

namespace fs = std::filesystem;

struct Outcome {
    int exitCode = -1;
    std::string out;
    std::string err;
};

// Runs `environment diplograph-cli arguments` through the shell with stdout and stderr captured in files.
Outcome cli(const std::string& environment, const std::string& arguments)
{
    const fs::path base = fs::temp_directory_path() / ("diplograph-cli-syntax-" + std::to_string(::getpid()));
    const std::string command = environment + " " + test::cliPath().string() + " " + arguments + " >" +
                                base.string() + ".out 2>" + base.string() + ".err";
    const int status = std::system(command.c_str());
    Outcome outcome{WIFEXITED(status) ? WEXITSTATUS(status) : -1, test::readFile(base.string() + ".out"),
                    test::readFile(base.string() + ".err")};
    fs::remove(base.string() + ".out");
    fs::remove(base.string() + ".err");
    return outcome;
}

TEST(CliSyntaxTest, ParsePrintsConlluWithOffsets)
{
    const fs::path input = fs::temp_directory_path() / "diplograph-parse-input.txt";
    std::ofstream(input) << "Peru thanked Chile. Chile did not reply.";
    const Outcome run = cli("", "parse " + input.string());
    EXPECT_EQ(run.exitCode, 0) << run.err;
    EXPECT_NE(run.out.find("# text = Peru thanked Chile."), std::string::npos) << run.out;
    EXPECT_NE(run.out.find("# text = Chile did not reply."), std::string::npos);
    EXPECT_NE(run.out.find("\tthank\tVERB\tVBD\t_\t0\troot\t_\tTokenRange=5:12\n"), std::string::npos) << run.out;
    EXPECT_NE(run.out.find("\tnot\tnot\tPART\tRB\t_\t"), std::string::npos) << run.out;
    fs::remove(input);
}

TEST(CliSyntaxTest, MissingOrDamagedModelIsAOneLineError)
{
    const Outcome missing = cli("DIPLOGRAPH_SYNTAX_MODEL=/nonexistent/en.dgsyn", "parse - </dev/null");
    EXPECT_EQ(missing.exitCode, 2);
    EXPECT_NE(missing.err.find("syntax model not found"), std::string::npos) << missing.err;
    EXPECT_NE(missing.err.find("/nonexistent/en.dgsyn"), std::string::npos) << missing.err;

    const fs::path damaged = fs::temp_directory_path() / "diplograph-damaged.dgsyn";
    std::ofstream(damaged) << "DGSYNTAX but not really a model";
    const Outcome corrupt = cli("DIPLOGRAPH_SYNTAX_MODEL=" + damaged.string(), "parse - </dev/null");
    EXPECT_EQ(corrupt.exitCode, 4);
    EXPECT_NE(corrupt.err.find("is corrupt"), std::string::npos) << corrupt.err;
    EXPECT_EQ(std::count(corrupt.err.begin(), corrupt.err.end(), '\n'), 1);
    fs::remove(damaged);
}

TEST(CliSyntaxTest, EvalSyntaxScoresATreebankFile)
{
    const fs::path gold = fs::temp_directory_path() / "diplograph-gold.conllu";
    std::ofstream(gold) << "1\tPeru\tPeru\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
                           "2\tthanked\tthank\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                           "3\tChile\tChile\tPROPN\tNNP\t_\t2\tobj\t_\t_\n"
                           "4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
    const Outcome run = cli("", "eval-syntax " + gold.string());
    EXPECT_EQ(run.exitCode, 0) << run.err;
    EXPECT_NE(run.out.find("tokens 4  UPOS 100.00%"), std::string::npos) << run.out;
    EXPECT_NE(run.out.find("UAS 100.00%  LAS 100.00%"), std::string::npos) << run.out;
    const Outcome bad = cli("", "eval-syntax /nonexistent/gold.conllu");
    EXPECT_EQ(bad.exitCode, 2);
    fs::remove(gold);
}

} // namespace
