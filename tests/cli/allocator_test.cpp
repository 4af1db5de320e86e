// newsindex allocates with jemalloc (glibc's malloc and free were about 12% of its CPU,
// docs/benchmarks.md): jemalloc prints its statistics at exit when its environment
// variable asks, which shows it is the allocator the program runs with, not just a library
// it names. What the index holds does not depend on the allocator (Pipeline.* compare
// indexes built with different numbers of workers and writers).
#include <gtest/gtest.h>

#include "cli_support.hpp"

namespace news::test {
namespace {

TEST(Allocator, NewsindexRunsOnJemalloc) {
#ifndef NEWSINDEX_JEMALLOC
  GTEST_SKIP() << "sanitizer or fuzzing build: newsindex keeps the runtime's allocator";
#else
  const CommandResult plain = run({NEWSINDEX_BIN, "--version"});
  EXPECT_EQ(plain.exit_code, 0);
  EXPECT_EQ(plain.err.find("jemalloc"), std::string::npos) << plain.err;
  const CommandResult stats =
      run({"/usr/bin/env", "MALLOC_CONF=stats_print:true", NEWSINDEX_BIN, "--version"});
  EXPECT_EQ(stats.exit_code, 0);
  EXPECT_NE(stats.err.find("jemalloc statistics"), std::string::npos) << stats.err;
#endif
}

}  // namespace
}  // namespace news::test
