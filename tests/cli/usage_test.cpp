// Command-line contract of both programs: help, usage errors and their exit codes.
#include <gtest/gtest.h>

#include "cli_support.hpp"

namespace news::test {
namespace {

TEST(Usage, HelpDocumentsExitCodesAndFields) {
  const CommandResult index = newsindex({"--help"});
  EXPECT_EQ(index.exit_code, 0);
  EXPECT_NE(index.out.find("Exit status"), std::string::npos);
  EXPECT_NE(index.out.find("--extract"), std::string::npos);
  for (const char* option : {"--collection", "--move-root", "--check", "damaged"}) {
    EXPECT_NE(index.out.find(option), std::string::npos) << option;
  }
  const CommandResult query = newsquery({"--help"});
  EXPECT_EQ(query.exit_code, 0);
  EXPECT_NE(query.out.find("person:"), std::string::npos);
  EXPECT_NE(query.out.find("date:"), std::string::npos);
}

TEST(Usage, MissingInputIsAUsageError) {
  const CommandResult r = newsindex({});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("newsindex: error:"), std::string::npos);
}

TEST(Usage, MoveRootNeedsTwoFolders) {
  const CommandResult r = newsindex({"--move-root", "/only/one"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("--move-root needs two folders"), std::string::npos) << r.err;
}

TEST(Usage, UnknownOptionIsAUsageError) {
  EXPECT_EQ(newsindex({"--frobnicate", "x"}).exit_code, 2);
  EXPECT_EQ(newsquery({"--frobnicate", "x"}).exit_code, 2);
  EXPECT_EQ(newsquery({"--sort", "sideways", "x"}).exit_code, 2);
  EXPECT_EQ(newsquery({"--format", "xml", "x"}).exit_code, 2);
}

TEST(Usage, QueryWithoutIndexSaysRunNewsindexFirst) {
  TempDir dir;
  const CommandResult r = newsquery({"--db", dir / "missing.db", "taliban"});
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_NE(r.err.find("no index at"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("run newsindex first"), std::string::npos) << r.err;
}

TEST(Usage, NegativeOrHugeJobsAreUsageErrors) {
  TempDir dir;
  for (const char* jobs : {"-1", "0", "5000"}) {
    const CommandResult r = newsindex({"--db", dir / "x.db", "-j", jobs, dir.path()});
    EXPECT_EQ(r.exit_code, 2) << jobs;
    EXPECT_NE(r.err.find("--jobs takes 1 to 1024"), std::string::npos) << r.err;
  }
  EXPECT_EQ(newsindex({"--db", dir / "x.db", "--batch-size", "-1", dir.path()}).exit_code, 2);
}

// Without --batch-size, batches grow with the index (CommitPolicy); an explicit size is a
// fixed count, at least one.
TEST(Usage, BatchSizeIsAtLeastOneAndHelpSaysTheDefault) {
  TempDir dir;
  const CommandResult zero = newsindex({"--db", dir / "x.db", "--batch-size", "0", dir.path()});
  EXPECT_EQ(zero.exit_code, 2);
  EXPECT_NE(zero.err.find("--batch-size 1 to 100000000"), std::string::npos) << zero.err;
  const CommandResult help = newsindex({"--help"});
  EXPECT_NE(help.out.find("grow with the index"), std::string::npos) << help.out;
}

}  // namespace
}  // namespace news::test
