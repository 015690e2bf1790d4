// diplograph-cli extract and eval, run as a user would: exit codes, one-line errors, the JSON contract.
#include "test_paths.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sys/wait.h>

using namespace diplograph;

namespace {

struct Run {
    int exitCode = -1;
    std::string out;
    std::string err;
};

Run runCli(const std::string& arguments)
{
    const auto errFile = std::filesystem::temp_directory_path() / ("diplograph-cli-err-" + std::to_string(::getpid()));
    const std::string command = test::cliPath().string() + " " + arguments + " 2>" + errFile.string();
    Run run;
    FILE* pipe = ::popen(command.c_str(), "r");
    std::array<char, 4096> buffer{};
    std::size_t read = 0;
    while ((read = std::fread(buffer.data(), 1, buffer.size(), pipe)) > 0) {
        run.out.append(buffer.data(), read);
    }
    const int status = ::pclose(pipe);
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    run.err = test::readFile(errFile);
    std::filesystem::remove(errFile);
    return run;
}

std::filesystem::path writeTemp(const std::string& name, const std::string& content)
{
    const auto path = std::filesystem::temp_directory_path() / name;
    std::ofstream(path, std::ios::binary) << content;
    return path;
}

} // namespace

TEST(CliExtractTest, PrintsTheJsonContract)
{
    const std::string content = "A headline\n\nIran condemned Israel on Monday.\n";
    const auto path = writeTemp("diplograph-contract.txt", content);
    const auto run = runCli("extract " + path.string());
    ASSERT_EQ(run.exitCode, 0) << run.err;
    const auto json = nlohmann::json::parse(run.out);
    EXPECT_EQ(json["article"]["title"], "A headline");
    EXPECT_EQ(json["article"]["bytes"], content.size());
    EXPECT_EQ(json["article"]["sha256"].get<std::string>().size(), 64u);
    ASSERT_FALSE(json["sentences"].empty());
    ASSERT_EQ(json["relations"].size(), 1u);
    const auto& relation = json["relations"][0];
    EXPECT_EQ(relation["type"], "criticism");
    EXPECT_EQ(relation["source"], "IRN");
    EXPECT_EQ(relation["target"], "ISR");
    EXPECT_EQ(relation["directed"], true);
    EXPECT_EQ(relation["weight"], 1);
    const auto& evidence = relation["evidence"][0];
    for (const char* key : {"sentence", "start", "end", "quote", "trigger", "rule", "confidence"}) {
        EXPECT_TRUE(evidence.contains(key)) << key;
    }
    for (const auto& actor : json["actors"]) {
        for (const char* key : {"id", "name", "kind", "entity", "parent", "mentions"}) {
            EXPECT_TRUE(actor.contains(key)) << key;
        }
    }
    std::filesystem::remove(path);
}

TEST(CliExtractTest, ReadsStandardInputAndWritesDotAndCsv)
{
    const auto path = writeTemp("diplograph-stdin.txt", "Egypt and Jordan signed an agreement.");
    auto run = runCli("extract --format dot - < " + path.string());
    ASSERT_EQ(run.exitCode, 0) << run.err;
    EXPECT_NE(run.out.find("digraph"), std::string::npos);
    EXPECT_NE(run.out.find("dir=none"), std::string::npos);
    run = runCli("extract --format csv " + path.string());
    ASSERT_EQ(run.exitCode, 0) << run.err;
    EXPECT_NE(run.out.find("cooperation,EGY,JOR"), std::string::npos) << run.out;
    std::filesystem::remove(path);
}

TEST(CliExtractTest, BadInputsGiveOneLineErrorsAndNonZeroExit)
{
    const auto missing = runCli("extract /no/such/file.txt");
    EXPECT_NE(missing.exitCode, 0);
    EXPECT_NE(missing.err.find("/no/such/file.txt"), std::string::npos);
    EXPECT_EQ(std::count(missing.err.begin(), missing.err.end(), '\n'), 1) << missing.err;

    const auto empty = writeTemp("diplograph-empty.txt", "");
    const auto emptyRun = runCli("extract " + empty.string());
    EXPECT_NE(emptyRun.exitCode, 0);
    EXPECT_EQ(std::count(emptyRun.err.begin(), emptyRun.err.end(), '\n'), 1) << emptyRun.err;

    const char elf[] = "\x7f" "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x03\0"; // 18 bytes and the terminator
    const auto binary = writeTemp("diplograph-binary.bin", std::string(elf, sizeof elf)); // was 20: ASan overflow
    const auto binaryRun = runCli("extract " + binary.string());
    EXPECT_NE(binaryRun.exitCode, 0);
    EXPECT_EQ(std::count(binaryRun.err.begin(), binaryRun.err.end(), '\n'), 1) << binaryRun.err;

    const auto directory = runCli("extract " + std::filesystem::temp_directory_path().string());
    EXPECT_NE(directory.exitCode, 0);
    std::filesystem::remove(empty);
    std::filesystem::remove(binary);
}

TEST(CliExtractTest, InvalidUtf8IsRepairedAndReported)
{
    const auto path = writeTemp("diplograph-invalid.txt", "Iran \xff\xfe condemned Israel \xc3.");
    const auto run = runCli("extract " + path.string());
    ASSERT_EQ(run.exitCode, 0) << run.err;
    EXPECT_NE(run.err.find("warning"), std::string::npos);
    const auto json = nlohmann::json::parse(run.out); // valid JSON despite invalid input bytes
    EXPECT_EQ(json["relations"].size(), 1u);
    std::filesystem::remove(path);
}

TEST(CliExtractTest, JsonLinesRoundTrip)
{
    const auto path = writeTemp("diplograph-lines.jsonl",
                                "{\"id\":\"a\",\"title\":\"T\",\"text\":\"China criticized Japan.\"}\n"
                                "{\"id\":\"b\",\"text\":\"\"}\n");
    const auto run = runCli("extract --jsonl < " + path.string());
    ASSERT_EQ(run.exitCode, 3) << "the line with no text failed: " << run.err;
    std::istringstream lines(run.out);
    std::string line;
    std::getline(lines, line);
    const auto first = nlohmann::json::parse(line);
    EXPECT_EQ(first["id"], "a");
    EXPECT_EQ(first["result"]["relations"].size(), 1u);
    std::getline(lines, line);
    EXPECT_TRUE(nlohmann::json::parse(line).contains("error"));
    std::filesystem::remove(path);
}

TEST(CliEvalTest, ScoresAFolderOfGoldFiles)
{
    const auto folder = std::filesystem::temp_directory_path() / "diplograph-eval";
    std::filesystem::create_directories(folder);
    std::ofstream(folder / "x.txt") << "Germany condemned Russia. Spain praised Portugal.";
    std::ofstream(folder / "x.gold.json")
        << R"({"relations":[{"type":"criticism","source":"DEU","target":"RUS"},)"
           R"({"type":"rejection","source":"FRA","target":"ITA"}]})";
    const auto run = runCli("eval " + folder.string());
    ASSERT_EQ(run.exitCode, 0) << run.err;
    EXPECT_NE(run.out.find("precision 0.500  recall 0.500  F1 0.500"), std::string::npos) << run.out;
    EXPECT_NE(run.out.find("- rejection FRA -> ITA"), std::string::npos);
    std::filesystem::remove_all(folder);
}
